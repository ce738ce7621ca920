// copydesk/retext/duplicate-paragraph: the duplicate-paragraph rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('duplicate-paragraph');
