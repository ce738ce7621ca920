// What the rule keeps of each paragraph: hashed normalised words, sentence ranges and places.
import type { Analysis, Point } from '../../src/types.js';
import { fnv1a, textKey } from './hash.js';
import { hasWordCharacter, isWordType, normaliseText, normaliseToken } from './normalise.js';

export interface SentenceRecord {
  /** Word range inside the paragraph's `words` (end exclusive). */
  from: number;
  to: number;
  /** Exact key of the normalised sentence. */
  key: string;
  start: number;
  end: number;
}

/** Hashes of a paragraph's normalised words, in order: a view into one array for the whole document, or a plain array in what `collect` keeps. */
export type WordHashes = Uint32Array | readonly number[];

/** What the comparison needs of a paragraph (JSON-serialisable: `collect` keeps it for cross-file runs). */
export interface ParagraphSketch {
  start: Point;
  end: Point;
  /** Exact key of the normalised paragraph. */
  key: string;
  /** Hashes of the normalised words, in order. */
  words: WordHashes;
  /** Word ranges of the sentences. */
  sentences: { from: number; to: number }[];
  /**
   * One sentence without sentence punctuation at its end: a long headline or title. Such paragraphs are
   * only compared word for word, since a lead that restates the headline is how news is written.
   */
  titleLike: boolean;
  /** Positions in `words` of the words that name someone or something (`isNameWord`). */
  names: number[];
  /** One sentence that ends in a question mark: a question is not a copy of a statement that it echoes. */
  question?: boolean;
  /** Follows a paragraph that ends in a colon: a quotation displayed on its own, perhaps an excerpt of the text it quotes. */
  introduced?: boolean;
  /** The Markdown heading the paragraph comes under (normalised), if any. */
  section?: string;
}

/** One body paragraph of the document being checked. */
export interface ParagraphRecord extends ParagraphSketch {
  /** Index in `Analysis.paragraphs`. */
  index: number;
  sentences: SentenceRecord[];
}

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** A paragraph cut short with an ellipsis: a teaser of another page, which listings repeat by design. */
const TEASER_END = /(?:\.{3}|…)\s*$/u;

const CAPITALISED = /^\p{Lu}/u;

const INTRODUCTION_END = /:$/u;
const QUESTION_END = /\?["'”’»)\]]*$/u;

/**
 * An item of a listing: a title without sentence punctuation between stand-alone lines (dates, labels,
 * other titles), as pages list their latest stories, often twice (a "Latest" and a "Recent" box).
 */
function isListingItem(paragraphs: Analysis['paragraphs'], index: number, titleLike: boolean): boolean {
  if (!titleLike) return false;
  const neighbours = [paragraphs[index - 1], paragraphs[index + 1]].filter((paragraph) => paragraph !== undefined);
  return neighbours.length > 0 && neighbours.every((paragraph) => paragraph.kind !== 'body');
}

/** A word with a digit, or capitalised inside its sentence (first in it, only before another capitalised word: "Maria Ruiz said"). */
function isNameWord(tokens: Analysis['tokens'], t: number, first: boolean): boolean {
  const text = tokens[t]!.text;
  if (/\d/.test(text)) return true;
  return CAPITALISED.test(text) && (!first || CAPITALISED.test(tokens[t + 1]?.text ?? ''));
}

/** Records for the document's running-prose paragraphs (other kinds are boilerplate or quotation). */
export function paragraphRecords(analysis: Analysis): ParagraphRecord[] {
  const toPoint = (offset: number) => analysis.point(offset);
  const records: ParagraphRecord[] = [];
  // Hash of each distinct token text once normalised (-1: no letter or digit), computed once per document.
  const hashes = new Map<string, number>();
  const { tokens } = analysis;
  // The words of every paragraph in one typed array (at most one word a token), each record a view
  // into it: arrays of numbers per paragraph took about 25 MB more for 10 MB of text.
  const all = new Uint32Array(tokens.length);
  let count = 0;
  let section: string | undefined;
  for (const paragraph of analysis.paragraphs) {
    if (paragraph.kind === 'heading') section = normaliseText(paragraph.text);
    if (paragraph.kind !== 'body' || TEASER_END.test(paragraph.text)) continue;
    const first = count;
    const names: number[] = [];
    const sentences: SentenceRecord[] = [];
    for (let s = paragraph.sentenceStart; s < paragraph.sentenceEnd; s++) {
      const sentence = analysis.sentences[s]!;
      const from = count - first;
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const token = tokens[t]!;
        if (!isWordType(token)) continue;
        let hash = hashes.get(token.text);
        if (hash === undefined) hashes.set(token.text, (hash = hasWordCharacter(token.text) ? fnv1a(normaliseToken(token.text)) : -1));
        if (hash < 0) continue;
        if (isNameWord(tokens, t, count - first === from)) names.push(count - first);
        all[count++] = hash;
      }
      sentences.push({ from, to: count - first, key: textKey(normaliseText(sentence.text)), start: sentence.start, end: sentence.end });
    }
    const trimmed = paragraph.text.trimEnd();
    const titleLike = sentences.length === 1 && !SENTENCE_END.test(trimmed);
    if (isListingItem(analysis.paragraphs, paragraph.index, titleLike)) {
      count = first;
      continue;
    }
    records.push({
      index: paragraph.index,
      start: toPoint(paragraph.start),
      end: toPoint(paragraph.end),
      key: textKey(normaliseText(paragraph.text)),
      words: all.subarray(first, count),
      sentences,
      titleLike,
      names,
      ...(sentences.length === 1 && QUESTION_END.test(trimmed) ? { question: true } : {}),
      ...(section !== undefined ? { section } : {}),
      ...(INTRODUCTION_END.test(analysis.paragraphs[paragraph.index - 1]?.text.trimEnd() ?? '') ? { introduced: true } : {}),
    });
  }
  return records;
}
