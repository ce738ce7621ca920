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

/**
 * Adds `item` to a list that is made at its first item. A rule's findings list made empty and
 * filled later changes its elements kind in V8 at the first push and deoptimises the caller.
 */
export function append<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}
