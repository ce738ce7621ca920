// copydesk/retext/duplicate-sentence: the duplicate-sentence rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('duplicate-sentence');
