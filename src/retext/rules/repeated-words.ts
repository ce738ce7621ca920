// copydesk/retext/repeated-words: the repeated-words rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('repeated-words');
