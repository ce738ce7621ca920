// name-consistency: placeholder until the rule's issue lands.
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'name-consistency',
  description: 'Not implemented yet.',
  defaultSeverity: 'warn',
  options: {},
  check() {},
});
