// An analysis as compact plain data, to send from one thread to another: the tokens as their columns
// (typed arrays over a table of the document's distinct strings, token-store.ts), the rest as it is.
// Copying hundreds of small token objects between threads costs three times as much.
import type { DocumentFormat } from '../types.js';
import { withMethods, type AnalysisParts, type DocumentAnalysis } from './index.js';
import { tokensOf, type TokenColumns } from './token-store.js';

export interface PackedAnalysis extends Omit<AnalysisParts, 'tokens' | 'tokenColumns'> {
  tokens: TokenColumns;
}

export function packAnalysis(analysis: DocumentAnalysis): PackedAnalysis {
  const { paragraphs, sentences, mentions, comments, notes } = analysis;
  return { paragraphs, sentences, mentions, comments, notes, tokens: analysis.tokenColumns };
}

/** The analysis of `text` again, its tokens read from the same columns. */
export function unpackAnalysis(text: string, format: DocumentFormat, packed: PackedAnalysis): DocumentAnalysis {
  const { paragraphs, sentences, mentions, comments, notes, tokens: tokenColumns } = packed;
  return withMethods(text, format, { paragraphs, sentences, tokens: tokensOf(tokenColumns), tokenColumns, mentions, comments, notes });
}
