// The `plugins` key of the configuration: which retext plugins to run, as package names only.
import { UsageError } from '../errors.js';
import type { Severity } from '../types.js';

export interface PluginSpec {
  /** An npm package name, resolved from the linted project's own node_modules. */
  name: string;
  /** The plugin's options, as JSON; `{"$import": "package"}` values stand for that package's default export. */
  options?: unknown;
}

/** npm package names, scoped or not: no path, no `..`, no leading dot or underscore. */
const PACKAGE_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;

export function isPackageName(name: unknown): name is string {
  return typeof name === 'string' && name.length <= 214 && PACKAGE_NAME.test(name) && !name.includes('..');
}

/** A rule id a plugin's messages can be configured by: `package` or `package:ruleId`. */
export const PLUGIN_RULE_ID = /^((?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*)(?::[\w.-]+)?$/;

/** The package part of a plugin rule id, or undefined when `id` cannot be one. */
export function pluginOfRuleId(id: string): string | undefined {
  const match = PLUGIN_RULE_ID.exec(id);
  return match && isPackageName(match[1]) ? match[1] : undefined;
}

/** Copies plugin options with every `{"$import": ...}` object replaced by `replace(object)`. */
export function mapImports(value: unknown, replace: (node: { $import: unknown }) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapImports(item, replace));
  if (typeof value !== 'object' || value === null) return value;
  if ('$import' in value) return replace(value as { $import: unknown });
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapImports(item, replace)]));
}

/** The package names of every `{"$import": ...}` in plugin options. */
export function importedPackages(options: unknown): string[] {
  const names: string[] = [];
  mapImports(options, (node) => names.push(String(node.$import)));
  return names;
}

function checkImports(value: unknown, where: string): void {
  mapImports(value, (node) => {
    if (Object.keys(node).length !== 1 || !isPackageName(node.$import)) {
      throw new UsageError(`${where}: {"$import": ...} takes one npm package name, got ${JSON.stringify(node)}`);
    }
  });
}

/** Validates `plugins: ["name", ["name", {options}]]`. */
export function parsePlugins(value: unknown, where: string): PluginSpec[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new UsageError(`${where}: "plugins" must be a list of package names or [name, options] pairs`);
  return value.map((entry) => {
    const [name, options] = Array.isArray(entry) ? entry : [entry];
    if (Array.isArray(entry) && (entry.length < 1 || entry.length > 2)) throw new UsageError(`${where}: a plugin entry is "name" or ["name", options], got ${JSON.stringify(entry)}`);
    if (!isPackageName(name)) {
      throw new UsageError(`${where}: plugin ${JSON.stringify(name)} is not an npm package name (plugins are packages installed in the project, never paths)`);
    }
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new UsageError(`${where}: options of plugin "${name}" must be an object`);
    }
    checkImports(options, `${where}: plugin "${name}"`);
    return options === undefined ? { name } : { name, options };
  });
}

/** Severity set for a plugin's message (`package:ruleId` before `package`), or undefined to keep the plugin's own. */
export function pluginSeverity(severities: ReadonlyMap<string, Severity> | undefined, plugin: string, ruleId: string | undefined): Severity | undefined {
  if (!severities) return undefined;
  return (ruleId !== undefined && severities.get(`${plugin}:${ruleId}`)) || severities.get(plugin);
}
