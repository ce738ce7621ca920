// The analysis stage: runs once per document; every rule reads its result.
import type { Analysis, DocumentFormat, Paragraph, Sentence } from '../types.js';
import { plainTextBlocks, type Block } from './blocks.js';
import { markdownStructure, type AnalysisNote, type MarkdownComment } from './markdown.js';
import { tokeniseBlock } from './nlp.js';
import { forgetEarlierWords } from './model.js';
import { findMentions } from './mentions.js';
import { pointFinder } from './points.js';
import { blankOverlongRuns } from './limits.js';
import { TokenStoreBuilder, tokensOf, type TokenColumns } from './token-store.js';

export interface DocumentAnalysis extends Analysis {
  /** HTML comments of a Markdown document (empty for plain text). */
  comments: MarkdownComment[];
  /** Stretches of a Markdown document read as plain text (past a limit of the parser). */
  notes?: AnalysisNote[];
  /** The columns `tokens` reads (what another thread is sent). */
  tokenColumns: TokenColumns;
  /** Drops what `shared` holds: the pipeline calls it after each rule, as rules share derived data only among their own checks. */
  forgetShared(): void;
}

export function analyse(text: string, format: DocumentFormat): DocumentAnalysis {
  let blocks: Block[];
  let comments: MarkdownComment[] = [];
  let notes: AnalysisNote[] | undefined;
  if (format === 'markdown') {
    ({ blocks, comments, notes } = markdownStructure(text));
  } else {
    blocks = plainTextBlocks(text);
  }
  blocks = blankOverlongRuns(blocks);
  forgetEarlierWords();

  // About one token per five characters of text; the columns grow if there are more.
  const builder = new TokenStoreBuilder(Math.ceil(text.length / 5));
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = blocks.map((block, index) => {
    const sentenceStart = sentences.length;
    tokeniseBlock(block, index, builder, sentences);
    return { index, kind: block.kind, start: block.start, end: block.end, text: block.text, sentenceStart, sentenceEnd: sentences.length };
  });
  const tokenColumns = builder.finish();
  const tokens = tokensOf(tokenColumns);

  return withMethods(text, format, { paragraphs, sentences, tokens, tokenColumns, mentions: findMentions(tokens, sentences), comments, ...(notes?.length ? { notes } : {}) });
}

/** An analysis as plain data: what one thread sends another (the text is sent on its own). */
export type AnalysisParts = Pick<DocumentAnalysis, 'paragraphs' | 'sentences' | 'tokens' | 'tokenColumns' | 'mentions' | 'comments' | 'notes'>;

/** The analysis of `text` from its parts, made by `analyse` here or in another thread. */
export function withMethods(text: string, format: DocumentFormat, parts: AnalysisParts): DocumentAnalysis {
  const memo = new Map<string, unknown>();
  let toPoint: ReturnType<typeof pointFinder> | undefined;
  return {
    text,
    format,
    ...parts,
    point(offset: number) {
      toPoint ??= pointFinder(text);
      return toPoint(offset);
    },
    shared<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    forgetShared() {
      memo.clear();
    },
  };
}
