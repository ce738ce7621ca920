// copydesk/retext/name-consistency: the name-consistency rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('name-consistency');
