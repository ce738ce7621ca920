// Symmetric-delete lookup without building the deleted strings. A word and its one-letter deletions
// (as `deletions(word, 1)` makes them: none for a word of three letters or fewer) are hashed from the
// word's letters; a hash match is then checked letter by letter, so the answer is exactly the one the
// strings would give (a collision costs a comparison, never a wrong pair).

const BASE = 0x01000193;

// Scratch space, reused by every call (names are short; longer words grow it).
let prefix = new Int32Array(64);
let suffix = new Int32Array(64);
let powers = new Int32Array(64);
let hashes = new Int32Array(64);

/**
 * Fills `hashes` with the hash of the word (slot 0) and of the word without its letter at i (slot
 * i + 1); returns how many slots are filled.
 */
function hashDeletions(word: string): number {
  const n = word.length;
  if (n + 2 > prefix.length) {
    prefix = new Int32Array(2 * n + 2);
    suffix = new Int32Array(2 * n + 2);
    powers = new Int32Array(2 * n + 2);
    hashes = new Int32Array(2 * n + 2);
  }
  prefix[0] = 0;
  powers[0] = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + word.charCodeAt(k)) | 0;
    powers[k + 1] = Math.imul(powers[k]!, BASE);
  }
  suffix[n] = 0;
  for (let k = n - 1; k >= 0; k--) suffix[k] = (suffix[k + 1]! + Math.imul(word.charCodeAt(k), powers[n - 1 - k]!)) | 0;
  hashes[0] = mix(prefix[n]!, n);
  if (n <= 3) return 1;
  for (let i = 0; i < n; i++) hashes[i + 1] = mix((Math.imul(prefix[i]!, powers[n - 1 - i]!) + suffix[i + 1]!) | 0, n - 1);
  return n + 1;
}

/** The hash with the length folded in, kept to a small integer (a fast Map key). */
function mix(hash: number, length: number): number {
  return (hash ^ Math.imul(length, 0x9e3779b1)) & 0x3fffffff;
}

/** True when `a` without its letter at i equals `b` without its letter at j (-1: no letter removed). */
function sameAfterDeletion(a: string, i: number, b: string, j: number): boolean {
  const length = a.length - (i >= 0 ? 1 : 0);
  if (length !== b.length - (j >= 0 ? 1 : 0)) return false;
  for (let m = 0; m < length; m++) {
    if (a.charCodeAt(i >= 0 && m >= i ? m + 1 : m) !== b.charCodeAt(j >= 0 && m >= j ? m + 1 : m)) return false;
  }
  return true;
}

export class DeletionIndex {
  private readonly words: string[] = [];
  /** Hash → the last entry added with it; entries chain to the one added before (-1: none). */
  private readonly heads = new Map<number, number>();
  private next = new Int32Array(256);
  /** Per entry: the word's number and the deleted position (-1: the word itself). */
  private ids = new Int32Array(256);
  private positions = new Int32Array(256);
  private size = 0;
  private readonly found: string[] = [];

  add(word: string): void {
    const id = this.words.length;
    this.words.push(word);
    const count = hashDeletions(word);
    if (this.size + count > this.next.length) this.grow(this.size + count);
    for (let slot = 0; slot < count; slot++) {
      const entry = this.size++;
      this.next[entry] = this.heads.get(hashes[slot]!) ?? -1;
      this.ids[entry] = id;
      this.positions[entry] = slot - 1;
      this.heads.set(hashes[slot]!, entry);
    }
  }

  /**
   * The words added that share a one-letter deletion with `word` (either may be whole), each once, in
   * no particular order. The array is reused by the next call.
   */
  near(word: string): readonly string[] {
    const found = this.found;
    found.length = 0;
    const count = hashDeletions(word);
    for (let slot = 0; slot < count; slot++) {
      for (let entry = this.heads.get(hashes[slot]!) ?? -1; entry >= 0; entry = this.next[entry]!) {
        const other = this.words[this.ids[entry]!]!;
        if (!found.includes(other) && sameAfterDeletion(word, slot - 1, other, this.positions[entry]!)) found.push(other);
      }
    }
    return found;
  }

  private grow(needed: number): void {
    const length = Math.max(needed, 2 * this.next.length);
    const larger = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const array = new Int32Array(length);
      array.set(old);
      return array;
    };
    this.next = larger(this.next);
    this.ids = larger(this.ids);
    this.positions = larger(this.positions);
  }
}
