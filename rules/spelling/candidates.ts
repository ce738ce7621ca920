// Which tokens are words to spell-check: not numbers, links, acronyms, abbreviations or code.
import type { Token } from '../../src/types.js';

/** Why a token is not checked, or undefined when it is a plain word to look up. */
export function skipReason(token: Token): string | undefined {
  if (token.type !== 'word') return token.type;
  const text = token.text.replace(/\.$/, '');
  if (text.length <= 2) return 'too short'; // letters, codes ("zh"), and typos of two-letter words make other words
  if (/\d/.test(text)) return 'number';
  if (/^['’]|^n['’]t$/i.test(text)) return 'clitic'; // n't, 's, 're
  if (text.includes('.')) return 'abbreviation'; // U.S., a.m.
  if (/[^\p{L}'’-]/u.test(text) || /[^A-Za-z'’-]/.test(text)) return 'foreign'; // diacritics, other scripts, symbols
  if (/^[\p{Lu}&-]+s?$/u.test(text) && /\p{Lu}{2}/u.test(text)) return 'acronym'; // ASEAN, NGOs
  if (/^.+\p{Lu}/u.test(text)) return 'mixed-case'; // MoU, CoC, iPhone, McDonald
  return undefined;
}

/** The word to look up for a checked token (a trailing full stop removed). */
export function wordOf(token: Token): string {
  return token.text.replace(/\.$/, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
