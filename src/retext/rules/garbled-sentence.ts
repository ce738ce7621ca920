// copydesk/retext/garbled-sentence: the garbled-sentence rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('garbled-sentence');
