// garbled-sentence: debris no careful writer would publish — fragments without a verb or subject,
// stray and orphaned words, captions fused into the text. Each check can be switched off on its own.
import { defineRule } from '../../src/rule.js';
import type { GarbleFinding } from './finding.js';
import { findVerbless } from './no-verb.js';
import { findNoMainVerb } from './no-main-verb.js';
import { findNoSubject } from './no-subject.js';
import { findOrphanWords } from './orphan-word.js';
import { findLowerCaseStarts } from './lower-case-start.js';
import { findStrayWordsInside } from './stray-word-inside.js';
import { findCaptionsInText } from './caption-in-text.js';
import { findCapitalAfterSemicolon } from './capital-after-semicolon.js';
import { readsOutOfOrder } from './extraction.js';

export const SEMICOLON_RULE_ID = 'capital-after-semicolon';

const check = (description: string) => ({ type: 'boolean' as const, default: true, description });

export default defineRule({
  id: 'garbled-sentence',
  extraIds: [SEMICOLON_RULE_ID],
  description: 'Sentences no careful writer would publish: no verb, no subject, stray words, captions in the text.',
  defaultSeverity: 'warn',
  options: {
    noVerb: check('Flag statements with no verb at all.'),
    noMainVerb: check('Flag statements whose only verbs are "-ing" or "to" forms.'),
    noSubject: check('Flag statements that start with a finite verb (past, third person or auxiliary) and have no subject.'),
    strayWord: check('Flag sentences that start with a lower-case (stray) word after a full stop.'),
    orphanWord: check('Flag one-word sentences that cannot stand alone ("next.").'),
    strayWordInside: check('Flag a word dropped between two words where grammar has no place for it ("of win Texas").'),
    captionInText: check('Flag photo captions and credits fused into body text.'),
    capitalAfterSemicolon: check(`Report a capital letter after a semicolon (rule id ${SEMICOLON_RULE_ID}).`),
    minWords: {
      type: 'number',
      default: 4,
      min: 1,
      integer: true,
      description: 'Shortest statement (in words) the no-verb and no-main-verb checks judge.',
    },
  },
  check({ analysis, options, isOn, report }) {
    // This rule also reports capital-after-semicolon: skip the work of an id that is off.
    // A page laid out in columns and extracted as text has no sentences of its own to judge.
    const garbled = isOn('garbled-sentence') && !readsOutOfOrder(analysis);
    // Order matters: one sentence-level finding per sentence, the most telling first.
    const sentenceLevel: GarbleFinding[] = !garbled ? [] : [
      ...(options.captionInText ? findCaptionsInText(analysis) : []),
      ...(options.orphanWord ? findOrphanWords(analysis) : []),
      ...(options.noSubject ? findNoSubject(analysis) : []),
      ...(options.noVerb ? findVerbless(analysis, options.minWords) : []),
      ...(options.noMainVerb ? findNoMainVerb(analysis, options.minWords) : []),
    ];
    const seen = new Set<number>();
    const findings: GarbleFinding[] = [];
    for (const finding of sentenceLevel) {
      if (seen.has(finding.sentence)) continue;
      seen.add(finding.sentence);
      findings.push(finding);
    }
    if (garbled && options.strayWord) findings.push(...findLowerCaseStarts(analysis).filter((f) => !seen.has(f.sentence)));
    if (garbled && options.strayWordInside) findings.push(...findStrayWordsInside(analysis).filter((f) => !seen.has(f.sentence)));
    if (options.capitalAfterSemicolon && isOn(SEMICOLON_RULE_ID)) {
      findings.push(...findCapitalAfterSemicolon(analysis).map((f) => ({ ...f, ruleId: SEMICOLON_RULE_ID })));
    }
    findings.sort((a, b) => a.start - b.start);
    for (const { sentence: _sentence, ...finding } of findings) report(finding);
  },
});
