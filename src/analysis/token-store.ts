// A document's tokens in typed arrays over a table of its distinct strings (14 bytes a token), read
// through small objects with getters: the `Token` interface rules read, at 64 bytes a token instead
// of the 96 of an object holding every field (1.9 million tokens in 10 MB of text).
import type { Token, TokenType } from '../types.js';

const TYPE_NAMES: readonly TokenType[] = ['word', 'number', 'punctuation', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji', 'other'];
const TYPE_CODES = new Map(TYPE_NAMES.map((name, code) => [name, code]));

/** `kinds` bits: the type (4), white space before (1), the tag's index in `tags` (the rest). */
const TYPE_MASK = 15;
const SPACE_BIT = 16;
const TAG_SHIFT = 5;

/** The columns of a store: what threads send each other (see transfer.ts). */
export interface TokenColumns {
  /** Distinct token texts, and each one's lower-cased form as the tokeniser gave it. */
  texts: string[];
  lowers: string[];
  /** Part-of-speech tags, by index. */
  tags: string[];
  textIds: Int32Array;
  starts: Int32Array;
  sentences: Int32Array;
  kinds: Uint16Array;
}

/**
 * A token read from its store. The three fields rules read most are held (pointers into the store's
 * string tables, not copies), 64 bytes a token: as getters (48 bytes, 30 MB less for 10 MB of text)
 * they cost garbled-sentence and term-consistency half as much time again, and the analysis a fifth.
 * The end is the start plus the length of the text.
 */
class StoredToken implements Token {
  readonly #store: TokenColumns;
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;

  constructor(store: TokenColumns, index: number) {
    this.#store = store;
    this.index = index;
    const id = store.textIds[index]!;
    this.text = store.texts[id]!;
    this.lower = store.lowers[id]!;
    this.pos = store.tags[store.kinds[index]! >> TAG_SHIFT]!;
  }
  get start(): number {
    return this.#store.starts[this.index]!;
  }
  get end(): number {
    return this.#store.starts[this.index]! + this.text.length;
  }
  get type(): TokenType {
    return TYPE_NAMES[this.#store.kinds[this.index]! & TYPE_MASK]!;
  }
  get sentence(): number {
    return this.#store.sentences[this.index]!;
  }
  get spaceBefore(): boolean {
    return (this.#store.kinds[this.index]! & SPACE_BIT) !== 0;
  }
}

/** The tokens of a store, one object each. */
export function tokensOf(store: TokenColumns): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < store.textIds.length; i++) tokens.push(new StoredToken(store, i));
  return tokens;
}

/** Appends tokens one by one (the last one can still change), then hands over tight columns. */
export class TokenStoreBuilder {
  length = 0;
  private readonly texts: string[] = [];
  private readonly lowers: string[] = [];
  private readonly tags: string[] = [];
  private readonly textIdOf = new Map<string, number>();
  private readonly tagIdOf = new Map<string, number>();
  private textIds: Int32Array;
  private starts: Int32Array;
  private sentences: Int32Array;
  private kinds: Uint16Array;

  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.textIds = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.sentences = new Int32Array(capacity);
    this.kinds = new Uint16Array(capacity);
  }

  /** Appends a token; `value` is the tokeniser's text for it (its lower-cased form is the token's `lower`). Returns its index. */
  push(text: string, value: string, start: number, type: TokenType, pos: string, sentence: number, spaceBefore: boolean): number {
    if (this.length === this.textIds.length) this.grow();
    const i = this.length++;
    this.textIds[i] = this.textId(text, value);
    this.starts[i] = start;
    this.sentences[i] = sentence;
    this.kinds[i] = this.kind(type, pos, spaceBefore);
    return i;
  }

  text(i: number): string {
    return this.texts[this.textIds[i]!]!;
  }
  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.starts[i]! + this.text(i).length;
  }
  sentence(i: number): number {
    return this.sentences[i]!;
  }
  pos(i: number): string {
    return this.tags[this.kinds[i]! >> TAG_SHIFT]!;
  }

  /** Rewrites a token's text (letters the tokeniser split off glued back), type and tag; its start stays. */
  rewrite(i: number, text: string, type: TokenType, pos: string): void {
    this.textIds[i] = this.textId(text, text);
    this.kinds[i] = this.kind(type, pos, (this.kinds[i]! & SPACE_BIT) !== 0);
  }

  /**
   * The columns, trimmed to the tokens appended; the builder is spent. Mostly filled columns are
   * viewed, not copied: a copy would hold both at once (50 MB instead of 25 for 10 MB of text).
   */
  finish(): TokenColumns {
    const n = this.length;
    const trim = <T extends Int32Array | Uint16Array>(column: T): T => (n * 4 >= column.length * 3 ? column.subarray(0, n) : column.slice(0, n)) as T;
    return {
      texts: this.texts,
      lowers: this.lowers,
      tags: this.tags,
      textIds: trim(this.textIds),
      starts: trim(this.starts),
      sentences: trim(this.sentences),
      kinds: trim(this.kinds),
    };
  }

  private textId(text: string, value: string): number {
    // Nearly always the tokeniser's text is the text as written, and the lower-cased form follows from it.
    const key = value === text ? text : `${text}\u0000${value}`;
    let id = this.textIdOf.get(key);
    if (id === undefined) {
      id = this.texts.push(text) - 1;
      const lower = value.toLowerCase();
      this.lowers.push(lower === text ? text : lower);
      this.textIdOf.set(key, id);
    }
    return id;
  }

  private kind(type: TokenType, pos: string, spaceBefore: boolean): number {
    let tag = this.tagIdOf.get(pos);
    if (tag === undefined) {
      tag = this.tags.push(pos) - 1;
      this.tagIdOf.set(pos, tag);
    }
    return TYPE_CODES.get(type)! | (spaceBefore ? SPACE_BIT : 0) | (tag << TAG_SHIFT);
  }

  private grow(): void {
    const capacity = this.textIds.length * 2;
    const larger = <T extends Int32Array | Uint16Array>(old: T, make: (n: number) => T): T => {
      const array = make(capacity);
      array.set(old);
      return array;
    };
    this.textIds = larger(this.textIds, (n) => new Int32Array(n));
    this.starts = larger(this.starts, (n) => new Int32Array(n));
    this.sentences = larger(this.sentences, (n) => new Int32Array(n));
    this.kinds = larger(this.kinds, (n) => new Uint16Array(n));
  }
}
