// copydesk/retext/dialect-consistency: the dialect-consistency rule alone, as a unified plugin.
import { ruleAttacher } from '../rule.js';

export default ruleAttacher('dialect-consistency');
