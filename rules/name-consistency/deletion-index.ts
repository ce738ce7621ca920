// Symmetric-delete lookup without building the deleted strings. A word and its deletions (as
// `deletions(word, depth)` makes them: none for a word of three letters or fewer, two letters only
// from a word of five or more) are hashed from the word's letters; a hash match is then checked
// letter by letter, so the answer is exactly the one the strings would give (a collision costs a
// comparison, never a wrong pair).

const BASE = 0x01000193;

// Scratch space, reused by every call (names are short; longer words grow it).
let prefix = new Int32Array(64);
let powers = new Int32Array(64);
/** Per deletion: its hash and the one or two positions removed (-1: none). */
let hashes = new Int32Array(256);
let firsts = new Int32Array(256);
let seconds = new Int32Array(256);

/** The hash of `word[from, to)` from the prefix hashes. */
const rangeHash = (from: number, to: number): number => (prefix[to]! - Math.imul(prefix[from]!, powers[to - from]!)) | 0;

/** The hash with the length folded in, kept to a small integer (a fast Map key). */
const mix = (hash: number, length: number): number => (hash ^ Math.imul(length, 0x9e3779b1)) & 0x3fffffff;

/** Fills the scratch arrays with the word's deletions (the word itself first); returns how many. */
function hashDeletions(word: string, depth: number): number {
  const n = word.length;
  const most = 1 + n + (n * (n - 1)) / 2;
  if (n + 1 > prefix.length) {
    prefix = new Int32Array(2 * n + 2);
    powers = new Int32Array(2 * n + 2);
  }
  if (most > hashes.length) {
    hashes = new Int32Array(2 * most);
    firsts = new Int32Array(2 * most);
    seconds = new Int32Array(2 * most);
  }
  prefix[0] = 0;
  powers[0] = 1;
  for (let k = 0; k < n; k++) {
    prefix[k + 1] = (Math.imul(prefix[k]!, BASE) + word.charCodeAt(k)) | 0;
    powers[k + 1] = Math.imul(powers[k]!, BASE);
  }
  let count = 0;
  const put = (hash: number, length: number, i: number, j: number): void => {
    hashes[count] = mix(hash, length);
    firsts[count] = i;
    seconds[count++] = j;
  };
  put(prefix[n]!, n, -1, -1);
  if (depth === 0 || n <= 3) return count;
  for (let i = 0; i < n; i++) {
    const head = prefix[i]!;
    put((Math.imul(head, powers[n - 1 - i]!) + rangeHash(i + 1, n)) | 0, n - 1, i, -1);
    if (depth < 2 || n - 1 <= 3) continue;
    for (let j = i + 1; j < n; j++) {
      const middle = (Math.imul(head, powers[j - i - 1]!) + rangeHash(i + 1, j)) | 0;
      put((Math.imul(middle, powers[n - 1 - j]!) + rangeHash(j + 1, n)) | 0, n - 2, i, j);
    }
  }
  return count;
}

/** True when `a` without its letters at i1, i2 equals `b` without its letters at j1, j2 (-1: none; i1 < i2, j1 < j2). */
function sameAfterDeletion(a: string, i1: number, i2: number, b: string, j1: number, j2: number): boolean {
  const length = a.length - (i1 >= 0 ? 1 : 0) - (i2 >= 0 ? 1 : 0);
  if (length !== b.length - (j1 >= 0 ? 1 : 0) - (j2 >= 0 ? 1 : 0)) return false;
  let x = 0;
  let y = 0;
  for (let m = 0; m < length; m++, x++, y++) {
    if (x === i1) x++;
    if (x === i2) x++;
    if (y === j1) y++;
    if (y === j2) y++;
    if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  }
  return true;
}

export class DeletionIndex {
  private readonly words: string[] = [];
  /** Hash → the last entry added with it; entries chain to the one added before (-1: none). */
  private readonly heads = new Map<number, number>();
  private next = new Int32Array(256);
  /** Per entry: the word's number and the positions deleted (-1: none). */
  private ids = new Int32Array(256);
  private firsts = new Int32Array(256);
  private seconds = new Int32Array(256);
  private size = 0;
  private readonly found: string[] = [];
  private readonly same: number[] = [];
  private readonly taken: string[] = [];

  isEmpty(): boolean {
    return this.words.length === 0;
  }

  /** Adds a word with its deletions of up to `depth` letters. */
  add(word: string, depth: number): void {
    const id = this.words.length;
    this.words.push(word);
    const count = hashDeletions(word, depth);
    if (this.size + count > this.next.length) this.grow(this.size + count);
    for (let slot = 0; slot < count; slot++) {
      const entry = this.size++;
      this.next[entry] = this.heads.get(hashes[slot]!) ?? -1;
      this.ids[entry] = id;
      this.firsts[entry] = firsts[slot]!;
      this.seconds[entry] = seconds[slot]!;
      this.heads.set(hashes[slot]!, entry);
    }
  }

  /**
   * The words added that share a deletion with `word`'s deletions of up to `depth` letters (either
   * may be whole), each once, in no particular order. The array is reused by the next call.
   */
  near(word: string, depth: number): readonly string[] {
    const found = this.found;
    found.length = 0;
    const count = hashDeletions(word, depth);
    for (let slot = 0; slot < count; slot++) {
      for (let entry = this.heads.get(hashes[slot]!) ?? -1; entry >= 0; entry = this.next[entry]!) {
        const other = this.words[this.ids[entry]!]!;
        if (!found.includes(other) && sameAfterDeletion(word, firsts[slot]!, seconds[slot]!, other, this.firsts[entry]!, this.seconds[entry]!)) found.push(other);
      }
    }
    return found;
  }

  /**
   * As `near`, but each deletion string stands for only the first `cap` words added with it (a
   * string-keyed index whose lists stop growing at `cap`), in no particular order.
   */
  nearCapped(word: string, depth: number, cap: number): readonly string[] {
    const found = this.found;
    found.length = 0;
    const count = hashDeletions(word, depth);
    const same = this.same;
    for (let slot = 0; slot < count; slot++) {
      same.length = 0;
      // Newest entry first: the words with this deletion string, by number, then the first `cap`.
      for (let entry = this.heads.get(hashes[slot]!) ?? -1; entry >= 0; entry = this.next[entry]!) {
        const id = this.ids[entry]!;
        if (!same.includes(id) && sameAfterDeletion(word, firsts[slot]!, seconds[slot]!, this.words[id]!, this.firsts[entry]!, this.seconds[entry]!)) same.push(id);
      }
      if (same.length > 1) same.sort((a, b) => a - b);
      let kept = 0;
      const taken = this.taken;
      taken.length = 0;
      for (let k = 0; k < same.length && kept < cap; k++) {
        const other = this.words[same[k]!]!;
        if (taken.includes(other)) continue;
        taken.push(other);
        kept++;
        if (!found.includes(other)) found.push(other);
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
    this.firsts = larger(this.firsts);
    this.seconds = larger(this.seconds);
  }
}
