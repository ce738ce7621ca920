// Lists written as sentences are not prose: line-ups and results ("J Smith (Leeds), K Jones (Bath)."),
// summaries whose bullets were lost ("Expedites the review. Requires a report."), addresses, labels
// with dates ("U.S. Ambassador to France, 1914–1919."), and the title glued to a document's first line.
import type { Analysis, Sentence } from '../../src/types.js';
import { hasVerb } from './style.js';
import { sentenceTokens } from './prose.js';

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** A span of years or a life's dates: "1914–1919", "(1859–1922)", "(c. 1880s–?)". */
const PREPOSITION_START = /^(?:On|In|At|By|From|For|During|After|Before|Since|Until|With|Between)\s/u;
const YEARS = /\b1\d{3}s?\s?[–—-]\s?(?:1\d{3}|\d{2}|\?)|\(\s*(?:c\.|b\.|d\.)\s?\d{3,4}/u;

/**
 * A sentence that reads as a list or a label: items split by semicolons, several bracketed items, a
 * span of years, or three or more short comma-separated items that open with names and numbers
 * (addresses, line-ups: "J Smith (Leeds), K Jones (Bath), L Brown (Hull).").
 */
export function isListLike(sentence: Sentence): boolean {
  const text = sentence.text;
  if (count(text, /;/g) >= 2 || count(text, /\(/g) >= 2) return true;
  // A label with its years ("U.S. Ambassador to France, 1914–1919.", "William Sharp (1859–1922)."), not a
  // sentence that mentions a span in passing ("the basic strategy for the cold war (1947–1989) with ...").
  const years = YEARS.exec(text);
  if (years && (text.split(/\s+/).length <= 12 || /,\s*$/.test(text.slice(0, years.index)))) return true;
  // The comma inside a date ("June 4, 1892") does not separate items.
  const items = text.replace(/[.]$/, '').replace(/(\d{1,2}), (\d{4})/g, '$1 $2').split(/,\s*/);
  if (items.length < 3) return false;
  const short = items.every((item) => item.split(/\s+/).filter(Boolean).length <= 5);
  // An item opening with a preposition ("On December 15") is a phrase of a sentence, not a name.
  const named = items.filter((item) => /^(?:and |or )?[\p{Lu}\p{N}$£€]/u.test(item.trim()) && !PREPOSITION_START.test(item.trim())).length;
  return short && named * 3 >= items.length * 2;
}

/** Is `other` a body sentence right next to the sentence in paragraph `paragraph` (same or neighbouring)? */
function isNeighbour(analysis: Analysis, other: Sentence | undefined, paragraph: number): other is Sentence {
  return other !== undefined && Math.abs(other.paragraph - paragraph) <= 1 && analysis.paragraphs[other.paragraph]!.kind === 'body';
}

/**
 * Is the sentence one of a run of at least `minRun` items of one shape, in a row? A bill or agenda
 * summary whose items all open with a verb of the same form ("Expedites the review." "Requires a
 * report." "Authorizes $5 million."), or verbless items ("$20 billion for roads." "$5 billion for ports.").
 */
export function inRunOfItems(analysis: Analysis, sentence: Sentence, sameShape: (other: Sentence) => boolean, minRun: number): boolean {
  let run = 1;
  for (const step of [-1, 1]) {
    let current = sentence;
    for (;;) {
      const other = analysis.sentences[current.index + step];
      if (!isNeighbour(analysis, other, current.paragraph) || !sameShape(other)) break;
      run++;
      current = other;
      if (run >= minRun) return true;
    }
  }
  return run >= minRun;
}

/** A verbless sentence next to another verbless one: a run of list items, not a stray fragment. */
export function inVerblessRun(analysis: Analysis, sentence: Sentence): boolean {
  return inRunOfItems(analysis, sentence, (other) => /[.;]$/.test(other.text) && !hasVerb(sentenceTokens(analysis, other)), 2);
}

/**
 * The opening sentences of a document before its first verb: a title or standfirst run into the text.
 * A title is short; a long sentence with its commas ("Between 1937 and 1941, conflict between China and
 * Japan U.S. relations with both nations, and ...") is a fragment even at the top.
 */
export function opensDocument(analysis: Analysis, sentence: Sentence): boolean {
  if (sentence.text.split(/\s+/).length > TITLE_WORDS) return false;
  for (let i = 0; i < sentence.index; i++) {
    const other = analysis.sentences[i]!;
    if (analysis.paragraphs[other.paragraph]!.kind === 'body' && hasVerb(sentenceTokens(analysis, other))) return false;
  }
  return true;
}

/** The longest title or standfirst sentence `opensDocument` leaves alone. */
const TITLE_WORDS = 16;

/** The longest fragment a speaker uses on purpose ("Not in this county.", "Every family, an answer."). */
const SPOKEN_FRAGMENT_WORDS = 8;

/** A verb that attributes a quotation to its speaker. */
const SPEECH = /\b(?:said|says|told|tells|added|adds|stated|states|explained|explains|asked|asks|recalled|noted|continued|according to)\b/u;

/**
 * A sentence inside speech, where fragments are deliberate: a quotation whose paragraph names its speaker
 * ("“... Every family, an answer,” the mayor said."), or a short sentence in any quotation. A long fragment
 * in a quoted document is still debris.
 */
export function spokenFragment(analysis: Analysis, sentence: Sentence): boolean {
  if (!insideQuotation(analysis, sentence)) return false;
  return sentence.text.split(/\s+/).length <= SPOKEN_FRAGMENT_WORDS || SPEECH.test(analysis.paragraphs[sentence.paragraph]!.text);
}

/** Is the sentence inside a quotation opened earlier in its paragraph? */
export function insideQuotation(analysis: Analysis, sentence: Sentence): boolean {
  const paragraph = analysis.paragraphs[sentence.paragraph]!;
  const before = analysis.text.slice(paragraph.start, sentence.start);
  if (count(before, /“/g) > count(before, /”/g)) return true;
  return count(before, /"/g) % 2 === 1;
}

/** How many short paragraphs after a colon are read as its items. */
const MAX_ITEMS = 12;
/** The most sentences a list item written as a paragraph has. */
const ITEM_SENTENCES = 2;

const isShort = (analysis: Analysis, index: number): boolean => {
  const paragraph = analysis.paragraphs[index]!;
  return paragraph.sentenceEnd - paragraph.sentenceStart <= ITEM_SENTENCES;
};

/**
 * An item of a list whose bullets were lost: one of a run of short paragraphs after a paragraph that
 * ends with a colon ("... can take steps, including:" / "Reporting crimes." / "Investing in cameras.").
 */
export function listedAfterColon(analysis: Analysis, sentence: Sentence): boolean {
  const index = sentence.paragraph;
  if (!isShort(analysis, index)) return false;
  for (let p = index - 1; p >= 0 && p >= index - MAX_ITEMS; p--) {
    if (/:\s*$/u.test(analysis.paragraphs[p]!.text)) return true;
    if (!isShort(analysis, p)) return false;
  }
  return false;
}

/** A list or label written as a sentence, an item in a run of them, or a title run into the first line. */
export function isListItem(analysis: Analysis, sentence: Sentence): boolean {
  return isListLike(sentence) || inVerblessRun(analysis, sentence) || opensDocument(analysis, sentence) || listedAfterColon(analysis, sentence);
}
