// The command line's side of plugins: load them before linting, or say that --no-plugins refused them.
import type { ResolvedConfig } from '../config.js';
import { loadPlugins } from './load.js';

/** Loads the configured plugins; returns true when some will run (the run then lints in one thread). */
export async function preparePlugins(configs: ResolvedConfig[], cwd: string, stderr: (text: string) => void): Promise<boolean> {
  const unique = [...new Set(configs)];
  const refused = [...new Set(unique.flatMap((config) => config.refusedPlugins ?? []))];
  if (refused.length > 0) stderr(`copydesk: --no-plugins: not running ${refused.join(', ')} (named in the configuration)\n`);
  await loadPlugins(unique, cwd);
  return unique.some((config) => (config.plugins?.length ?? 0) > 0);
}
