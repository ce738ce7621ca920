// copydesk/retext/term-consistency: the term-consistency rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('term-consistency');
