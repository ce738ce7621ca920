// spelling: placeholder until the rule's issue lands.
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'spelling',
  description: 'Not implemented yet.',
  defaultSeverity: 'warn',
  options: {},
  check() {},
});
