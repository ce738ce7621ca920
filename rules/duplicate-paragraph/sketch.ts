// Word shingles, MinHash signatures and LSH buckets: finds candidate pairs without comparing all pairs.
import { combine, fnv1a, mix } from './hash.js';

/** Words per shingle. */
export const SHINGLE_WORDS = 2;
/** A sentence needs this many words to get its own sketch. */
const MIN_SKETCH_WORDS = 8;
/** LSH: a pair becomes a candidate when all ROWS hashes of one of the BANDS agree. */
const ROWS = 4;
const BANDS = 20;
const SEEDS = Uint32Array.from({ length: ROWS * BANDS }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9) >>> 0));

/** Hashes of the word windows of `words[from, to)`. */
export function shingles(words: readonly number[], from = 0, to = words.length): number[] {
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
export function sketchShingles(words: readonly number[], from: number, to: number): number[] {
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

export function minhash(hashes: readonly number[]): Uint32Array {
  const signature = new Uint32Array(SEEDS.length).fill(0xffffffff);
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
  const ranges: [number, number][] = sentences.filter((s) => s.to - s.from >= MIN_SKETCH_WORDS).map((s) => [s.from, s.to]);
  if (ranges.length !== 1 || ranges[0]![1] - ranges[0]![0] !== wordCount) ranges.push([0, wordCount]);
  return ranges;
}

/**
 * LSH buckets of paragraph ids. Each bucket keeps only its first `perBucket` members: a later
 * paragraph is compared with those, so the work per paragraph is bounded even when thousands of
 * paragraphs share a bucket.
 */
export class LshIndex {
  /** Most buckets hold one paragraph: kept apart from the few that hold more, to save memory. */
  private readonly single = new Map<number, number>();
  private readonly shared = new Map<number, number[]>();
  constructor(private readonly perBucket: number) {}

  /** Adds `id` under `keys` and puts the earlier members of those buckets into `into`. */
  addAndQuery(id: number, keys: readonly number[], into: Set<number>): void {
    for (const key of keys) {
      const bucket = this.shared.get(key);
      if (bucket) {
        for (const member of bucket) if (member !== id) into.add(member);
        if (bucket.length < this.perBucket && bucket[bucket.length - 1] !== id) bucket.push(id);
        continue;
      }
      const member = this.single.get(key);
      if (member === undefined) this.single.set(key, id);
      else if (member !== id) {
        into.add(member);
        this.single.delete(key);
        this.shared.set(key, [member, id]);
      }
    }
  }
}
