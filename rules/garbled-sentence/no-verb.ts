// no-verb: a statement with no verb at all ("Vuong Dinh Hue, President of the National Assembly.").
import type { Analysis } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { answersQuestion, isElidedPredicate, DATE, isCaptionLike, isPlainStatement, proseSentences, sentenceTokens, words } from './prose.js';
import { hasVerb, isTelegraphic, writesInFragments } from './style.js';

export function findVerbless(analysis: Analysis, minWords: number): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  if (writesInFragments(analysis)) return findings;
  for (const sentence of proseSentences(analysis)) {
    // A verbless paragraph of one short sentence is usually a caption or a subheading.
    if (!isPlainStatement(sentence) || isCaptionLike(analysis, sentence) || answersQuestion(analysis, sentence)) continue;
    const tokens = sentenceTokens(analysis, sentence);
    if (words(tokens).length < minWords || isElidedPredicate(tokens)) continue;
    if (hasVerb(tokens) || isTelegraphic(analysis, sentence.paragraph)) continue;
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
