// Normalised words: case, Unicode compatibility forms, quotes and dashes do not make text different.
import type { Token } from '../../src/types.js';

const QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;

export function normaliseToken(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** Tokens that carry words (not punctuation or symbols). */
export function isWordToken(token: Token): boolean {
  return token.type !== 'punctuation' && token.type !== 'symbol' && /[\p{L}\p{N}]/u.test(token.text);
}

/** The text as compared for exact repeats: white space, case, quotes and dashes do not count. */
export function normaliseText(text: string): string {
  return normaliseToken(text).replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}
