// Word shingles, MinHash signatures and LSH buckets: finds candidate pairs without comparing all pairs.
import { combine, fnv1a, mix } from './hash.js';
import type { WordHashes } from './records.js';

/** Words per shingle. */
export const SHINGLE_WORDS = 2;
/** A sentence needs this many words to get its own sketch. */
const MIN_SKETCH_WORDS = 8;
/** LSH: a pair becomes a candidate when all ROWS hashes of one of the BANDS agree. */
const ROWS = 4;
const BANDS = 20;
const SEEDS = Uint32Array.from({ length: ROWS * BANDS }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9) >>> 0));

/** Hashes of the word windows of `words[from, to)`. */
export function shingles(words: WordHashes, from = 0, to = words.length): number[] {
  const out: number[] = [];
  for (let i = from; i + SHINGLE_WORDS <= to; i++) {
    let hash = words[i]!;
    for (let k = 1; k < SHINGLE_WORDS; k++) hash = combine(hash, words[i + k]!);
    out.push(hash);
  }
  return out;
}

/** Function words: a shingle made only of these ("of the", "in a") says nothing about the text. */
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with and or but as is are was were be been has have had it its this that these those he she they we i you his her their our not no'
    .split(' ')
    .map((word) => fnv1a(word)),
);

/** The shingles that go into a sketch: all but those made only of function words. */
export function sketchShingles(words: WordHashes, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i + SHINGLE_WORDS <= to; i++) {
    let hash = words[i]!;
    let content = !FUNCTION_WORDS.has(hash);
    for (let k = 1; k < SHINGLE_WORDS; k++) {
      hash = combine(hash, words[i + k]!);
      content ||= !FUNCTION_WORDS.has(words[i + k]!);
    }
    if (content) out.push(hash);
  }
  return out;
}

export function minhash(hashes: readonly number[], signature = new Uint32Array(SEEDS.length).fill(0xffffffff)): Uint32Array {
  for (const hash of hashes) {
    for (let i = 0; i < SEEDS.length; i++) {
      // A light per-seed permutation of the (already well mixed) shingle hash.
      let value = Math.imul(hash ^ SEEDS[i]!, 0x9e3779b1);
      value = (value ^ (value >>> 15)) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** One bucket key per band of the signature. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = mix(band + 1);
    for (let row = 0; row < ROWS; row++) key = combine(key, signature[band * ROWS + row]!);
    keys.push(key & 0x3fffffff); // small integers make faster Map keys
  }
  return keys;
}

/**
 * The pieces of a paragraph that get a sketch: each sentence long enough, and the whole paragraph
 * (so that a repeat is found whether it is a whole paragraph or a sentence inside a longer one).
 */
export function sketchRanges(wordCount: number, sentences: readonly { from: number; to: number }[]): [number, number][] {
  // One array literal filled by a loop: its elements kind (V8 map) is the same whether or not a sentence is long enough.
  const ranges: [number, number][] = [];
  for (const s of sentences) if (s.to - s.from >= MIN_SKETCH_WORDS) ranges.push([s.from, s.to]);
  if (ranges.length !== 1 || ranges[0]![1] - ranges[0]![0] !== wordCount) ranges.push([0, wordCount]);
  return ranges;
}

/**
 * The signatures of `sketchRanges`, in the same order (undefined: no content shingle). Each shingle is
 * hashed once: the whole paragraph's signature is the minimum of its sentences' and of the shingles
 * that cross from one sentence into the next.
 */
export function rangeSignatures(words: WordHashes, sentences: readonly { from: number; to: number }[]): (Uint32Array | undefined)[] {
  const whole = new Uint32Array(SEEDS.length).fill(0xffffffff);
  let wholeShingles = 0;
  const own = new Map<number, Uint32Array | undefined>();
  for (const { from, to } of sentences) {
    const hashes = sketchShingles(words, from, to);
    wholeShingles += hashes.length;
    const signature = minhash(hashes);
    if (to - from >= MIN_SKETCH_WORDS) own.set(from, hashes.length > 0 ? signature : undefined);
    for (let i = 0; i < whole.length; i++) if (signature[i]! < whole[i]!) whole[i] = signature[i]!;
    if (to > from && to < words.length) {
      const crossing = sketchShingles(words, to - 1, to + 1);
      wholeShingles += crossing.length;
      minhash(crossing, whole);
    }
  }
  return sketchRanges(words.length, sentences).map(([from, to]) =>
    from === 0 && to === words.length && !(own.has(0) && sentences[0]!.to === to) ? (wholeShingles > 0 ? whole : undefined) : own.get(from),
  );
}

/**
 * LSH buckets of paragraph ids. Each bucket keeps only its first `perBucket` members: a later
 * paragraph is compared with those, so the work per paragraph is bounded even when thousands of
 * paragraphs share a bucket. Most buckets hold one paragraph, so the index is an open-addressing
 * table of (key, member) in typed arrays; a bucket with more members points into `shared` instead.
 */
export class LshIndex {
  /** key + 1 (0: free slot). */
  private keys = new Int32Array(1 << 12);
  /** The one member, or ~index into `shared`. */
  private values = new Int32Array(1 << 12);
  private used = 0;
  /** Slot 0 is unused: an array of arrays from the start keeps one elements kind (V8 map). */
  private readonly shared: number[][] = [[]];
  constructor(private readonly perBucket: number) {}

  /** Adds `id` under `keys` and counts, in `into`, the buckets it shares with each earlier member. */
  addAndQuery(id: number, keys: readonly number[], into: Map<number, number>): void {
    const meet = (member: number): void => void into.set(member, (into.get(member) ?? 0) + 1);
    for (const key of keys) {
      const at = this.slot(key);
      if (this.keys[at] === 0) {
        this.keys[at] = key + 1;
        this.values[at] = id;
        if (++this.used * 2 > this.keys.length) this.grow();
        continue;
      }
      const value = this.values[at]!;
      if (value >= 0) {
        if (value !== id) {
          meet(value);
          this.values[at] = ~this.shared.length;
          this.shared.push([value, id]);
        }
        continue;
      }
      const bucket = this.shared[~value]!;
      for (const member of bucket) if (member !== id) meet(member);
      if (bucket.length < this.perBucket && bucket[bucket.length - 1] !== id) bucket.push(id);
    }
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[at] !== 0 && this.keys[at] !== key + 1) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      const at = this.slot(keys[i]! - 1);
      this.keys[at] = keys[i]!;
      this.values[at] = values[i]!;
    }
  }
}
