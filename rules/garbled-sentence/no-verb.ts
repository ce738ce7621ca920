// no-verb: a statement with no verb at all ("Vuong Dinh Hue, President of the National Assembly.").
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { DATE, words } from './prose.js';
import { isListItem, spokenFragment } from './lists.js';
import { hasVerb, isTelegraphic, verbCheckCandidates } from './style.js';

/** Lower-case words a dateline may hold: "Office of the Press Secretary, the White House, May 3." */
const DATELINE_WORDS = new Set(['of', 'the', 'and', 'de', 'st', 'nd', 'rd', 'th']);

export function findVerbless(analysis: Analysis, minWords: number): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const { sentence, tokens } of verbCheckCandidates(analysis, minWords)) {
    // Speech may be in fragments on purpose ("“Every victim deserves a voice. Every family, an answer.”").
    if (hasVerb(tokens) || isTelegraphic(analysis, sentence.paragraph) || isListItem(analysis, sentence) || spokenFragment(analysis, sentence)) continue;
    // A dateline written as a sentence: "Xinhua News Agency, Beijing, February 10th." (names and a date only).
    if (DATE.test(sentence.text) && words(tokens).length <= 8 && !words(tokens).some((token) => /^\p{Ll}/u.test(token.text) && !DATELINE_WORDS.has(token.lower))) continue;
    findings.push({
      start: sentence.start,
      end: sentence.end,
      reason: 'Sentence has no verb: a fragment, perhaps split off the sentence before',
      sentence: sentence.index,
      data: { kind: 'no-verb' },
    });
  }
  return findings;
}
