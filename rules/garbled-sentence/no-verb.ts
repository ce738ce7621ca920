// no-verb: a statement with no verb at all ("Vuong Dinh Hue, President of the National Assembly.").
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { DATE, isHiddenVerb, isCaptionLike, isPlainStatement, isVerb, proseSentences, sentenceTokens, words } from './prose.js';

export function findVerbless(analysis: Analysis, minWords: number): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const sentence of proseSentences(analysis)) {
    // A verbless paragraph of one short sentence is usually a caption or a subheading.
    if (!isPlainStatement(sentence) || isCaptionLike(analysis, sentence)) continue;
    const tokens = sentenceTokens(analysis, sentence);
    if (words(tokens).length < minWords) continue;
    if (tokens.some((_token, i) => isVerb(tokens, i) || isHiddenVerb(tokens, i))) continue;
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
