// orphan-word: a one-word "sentence" that cannot stand alone ("next.", "The."), debris of an edit.
// Answers and interjections ("Yes.", "Thanks.", "Indeed.") are capitalised words that can.
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { endsWithAbbreviation, isLowerCase, proseSentences, sentenceTokens } from './prose.js';

const FUNCTION_WORDS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX']);
/** Determiners that answer a question on their own ("Both.", "Neither."). */
const ANSWERS = new Set(['both', 'neither', 'either', 'none', 'all', 'some', 'each']);

export function findOrphanWords(analysis: Analysis): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const sentence of proseSentences(analysis)) {
    if (sentence.tokenEnd - sentence.tokenStart > 2) continue; // cheap first
    const tokens = sentenceTokens(analysis, sentence);
    const words = tokens.filter((token) => token.type === 'word');
    if (words.length !== 1 || tokens.length > 2 || !/[.;,]$/.test(sentence.text)) continue;
    const word = words[0]!;
    if (!/^\p{L}+$/u.test(word.text)) continue;
    if (!isLowerCase(word) && (!FUNCTION_WORDS.has(word.pos) || ANSWERS.has(word.lower))) continue;
    // "... 4,000 people, incl. contractors.": the splitter cut after an abbreviation.
    const previous = analysis.sentences[sentence.index - 1];
    if (previous?.paragraph === sentence.paragraph && endsWithAbbreviation(analysis, previous)) continue;
    findings.push({
      start: sentence.start,
      end: sentence.end,
      reason: `Stray word "${word.text}" stands alone as a sentence`,
      sentence: sentence.index,
      data: { kind: 'orphan-word' },
    });
  }
  return findings;
}
