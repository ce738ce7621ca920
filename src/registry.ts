// Every rule copydesk ships. Configuration can only switch these on or off: it never loads code.
import type { RuleDefinition } from './types.js';
import repeatedWords from '../rules/repeated-words/index.js';
import nameConsistency from '../rules/name-consistency/index.js';
import duplicateParagraph from '../rules/duplicate-paragraph/index.js';
import garbledSentence from '../rules/garbled-sentence/index.js';
import spelling from '../rules/spelling/index.js';
import punctuationSpacing from '../rules/punctuation-spacing/index.js';
import termConsistency from '../rules/term-consistency/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly RuleDefinition<any, any>[] = [
  nameConsistency,
  duplicateParagraph,
  garbledSentence,
  spelling,
  repeatedWords,
  punctuationSpacing,
  termConsistency,
];

/** Every id that can be configured, mapped to the rule that reports it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULE_BY_ID: ReadonlyMap<string, RuleDefinition<any, any>> = new Map(
  RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])].map((id) => [id, rule] as const)),
);
