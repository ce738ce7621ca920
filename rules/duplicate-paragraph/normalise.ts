// Normalised words: case, Unicode compatibility forms, quotes and dashes do not make text different.
import type { Token } from '../../src/types.js';

const QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;
const DASHES = /[‐‑‒–—―−]/g;

/** Anything outside plain ASCII, or a backtick (folded to an apostrophe). */
const TO_FOLD = /[^\x00-\x5f\x61-\x7f]/;

export function normaliseToken(text: string): string {
  // Plain ASCII (most text) has no compatibility forms, curly quotes or dashes to fold.
  if (!TO_FOLD.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
}

/** Tokens that carry words: not punctuation or symbols, and with a letter or digit. */
export const isWordType = (token: Token): boolean => token.type !== 'punctuation' && token.type !== 'symbol';
export const hasWordCharacter = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** The text as compared for exact repeats: white space, case, quotes and dashes do not count. */
export function normaliseText(text: string): string {
  // White space collapsed first: /\s*-\s*/ would take time growing with the square of a long run of spaces.
  return normaliseToken(text).replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').trim();
}
