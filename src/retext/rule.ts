// One rule as its own plugin: copydesk/retext/<id>, taking that id's entry of the configuration's
// `rules` ("error", ["warn", {options}] or {options}); every other rule is off.
import { RULE_BY_ID, RULES } from '../registry.js';
import { configOf, copydeskTransformer } from './attacher.js';

const ALL_IDS = RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])]);

export function ruleAttacher(id: string) {
  return function copydeskRule(entry?: unknown) {
    const rules: Record<string, unknown> = Object.fromEntries(ALL_IDS.map((other) => [other, 'off']));
    rules[id] = entry === undefined ? RULE_BY_ID.get(id)!.defaultSeverity : typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? ['warn', entry] : entry;
    return copydeskTransformer(configOf({ rules }, `copydesk/retext/${id}`));
  };
}
