// no-main-verb: verbs only as "-ing" or "to" forms, so nothing is asserted
// ("Vietnam – Singapore contributing to expansion into new areas.").
import type { Analysis, Token } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { isHiddenVerb, isIngForm, isVerb } from './prose.js';
import { verbCheckCandidates } from './style.js';
import { isListItem, spokenFragment } from './lists.js';

const NON_FINITE_AUX = new Set(['be', 'being', 'been', 'having', 'to']);
const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'whether', 'if', 'because', 'while', 'as']);

/** Could this token carry the sentence as its finite verb? (-ed and base forms count: we cannot tell.) */
function mayBeFinite(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (isHiddenVerb(tokens, i)) return true;
  if (!isVerb(tokens, i)) return false;
  if (isIngForm(token)) return false;
  if (token.pos === 'AUX' && NON_FINITE_AUX.has(token.lower)) return false;
  // "to implement", "to effectively implement"
  const before = tokens[i - 1];
  const twoBefore = tokens[i - 2];
  if (before?.lower === 'to') return false;
  if (before?.pos === 'ADV' && twoBefore?.lower === 'to') return false;
  return true;
}

/** "According to" and "including" are prepositions, not participles. */
const PREPOSITIONAL = new Set(['according', 'including', 'regarding', 'concerning', 'following', 'during', 'notwithstanding']);

export function isParticiple(token: Token): boolean {
  return token.pos === 'VERB' && isIngForm(token) && !PREPOSITIONAL.has(token.lower);
}

/** Finite verbs outside a clause that hangs off a participle ("stressing that the visit marks ..."). */
function hasMainVerb(tokens: Token[]): boolean {
  let subordinate = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const before = tokens[i - 1];
    if (token.text === ',' || token.text === ';') subordinate = false;
    else if (before && isParticiple(before) && (token.pos === 'SCONJ' || SUBORDINATORS.has(token.lower))) subordinate = true;
    if (!subordinate && mayBeFinite(tokens, i)) return true;
  }
  return false;
}

export function findNoMainVerb(analysis: Analysis, minWords: number): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const { sentence, tokens } of verbCheckCandidates(analysis, minWords)) {
    const participle = tokens.find(isParticiple);
    if (!participle || hasMainVerb(tokens) || isListItem(analysis, sentence) || spokenFragment(analysis, sentence)) continue;
    findings.push({
      start: sentence.start,
      end: sentence.end,
      reason: `Sentence has no main verb, only "${participle.text}": a fragment`,
      sentence: sentence.index,
      data: { kind: 'no-main-verb' },
    });
  }
  return findings;
}
