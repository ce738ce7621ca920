// copydesk/retext/spelling: the spelling rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('spelling');
