// garbled-sentence: placeholder until the rule's issue lands.
import { defineRule } from '../../src/rule.js';

export default defineRule({
  id: 'garbled-sentence',
  description: 'Not implemented yet.',
  defaultSeverity: 'warn',
  options: {},
  check() {},
});
