// Helpers for writing rules.
import type { OptionSchema, RuleDefinition } from './types.js';

/** Where a rule's documentation lives. */
export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}/README.md`;
}

/** Identity function that gives a rule definition its types. */
export function defineRule<S extends OptionSchema, D = unknown>(rule: RuleDefinition<S, D>): RuleDefinition<S, D> {
  return rule;
}
