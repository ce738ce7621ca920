// duplicate-paragraph: placeholder until the rule's issue lands.
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'duplicate-paragraph',
  description: 'Not implemented yet.',
  defaultSeverity: 'warn',
  options: {},
  check() {},
});
