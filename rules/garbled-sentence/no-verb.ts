// no-verb: a statement with no verb at all ("Vuong Dinh Hue, President of the National Assembly.").
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { DATE, words } from './prose.js';
import { isListItem } from './lists.js';
import { hasVerb, isTelegraphic, verbCheckCandidates } from './style.js';

export function findVerbless(analysis: Analysis, minWords: number): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const { sentence, tokens } of verbCheckCandidates(analysis, minWords)) {
    if (hasVerb(tokens) || isTelegraphic(analysis, sentence.paragraph) || isListItem(analysis, sentence)) continue;
    // A dateline written as a sentence: "Xinhua News Agency, Beijing, February 10th."
    if (DATE.test(sentence.text) && words(tokens).length <= 8) continue;
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
