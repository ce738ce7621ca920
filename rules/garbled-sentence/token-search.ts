// Finding a few words' tokens without a pass over every token: search the text, then find the token
// that starts there (a pass over every token of a megabyte costs more than the search).
import type { Analysis, Token } from '../../src/types.js';

/** The index of the token that starts at `offset`, or -1. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens[middle]!.start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Indexes of the tokens whose text is `text`, in order. */
export function tokensWithText(analysis: Analysis, text: string): number[] {
  const found: number[] = [];
  for (let at = analysis.text.indexOf(text); at >= 0; at = analysis.text.indexOf(text, at + 1)) {
    const index = tokenIndexAt(analysis.tokens, at);
    if (index >= 0 && analysis.tokens[index]!.text === text) found.push(index);
  }
  return found;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Indexes of the tokens whose lower-cased text is `lower`, whatever their case, in order. */
export function tokensWithLower(analysis: Analysis, lower: string): number[] {
  const found: number[] = [];
  const pattern = new RegExp(escape(lower), 'giu');
  for (let match = pattern.exec(analysis.text); match !== null; match = pattern.exec(analysis.text)) {
    const index = tokenIndexAt(analysis.tokens, match.index);
    if (index >= 0 && analysis.tokens[index]!.lower === lower) found.push(index);
    pattern.lastIndex = match.index + 1; // overlapping places too
  }
  return found;
}
