// A configured retext plugin inside copydesk's pipeline: it runs on copydesk's nlcst tree, its
// messages get the severity the configuration sets for its ids, and a failure names the plugin.
import type { Node } from 'unist';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ResolvedConfig } from '../config.js';
import { UsageError } from '../errors.js';
import type { LoadedPlugin } from './load.js';
import { pluginSeverity } from './plugin-config.js';

type Transformer = (tree: Node, file: VFile, next?: (error?: unknown) => void) => unknown;

function failure(plugin: string, doing: string, error: unknown): UsageError {
  return new UsageError(`Plugin "${plugin}" failed ${doing}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
}

/** Applies the configured severity to the messages a plugin added from `from` on; `off` drops them. */
function claimMessages(file: VFile, from: number, plugin: LoadedPlugin, config: ResolvedConfig): void {
  const added = file.messages.splice(from);
  for (const message of added) {
    message.source ??= plugin.name;
    message.ruleId ??= plugin.name;
    const severity = pluginSeverity(config.pluginSeverities, plugin.name, message.ruleId);
    if (severity === 'off') continue;
    if (severity !== undefined) message.fatal = severity === 'error';
    file.messages.push(message);
  }
}

/** The unified plugin that runs `plugin` (attacher and transformer) with its messages claimed. */
export function guardedPlugin(plugin: LoadedPlugin, config: ResolvedConfig): Plugin<[], Node> {
  return function attach(this: Processor): Transformer | undefined {
    let transformer: Transformer | undefined;
    try {
      transformer = (plugin.attacher as unknown as (this: Processor, options: unknown) => Transformer | undefined).call(this, plugin.options);
    } catch (error) {
      throw failure(plugin.name, 'to start', error);
    }
    if (typeof transformer !== 'function') return undefined;
    const inner = transformer;
    const where = (file: VFile) => `on ${file.path || 'standard input'}`;
    if (inner.length >= 3) {
      // Callback style (retext-spell): it must call back before runSync returns, as it does with a loaded dictionary.
      return (tree, file, next) => {
        const from = file.messages.length;
        try {
          inner(tree, file, (error?: unknown) => {
            if (error) return next!(failure(plugin.name, where(file), error));
            claimMessages(file, from, plugin, config);
            next!();
          });
        } catch (error) {
          next!(failure(plugin.name, where(file), error));
        }
      };
    }
    return (tree, file) => {
      const from = file.messages.length;
      let result: unknown;
      try {
        result = inner(tree, file);
      } catch (error) {
        throw failure(plugin.name, where(file), error);
      }
      if (result instanceof Promise) throw new UsageError(`Plugin "${plugin.name}" is asynchronous, which copydesk cannot run`);
      claimMessages(file, from, plugin, config);
      return result;
    };
  } as unknown as Plugin<[], Node>;
}
