// Text extracted from a laid-out page (a PDF report in two columns, a brochure): the lines are hard-wrapped
// and the columns run into each other, so a "sentence" is half of one column's sentence and half of the
// other's ("... to the community. a state jail felony who ..."). Its sentence boundaries are not the
// writer's: the checks that judge sentences stand down on such a document.
import type { Analysis } from '../../src/types.js';
import { isLowerCase } from './prose.js';
import { followsFullStop } from './lower-case-start.js';

/** Ends a line that ends a sentence or a paragraph. */
const LINE_END = /[.!?:;…"'”’)\]]\s*$/u;
/** Fewer lines than this are too few to tell wrapped text from a few headings. */
const MIN_LINES = 10;
/** Sentences opening in lower case after a full stop, inside a paragraph: one is a slip, this many a layout. */
const MIN_LOWER_CASE_STARTS = 2;

/** Do most of the document's lines stop mid-sentence (hard-wrapped text)? */
function isHardWrapped(text: string): boolean {
  let lines = 0;
  let open = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!/\S/u.test(line)) continue;
    lines++;
    if (!LINE_END.test(line)) open++;
  }
  return lines >= MIN_LINES && open * 2 >= lines;
}

/** How many sentences open with a lower-case word right after a full stop (not an abbreviation's) in the same paragraph, up to `enough`. */
function lowerCaseStarts(analysis: Analysis, enough: number): number {
  let found = 0;
  for (const sentence of analysis.sentences) {
    const first = analysis.tokens[sentence.tokenStart];
    if (first?.type !== 'word' || !isLowerCase(first) || !followsFullStop(analysis, sentence)) continue;
    if (++found >= enough) break;
  }
  return found;
}

/** A plain-text document whose lines are hard-wrapped and whose sentences run into each other out of order. */
export function readsOutOfOrder(analysis: Analysis): boolean {
  return analysis.shared('garbled-sentence:out-of-order', () =>
    analysis.format === 'text' && lowerCaseStarts(analysis, MIN_LOWER_CASE_STARTS) >= MIN_LOWER_CASE_STARTS && isHardWrapped(analysis.text),
  );
}
