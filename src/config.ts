// Configuration: found from the linted file's folder upwards; data only, never code.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type YAMLModule from 'yaml';
import { UsageError } from './errors.js';
import { describeValue, resolveOptions } from './options.js';
import { readSettingsFile } from './files.js';
import { RULE_BY_ID, RULES } from './registry.js';
import { parsePlugins, pluginOfRuleId, type PluginSpec } from './retext/plugin-config.js';
import type { Settings, Severity } from './types.js';

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Setting of every configurable id (main and extra ids). */
  rules: Map<string, RuleSetting>;
  settings: Settings;
  /** Glob patterns (relative to the config's folder) of files not to lint. */
  ignore: string[];
  /** The config file this came from, if any. */
  source?: string;
  /** A stable string that changes whenever the effective configuration changes (for caching). */
  key: string;
  /** Retext plugins to run (package names from the project's node_modules); none with --no-plugins. */
  plugins?: PluginSpec[];
  /** Severities set for plugin messages, by `package` or `package:ruleId`. */
  pluginSeverities?: Map<string, Severity>;
  /** Plugins the configuration names that --no-plugins kept from loading. */
  refusedPlugins?: string[];
}

export const CONFIG_FILES = ['.copydeskrc.json', '.copydeskrc.yaml', '.copydeskrc.yml', 'package.json'];
export const WORDS_FILE = path.join('.copydesk', 'words.txt');
const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
const TOP_LEVEL_KEYS = ['rules', 'words', 'ignore', 'plugins'];

interface RawConfig {
  rules?: Record<string, unknown>;
  words?: string[];
  ignore?: string[];
  plugins?: PluginSpec[];
}

function parseSeverity(id: string, value: unknown): Severity {
  if (value === 0) return 'off';
  if (value === 1) return 'warn';
  if (value === 2) return 'error';
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  if (value === 'warning') return 'warn';
  throw new UsageError(`Bad severity for rule "${id}": expected off, warn or error, got ${describeValue(value)}`);
}

/** One rule entry: `"warn"`, `["error", {options}]` or `{options}`. */
function parseRuleEntry(id: string, value: unknown, current: RuleSetting): RuleSetting {
  let severity = current.severity === 'off' ? RULE_BY_ID.get(id)!.defaultSeverity : current.severity;
  let options: unknown;
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw new UsageError(`Rule "${id}": expected [severity] or [severity, options]`);
    severity = parseSeverity(id, value[0]);
    options = value[1];
  } else if (typeof value === 'object' && value !== null) {
    options = value;
  } else {
    severity = parseSeverity(id, value);
  }
  const rule = RULE_BY_ID.get(id)!;
  if (options !== undefined && rule.id !== id) {
    throw new UsageError(`Rule "${id}" takes no options of its own: set them on "${rule.id}"`);
  }
  return {
    severity,
    options: options === undefined ? current.options : { ...current.options, ...(options as Record<string, unknown>) },
  };
}

function unknownRule(id: string): UsageError {
  return new UsageError(`Unknown rule "${id}" (known rules: ${[...RULE_BY_ID.keys()].sort().join(', ')})`);
}

function checkStringList(name: string, value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new UsageError(`${where}: "${name}" must be a list of strings`);
  }
  return value;
}

/** Reads a config file; returns undefined for a package.json without a `copydesk` key. */
export function readConfigFile(file: string, root?: string): RawConfig | undefined {
  let text: string;
  try {
    text = readSettingsFile(file, root);
  } catch (error) {
    throw new UsageError(`Cannot read config file ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Config file ${file} is not valid ${/\.ya?ml$/.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (path.basename(file) === 'package.json') {
    if (typeof data !== 'object' || data === null || !('copydesk' in data)) return undefined;
    data = (data as Record<string, unknown>).copydesk;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`Config file ${file} must hold an object`);
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      throw new UsageError(`Config file ${file}: unknown key "${key}" (known: ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }
  const raw = data as Record<string, unknown>;
  if (raw.rules !== undefined && (typeof raw.rules !== 'object' || raw.rules === null || Array.isArray(raw.rules))) {
    throw new UsageError(`Config file ${file}: "rules" must be an object of rule ids`);
  }
  return {
    rules: raw.rules as Record<string, unknown> | undefined,
    words: checkStringList('words', raw.words, `Config file ${file}`),
    ignore: checkStringList('ignore', raw.ignore, `Config file ${file}`),
    plugins: parsePlugins(raw.plugins, `Config file ${file}`),
  };
}

/** The yaml package, loaded the first time a YAML configuration is read (most runs read none: start-up is shorter without it). */
let yamlModule: typeof YAMLModule | undefined;
const loadYaml = (): typeof YAMLModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YAMLModule);

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/**
 * YAML as plain data: the core schema (strings, numbers, booleans, null, lists and maps), no custom tags
 * (`!custom`, `!!js/function`, `!!binary`): any tag it does not know is an error, in one line.
 */
function parseYaml(text: string): unknown {
  const YAML = loadYaml();
  const document = YAML.parseDocument(text, { schema: 'core', prettyErrors: false, uniqueKeys: true });
  let tagged: string | undefined;
  YAML.visit(document, (_key, node) => {
    const tag = (node as { tag?: string }).tag;
    if (tag && !CORE_TAGS.has(tag) && tagged === undefined) tagged = tag;
  });
  if (tagged) throw new Error(`the tag ${tagged.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed (configuration is plain data)`);
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const tag = /tag ([^\s]+)/i.exec(problem.message)?.[1];
    throw new Error(tag ? `the tag ${tag} is not allowed (configuration is plain data)` : problem.message.split('\n')[0]);
  }
  return document.toJS({ maxAliasCount: 100 });
}

/** Reads a word list: one word per line, `#` starts a comment. */
export function readWordList(file: string, root?: string): string[] {
  let text: string;
  try {
    text = readSettingsFile(file, root);
  } catch (error) {
    throw new UsageError(`Cannot read word list ${file}: ${(error as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Parses `--rule ID=off|warn|error` flags. */
export function parseRuleFlags(flags: readonly string[]): Map<string, Severity> {
  const result = new Map<string, Severity>();
  for (const flag of flags) {
    const match = /^([\w@/:.~-]+)=(.*)$/.exec(flag);
    if (!match) throw new UsageError(`Bad --rule "${flag}": expected ID=off|warn|error`);
    const [, id, value] = match as unknown as [string, string, string];
    // A plugin's id (package or package:ruleId) is checked against the configured plugins later.
    if (!RULE_BY_ID.has(id) && !pluginOfRuleId(id)) throw unknownRule(id);
    result.set(id, parseSeverity(id, value));
  }
  return result;
}

export function resolveConfig(
  raw: RawConfig | undefined,
  overrides: Map<string, Severity>,
  extraWords: string[],
  source?: string,
  { noPlugins = false }: { noPlugins?: boolean } = {},
): ResolvedConfig {
  const configuredPlugins = raw?.plugins ?? [];
  const pluginNames = new Set(configuredPlugins.map((plugin) => plugin.name));
  const pluginSeverities = new Map<string, Severity>();
  /** A plugin's id is set here; false for an id that is neither a copydesk rule nor a configured plugin's. */
  const setPluginSeverity = (id: string, value: unknown, fromFile: boolean): boolean => {
    if (RULE_BY_ID.has(id)) return false;
    const plugin = pluginOfRuleId(id);
    if (plugin === undefined || !pluginNames.has(plugin)) throw unknownRule(source && fromFile ? `${id}" in "${source}` : id);
    pluginSeverities.set(id, parseSeverity(id, value));
    return true;
  };
  const rules = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    for (const id of [rule.id, ...(rule.extraIds ?? [])]) rules.set(id, { severity: rule.defaultSeverity, options: {} });
  }
  for (const [id, value] of Object.entries(raw?.rules ?? {})) {
    if (setPluginSeverity(id, value, true)) continue;
    if (!RULE_BY_ID.has(id)) throw unknownRule(source ? `${id}" in "${source}` : id);
    rules.set(id, parseRuleEntry(id, value, rules.get(id)!));
  }
  for (const [id, severity] of overrides) {
    if (!setPluginSeverity(id, severity, false)) rules.set(id, { ...rules.get(id)!, severity });
  }
  // Validate every rule's options now, so bad values fail before any file is linted.
  for (const rule of RULES) {
    const setting = rules.get(rule.id)!;
    setting.options = resolveOptions(rule.id, rule.options, setting.options) as Record<string, unknown>;
  }
  const settings: Settings = { words: [...(raw?.words ?? []), ...extraWords] };
  const ignore = raw?.ignore ?? [];
  const plugins = noPlugins ? [] : configuredPlugins;
  const pluginKey = plugins.length > 0 ? { plugins, pluginSeverities: [...pluginSeverities] } : {};
  const key = JSON.stringify({ rules: [...rules], settings, ignore, ...pluginKey });
  const resolved: ResolvedConfig = { rules, settings, ignore, source, key };
  if (plugins.length > 0) Object.assign(resolved, { plugins, pluginSeverities });
  if (noPlugins && configuredPlugins.length > 0) resolved.refusedPlugins = [...pluginNames];
  return resolved;
}

/** Finds the configuration for files in a folder, walking up; caches per folder. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  constructor(
    private readonly overrides: Map<string, Severity>,
    private readonly explicitFile?: string,
    /** --no-plugins: configured plugins are not loaded. */
    private readonly noPlugins = false,
    /** Settings files found by searching may not be links to outside this folder (the project). */
    private readonly root?: string,
  ) {}

  forFile(filePath: string | undefined): ResolvedConfig {
    return this.forFolder(path.dirname(path.resolve(filePath ?? 'stdin')));
  }

  forFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let resolved: ResolvedConfig;
    if (this.explicitFile) {
      resolved = this.load(path.resolve(this.explicitFile), findWordsFile(folder));
    } else {
      const found = findConfigFile(folder, this.root);
      resolved = this.load(found, findWordsFile(folder));
    }
    this.byFolder.set(folder, resolved);
    return resolved;
  }

  private load(file: string | undefined, wordsFile: string | undefined): ResolvedConfig {
    const cacheKey = `${file ?? ''}\0${wordsFile ?? ''}`;
    const cached = this.byFile.get(cacheKey);
    if (cached) return cached;
    const raw = file ? readConfigFile(file, this.explicitFile && file === path.resolve(this.explicitFile) ? undefined : this.root) : undefined;
    const words = wordsFile ? readWordList(wordsFile, this.root) : [];
    const resolved = resolveConfig(raw, this.overrides, words, file, { noPlugins: this.noPlugins });
    this.byFile.set(cacheKey, resolved);
    return resolved;
  }
}

function findUp(folder: string, accept: (dir: string) => string | undefined): string | undefined {
  let dir = folder;
  for (;;) {
    const found = accept(dir);
    if (found) return found;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function findConfigFile(folder: string, root?: string): string | undefined {
  return findUp(folder, (dir) => {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(dir, name);
      if (!fs.existsSync(candidate)) continue;
      if (name === 'package.json' && readConfigFile(candidate, root) === undefined) continue;
      return candidate;
    }
    return undefined;
  });
}

function findWordsFile(folder: string): string | undefined {
  return findUp(folder, (dir) => {
    const candidate = path.join(dir, WORDS_FILE);
    return fs.existsSync(candidate) ? candidate : undefined;
  });
}
