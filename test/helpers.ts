// Test helpers: lint text in-process with chosen rules, or run the built CLI as a subprocess.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFileMessage } from 'vfile-message';
import { resolveConfig } from '../src/config.js';
import { checkRun, lintDocument } from '../src/pipeline.js';
import { RULES } from '../src/registry.js';
import type { Severity } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'copydesk.js');

export type RuleSettings = Record<string, Severity | [Severity, Record<string, unknown>?] | Record<string, unknown>>;

/** Config with every rule off except the ones given (each id in `only` at its default severity). */
export function configWith(rules: RuleSettings, words: string[] = []) {
  const off = Object.fromEntries(RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])]).map((id) => [id, 'off']));
  const on = Object.fromEntries(
    Object.entries(rules).map(([id, value]) => [id, typeof value === 'object' && !Array.isArray(value) ? ['warn', value] : value]),
  );
  return resolveConfig({ rules: { ...off, ...on }, words }, new Map(), []);
}

/** Lints `text` with only the given rules on; `fileName` picks the format (.md is Markdown). */
export function lint(text: string, rules: RuleSettings, fileName = 'doc.txt', words: string[] = []): VFileMessage[] {
  return lintDocument(text, fileName, configWith(rules, words)).messages;
}

/** Lints several documents in one run, with the cross-file checks. */
export function lintRun(documents: Record<string, string>, rules: RuleSettings): Record<string, VFileMessage[]> {
  const config = configWith(rules);
  const files = Object.entries(documents).map(([name, text]) => lintDocument(text, name, config));
  checkRun(files, () => config);
  return Object.fromEntries(files.map((file) => [file.path, file.messages]));
}

/** The text each message spans. */
export function spans(text: string, messages: VFileMessage[]): string[] {
  return messages.map((message) => text.slice(message.place && 'start' in message.place ? message.place.start.offset : 0, message.place && 'end' in message.place ? message.place.end.offset : 0));
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npm test` builds first) as a subprocess. */
export function cli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
