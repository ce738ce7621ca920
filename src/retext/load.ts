// Loading the configured retext plugins: package names only, resolved from the node_modules of the
// project the configuration belongs to, imported once per run before any file is linted.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'unified';
import type { ResolvedConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { importedPackages, mapImports, type PluginSpec } from './plugin-config.js';

export interface LoadedPlugin {
  name: string;
  attacher: Plugin<unknown[]>;
  options: unknown;
}

const loaded = new WeakMap<ResolvedConfig, LoadedPlugin[]>();

/** The folder of `name` in a node_modules folder at or above `from`. */
function packageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The ESM entry point of a package: `exports` (import, node, default conditions), then `main`, then index.js. */
function entryOf(folder: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { exports?: unknown; main?: string };
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const map = value as Record<string, unknown>;
    if ('.' in map) return pick(map['.']);
    for (const condition of ['import', 'node', 'default']) if (condition in map) return pick(map[condition]);
    return undefined;
  };
  const entry = path.resolve(folder, pick(manifest.exports) ?? manifest.main ?? 'index.js');
  if (path.relative(folder, entry).startsWith('..')) throw new Error(`its entry point ${entry} is outside the package`);
  return entry;
}

async function importPackage(name: string, from: string, what: string): Promise<unknown> {
  const folder = packageFolder(name, from);
  if (!folder) throw new UsageError(`${what} "${name}" is not installed in ${from} or a folder above it (npm install --save-dev ${name})`);
  try {
    const module = (await import(pathToFileURL(entryOf(folder)).href)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw new UsageError(`${what} "${name}" could not be loaded: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
}

/** Replaces `{"$import": "package"}` values in plugin options by the package's default export. */
async function withImports(options: unknown, from: string, plugin: string): Promise<unknown> {
  const modules = new Map<string, unknown>();
  for (const name of new Set(importedPackages(options))) {
    modules.set(name, await importPackage(name, from, `Package (in the options of plugin "${plugin}")`));
  }
  return mapImports(options, (node) => modules.get(String(node.$import)));
}

async function loadOne(spec: PluginSpec, from: string): Promise<LoadedPlugin> {
  const attacher = await importPackage(spec.name, from, 'Plugin');
  if (typeof attacher !== 'function') throw new UsageError(`Plugin "${spec.name}" does not export a unified plugin (its default export is not a function)`);
  return { name: spec.name, attacher: attacher as Plugin<unknown[]>, options: await withImports(spec.options, from, spec.name) };
}

/** Loads the plugins of each configuration (once each). A configuration without `plugins` loads nothing. */
export async function loadPlugins(configs: Iterable<ResolvedConfig>, cwd: string): Promise<void> {
  for (const config of new Set(configs)) {
    if (loaded.has(config) || !config.plugins || config.plugins.length === 0) continue;
    const from = config.source ? path.dirname(config.source) : cwd;
    const plugins: LoadedPlugin[] = [];
    for (const spec of config.plugins) plugins.push(await loadOne(spec, from));
    loaded.set(config, plugins);
  }
}

const versionKeys = new WeakMap<ResolvedConfig, string>();

/**
 * The installed version of every package a configuration's plugins load ('' without plugins), so that
 * `--cache` never reuses results made by another version of a plugin or of its dictionary.
 */
export function pluginVersionsKey(config: ResolvedConfig, cwd: string): string {
  if (!config.plugins || config.plugins.length === 0) return '';
  const known = versionKeys.get(config);
  if (known !== undefined) return known;
  const from = config.source ? path.dirname(config.source) : cwd;
  const names = config.plugins.flatMap((spec) => [spec.name, ...importedPackages(spec.options)]);
  const key = names
    .map((name) => {
      const folder = packageFolder(name, from);
      if (!folder) return `${name}@missing`;
      try {
        return `${name}@${(JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version?: string }).version ?? '?'}:${folder}`;
      } catch {
        return `${name}@unreadable`;
      }
    })
    .join('\n');
  versionKeys.set(config, key);
  return key;
}

/** The loaded plugins of a configuration ([] without `plugins`). */
export function pluginsFor(config: ResolvedConfig): LoadedPlugin[] {
  if (!config.plugins || config.plugins.length === 0) return [];
  const plugins = loaded.get(config);
  if (!plugins) throw new Error(`the plugins of ${config.source ?? 'the configuration'} were not loaded before linting`);
  return plugins;
}
