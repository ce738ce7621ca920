// copydesk/retext/capital-after-semicolon: the capital-after-semicolon rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('capital-after-semicolon');
