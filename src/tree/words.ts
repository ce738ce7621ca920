// Words of the tree: adjacent tokens that read as one word ("do" + "n't", "well" + "-" + "known")
// become one WordNode, whose children split its text into Text, Punctuation and Symbol as parse-latin does.
import type { Punctuation, Symbol as SymbolNode, Text } from 'nlcst';
import type { Token } from '../types.js';
import type { ForwardPoints } from './positions.js';

const WORDISH = new Set<Token['type']>(['word', 'number', 'hashtag', 'mention', 'other']);
/** Punctuation that joins two words written without spaces into one (hyphens, apostrophes). */
const JOINERS = new Set(['-', '‐', '‑', "'", '’']);
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const PIECES = /[\p{L}\p{M}\p{N}]+|\p{P}|[^\p{L}\p{M}\p{N}\p{P}]+/gu;

export function isWordish(token: Token): boolean {
  return WORDISH.has(token.type);
}

/** Index (exclusive) of the last token of the word that starts at `first`, within [first, end). */
export function wordEnd(tokens: readonly Token[], first: number, end: number): number {
  let last = first;
  while (last + 1 < end) {
    const next = tokens[last + 1]!;
    if (next.start !== tokens[last]!.end) break;
    if (isWordish(next)) {
      last++;
      continue;
    }
    const after = tokens[last + 2];
    if (last + 2 < end && JOINERS.has(next.text) && after !== undefined && after.start === next.end && isWordish(after)) {
      last += 2;
      continue;
    }
    break;
  }
  return last + 1;
}

/** The children of a WordNode over document[start, end). */
export function wordChildren(text: string, start: number, end: number, points: ForwardPoints): (Text | Punctuation | SymbolNode)[] {
  const value = text.slice(start, end);
  if (isAsciiWord(text, start, end) || PLAIN_WORD.test(value)) {
    return [{ type: 'TextNode', value, position: { start: points.at(start), end: points.at(end) } }];
  }
  const children: (Text | Punctuation | SymbolNode)[] = [];
  for (const match of value.matchAll(PIECES)) {
    const piece = match[0];
    const from = start + match.index;
    const position = { start: points.at(from), end: points.at(from + piece.length) };
    const first = piece.codePointAt(0)!;
    const type = /[\p{L}\p{M}\p{N}]/u.test(String.fromCodePoint(first)) ? 'TextNode' : /\p{P}/u.test(piece) ? 'PunctuationNode' : 'SymbolNode';
    children.push({ type, value: piece, position });
  }
  return children;
}

function isAsciiWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    const lower = ch | 32; // lower-cases ASCII letters
    if (!(lower >= 97 && lower <= 122) && !(ch >= 48 && ch <= 57)) return false;
  }
  return true;
}
