// Where a term's form is the document's own: running text, not a title, a heading or a list of tags.
import type { Analysis, Sentence, Token } from '../../src/types.js';

/** Kinds of paragraph that hold running text. */
export const PROSE = new Set(['body', 'list', 'blockquote']);

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*$/u;
const JOINER_TAGS = new Set(['ADP', 'DET', 'CCONJ', 'PART']);
export const isCapitalised = (token: Token | undefined): boolean => token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);

/** A paragraph of one sentence with no sentence punctuation at its end: a title, a subtitle or a deck. */
export function isTitleLine(analysis: Analysis, paragraphIndex: number): boolean {
  const paragraph = analysis.paragraphs[paragraphIndex]!;
  return paragraph.sentenceEnd - paragraph.sentenceStart === 1 && !SENTENCE_END.test(paragraph.text.trimEnd());
}

/**
 * A title run into the text ("Promoting Chinese-style Modernization is a Systematic Project"): three
 * capitalised words or more, and no more than one longer word in lower case but joiners ("with", "from").
 */
export function titleCased(tokens: readonly Token[], sentence: Sentence): boolean {
  let capitalised = 0;
  let lower = 0;
  for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    if (isCapitalised(token)) capitalised++;
    else if (token.text.length >= 4 && !JOINER_TAGS.has(token.pos) && ++lower > 1) return false;
  }
  return capitalised >= 3;
}

/** A sentence in capitals ("MAN CHARGED WITH THEFT"): at least three words, none with a lower-case letter. */
function inCapitals(tokens: readonly Token[], sentence: Sentence): boolean {
  let words = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word' || !/\p{L}/u.test(token.text)) continue;
    if (/\p{Ll}/u.test(token.text)) return false;
    words++;
  }
  return words >= 3;
}

/** A sentence written in headline style: in a heading or stand-alone line, in title case, or in capitals. */
export function isHeadline(analysis: Analysis, sentenceIndex: number): boolean {
  return analysis.shared('term-consistency:headlines', () => {
    const { tokens, sentences, paragraphs } = analysis;
    return sentences.map((sentence) => !PROSE.has(paragraphs[sentence.paragraph]!.kind) || titleCased(tokens, sentence) || inCapitals(tokens, sentence));
  })[sentenceIndex]!;
}

/** The index of the last Markdown heading at or before a paragraph (-1 when there is none). */
export function headingBefore(analysis: Analysis, paragraphIndex: number): number {
  return analysis.shared('term-consistency:sections', () => {
    let heading = -1;
    return analysis.paragraphs.map((paragraph) => (paragraph.kind === 'heading' ? (heading = paragraph.index) : heading));
  })[paragraphIndex]!;
}
