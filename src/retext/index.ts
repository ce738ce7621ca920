// copydesk/retext: `retext().use(copydesk, {rules: {...}, words: [...]})` runs copydesk's rules in a
// unified pipeline, with the same `rules` settings as the configuration file (see README).
import { configOf, copydeskTransformer, type CopydeskSettings } from './attacher.js';

export type { CopydeskSettings } from './attacher.js';

export default function copydesk(settings?: CopydeskSettings) {
  return copydeskTransformer(configOf(settings, 'copydesk/retext'));
}
