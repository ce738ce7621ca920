// copydesk's rules as a unified plugin for any retext pipeline: they read the file's text through
// copydesk's own analysis, so positions are in the file's source (the Markdown, under remark-retext).
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { analyse } from '../analysis/index.js';
import { formatFor } from '../analysis/format.js';
import { resolveConfig, type ResolvedConfig } from '../config.js';
import { applyControlComments } from '../controls.js';
import { UsageError } from '../errors.js';
import { runRules } from '../pipeline.js';
import { treeText } from '../tree/index.js';

/** The settings of `retext().use(copydesk, settings)`: the configuration file's `rules` and `words`. */
export interface CopydeskSettings {
  rules?: Record<string, unknown>;
  words?: string[];
}

const KEYS = ['rules', 'words'];

/** The configuration a plugin's settings stand for (throws a clear error for bad settings). */
export function configOf(settings: CopydeskSettings | undefined, where: string): ResolvedConfig {
  if (settings !== undefined && (typeof settings !== 'object' || settings === null || Array.isArray(settings))) {
    throw new UsageError(`${where}: settings must be an object such as {rules: {...}, words: [...]}`);
  }
  for (const key of Object.keys(settings ?? {})) {
    if (!KEYS.includes(key)) throw new UsageError(`${where}: unknown setting "${key}" (known: ${KEYS.join(', ')})`);
  }
  const words = settings?.words;
  if (words !== undefined && !(Array.isArray(words) && words.every((word) => typeof word === 'string'))) {
    throw new UsageError(`${where}: "words" must be a list of strings`);
  }
  return resolveConfig({ rules: settings?.rules, words }, new Map(), []);
}

function sourceText(file: VFile, tree: Node): string {
  if (typeof file.value === 'string') return file.value;
  if (file.value) return new TextDecoder().decode(file.value);
  return treeText(tree);
}

/**
 * Markdown when the tree's text is not the file's (remark-retext hands a tree made from mdast,
 * without the Markdown syntax) or the file is named .md; otherwise plain text.
 */
function formatOf(file: VFile, tree: Node, text: string): 'markdown' | 'text' {
  return treeText(tree) !== text ? 'markdown' : formatFor(file.path);
}

/** The transformer that runs the rules `config` enables on a file. */
export function copydeskTransformer(config: ResolvedConfig) {
  return (tree: Node, file: VFile): void => {
    const text = sourceText(file, tree);
    file.data.analysis = analyse(text, formatOf(file, tree, text));
    try {
      runRules(config, tree, file);
      applyControlComments(file);
    } finally {
      delete file.data.analysis;
      delete file.data.collected;
    }
  };
}
