// An analysis as compact plain data, to send from one thread to another: tokens (the bulk) as one
// Int32Array of indices into a table of the document's distinct strings, the rest as it is.
// Copying hundreds of small token objects between threads costs three times as much.
import type { DocumentFormat, Token, TokenType } from '../types.js';
import { withMethods, type AnalysisParts, type DocumentAnalysis } from './index.js';

export interface PackedAnalysis extends Omit<AnalysisParts, 'tokens'> {
  /** Distinct strings of the tokens: texts, lower-cased texts, types and tags. */
  strings: string[];
  /** Per token, FIELDS numbers: text, lower, start, end, sentence, type, pos (string indices or values), spaceBefore. */
  tokens: Int32Array;
}

const FIELDS = 8;

export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis {
  const { paragraphs, sentences, mentions, comments, notes } = analysis;
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const code = (value: string): number => {
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      indexOf.set(value, index);
    }
    return index;
  };
  const tokens = new Int32Array(analysis.tokens.length * FIELDS);
  analysis.tokens.forEach((token, i) => {
    tokens.set([code(token.text), code(token.lower), token.start, token.end, token.sentence, code(token.type), code(token.pos), token.spaceBefore ? 1 : 0], i * FIELDS);
  });
  return { paragraphs, sentences, mentions, comments, notes, strings, tokens };
}

/** The analysis of `text` again, with its tokens as objects of the same shape `analyse` makes. */
export function unpackAnalysis(text: string, format: DocumentFormat, packed: PackedAnalysis): DocumentAnalysis {
  const { strings, tokens: numbers } = packed;
  const tokens: Token[] = [];
  for (let at = 0; at < numbers.length; at += FIELDS) {
    tokens.push({
      index: tokens.length,
      text: strings[numbers[at]!]!,
      lower: strings[numbers[at + 1]!]!,
      start: numbers[at + 2]!,
      end: numbers[at + 3]!,
      type: strings[numbers[at + 5]!] as TokenType,
      pos: strings[numbers[at + 6]!]!,
      sentence: numbers[at + 4]!,
      spaceBefore: numbers[at + 7] === 1,
    });
  }
  const { paragraphs, sentences, mentions, comments, notes } = packed;
  return withMethods(text, format, { paragraphs, sentences, tokens, mentions, comments, notes });
}
