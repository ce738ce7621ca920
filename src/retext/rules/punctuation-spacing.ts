// copydesk/retext/punctuation-spacing: the punctuation-spacing rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('punctuation-spacing');
