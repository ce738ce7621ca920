// How much of two paragraphs is the same text: a word alignment (longest common subsequence) that
// counts only words in runs of at least two aligned words, so scattered common words do not count.
import { combine } from './hash.js';
import { SHINGLE_WORDS, shingles } from './sketch.js';

export interface Overlap {
  /** Share of each paragraph's words that the other repeats. */
  earlier: number;
  later: number;
  /** Which words of each paragraph the other repeats. */
  earlierCovered: Uint8Array;
  laterCovered: Uint8Array;
}

/** Alignment tables larger than this fall back to shared shingles (very long paragraphs). */
const MAX_CELLS = 4_000_000;
const MIN_RUN = 2;

function alignedCover(a: readonly number[], b: readonly number[]): [Uint8Array, Uint8Array] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // suffix[i * width + j] = length of the longest common subsequence of a[i..] and b[j..].
  const suffix = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i * width + j] =
        a[i] === b[j] ? suffix[(i + 1) * width + j + 1]! + 1 : Math.max(suffix[(i + 1) * width + j]!, suffix[i * width + j + 1]!);
    }
  }
  const coverA = new Uint8Array(n);
  const coverB = new Uint8Array(m);
  let i = 0;
  let j = 0;
  let run: [number, number][] = [];
  const flush = (): void => {
    if (run.length >= MIN_RUN) for (const [x, y] of run) (coverA[x] = 1), (coverB[y] = 1);
    run = [];
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      const last = run[run.length - 1];
      if (last && (last[0] !== i - 1 || last[1] !== j - 1)) flush();
      run.push([i++, j++]);
    } else if (suffix[(i + 1) * width + j]! >= suffix[i * width + j + 1]!) i++;
    else j++;
  }
  flush();
  return [coverA, coverB];
}

function shingleCover(a: readonly number[], b: readonly number[]): [Uint8Array, Uint8Array] {
  const cover = (own: number[], length: number, other: ReadonlySet<number>): Uint8Array => {
    const covered = new Uint8Array(length);
    own.forEach((hash, i) => other.has(hash) && covered.fill(1, i, i + SHINGLE_WORDS));
    return covered;
  };
  const sa = shingles(a);
  const sb = shingles(b);
  return [cover(sa, a.length, new Set(sb)), cover(sb, b.length, new Set(sa))];
}

const share = (covered: Uint8Array): number => (covered.length === 0 ? 0 : covered.reduce((sum, x) => sum + x, 0) / covered.length);

export function overlap(earlier: readonly number[], later: readonly number[]): Overlap {
  const [earlierCovered, laterCovered] =
    earlier.length * later.length <= MAX_CELLS ? alignedCover(earlier, later) : shingleCover(earlier, later);
  return { earlier: share(earlierCovered), later: share(laterCovered), earlierCovered, laterCovered };
}

export interface NewText {
  /** Sentences of the later paragraph that are mostly new, and new words outside them. */
  sentences: number;
  words: number;
  /** Indices of the later paragraph's sentences that are mostly repeated. */
  repeated: number[];
}

export function newText(laterCovered: Uint8Array, sentences: readonly { from: number; to: number }[]): NewText {
  const result: NewText = { sentences: 0, words: 0, repeated: [] };
  sentences.forEach(({ from, to }, index) => {
    let uncovered = 0;
    for (let i = from; i < to; i++) if (!laterCovered[i]) uncovered++;
    if (to > from && uncovered > (to - from) / 2) result.sentences++;
    else {
      result.words += uncovered;
      result.repeated.push(index);
    }
  });
  return result;
}

/**
 * Upper bounds on `overlap`'s shares, cheap enough to run on every LSH candidate: a word can only be
 * covered inside a run of two aligned words, so it must sit in a word pair that the other paragraph
 * also has. `load` the later paragraph once, then ask about each earlier one (no allocation per pair).
 */
export class CoverBounds {
  private keys = new Int32Array(1 << 10);
  /** `loaded` where the slot holds a pair of the loaded paragraph; `asked` where the other has it too. */
  private loadedMarks = new Uint32Array(1 << 10);
  private askedMarks = new Uint32Array(1 << 10);
  /** Slot of each of the loaded paragraph's word pairs. */
  private slots = new Int32Array(1 << 9);
  private length = 0;
  private mask = 0;
  private loaded = 0;
  private asked = 0;

  load(words: readonly number[]): void {
    let size = this.keys.length;
    while (size < words.length * 2) size *= 2;
    if (size !== this.keys.length || this.loaded === 0xffffffff || this.asked > 0xfff00000) {
      (this.keys = new Int32Array(size)), (this.loadedMarks = new Uint32Array(size)), (this.askedMarks = new Uint32Array(size));
      (this.loaded = 0), (this.asked = 0);
    }
    if (this.slots.length < words.length) this.slots = new Int32Array(words.length * 2);
    this.mask = size - 1;
    this.length = words.length;
    this.loaded++;
    for (let i = 0; i + 1 < words.length; i++) {
      const key = pairKey(words, i);
      const at = this.slot(key);
      this.keys[at] = key;
      this.loadedMarks[at] = this.loaded;
      this.slots[i] = at;
    }
  }

  /** Bounds on the share of `other` and of the loaded paragraph that `overlap(other, loaded)` can find. */
  shares(other: readonly number[]): { other: number; loaded: number } {
    const asked = ++this.asked;
    let covered = 0;
    let previous = false;
    for (let i = 0; i < other.length; i++) {
      let here = false;
      if (i + 1 < other.length) {
        const at = this.slot(pairKey(other, i));
        here = this.loadedMarks[at] === this.loaded;
        if (here) this.askedMarks[at] = asked;
      }
      if (here || previous) covered++;
      previous = here;
    }
    let own = 0;
    previous = false;
    for (let i = 0; i < this.length; i++) {
      const here = i + 1 < this.length && this.askedMarks[this.slots[i]!] === asked;
      if (here || previous) own++;
      previous = here;
    }
    return { other: other.length === 0 ? 0 : covered / other.length, loaded: this.length === 0 ? 0 : own / this.length };
  }

  /** The slot holding `key` among the loaded pairs, or a free one. */
  private slot(key: number): number {
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.loadedMarks[at] === this.loaded && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }
}

const pairKey = (words: readonly number[], i: number): number => combine(words[i]!, words[i + 1]!) | 0;
