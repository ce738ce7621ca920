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

/** What the comparison needs of a paragraph (JSON-serialisable: `collect` keeps it for cross-file runs). */
export interface ParagraphSketch {
  start: Point;
  end: Point;
  /** Exact key of the normalised paragraph. */
  key: string;
  /** Hashes of the normalised words, in order. */
  words: number[];
  /** Word ranges of the sentences. */
  sentences: { from: number; to: number }[];
  /**
   * One sentence without sentence punctuation at its end: a long headline or title. Such paragraphs are
   * only compared word for word, since a lead that restates the headline is how news is written.
   */
  titleLike: boolean;
  /** Positions in `words` of the words that name someone or something (`isNameWord`). */
  names: number[];
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
  for (const paragraph of analysis.paragraphs) {
    if (paragraph.kind !== 'body' || TEASER_END.test(paragraph.text)) continue;
    const words: number[] = [];
    const names: number[] = [];
    const sentences: SentenceRecord[] = [];
    for (let s = paragraph.sentenceStart; s < paragraph.sentenceEnd; s++) {
      const sentence = analysis.sentences[s]!;
      const from = words.length;
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const token = tokens[t]!;
        if (!isWordType(token)) continue;
        let hash = hashes.get(token.text);
        if (hash === undefined) hashes.set(token.text, (hash = hasWordCharacter(token.text) ? fnv1a(normaliseToken(token.text)) : -1));
        if (hash < 0) continue;
        if (isNameWord(tokens, t, words.length === from)) names.push(words.length);
        words.push(hash);
      }
      sentences.push({ from, to: words.length, key: textKey(normaliseText(sentence.text)), start: sentence.start, end: sentence.end });
    }
    records.push({
      index: paragraph.index,
      start: toPoint(paragraph.start),
      end: toPoint(paragraph.end),
      key: textKey(normaliseText(paragraph.text)),
      words,
      sentences,
      titleLike: sentences.length === 1 && !SENTENCE_END.test(paragraph.text.trimEnd()),
      names,
    });
  }
  return records;
}
