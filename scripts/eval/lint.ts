// Lints a set of documents in-process (one run, cross-file checks included) and returns findings as spans.
import type { VFile } from 'vfile';
import { resolveConfig, type ResolvedConfig } from '../../src/config.js';
import { checkRun, lintDocument } from '../../src/pipeline.js';
import { RULES } from '../../src/registry.js';
import type { Span } from './score.js';

export interface Doc {
  name: string;
  text: string;
}

export interface Finding extends Span {
  reason: string;
}

/** Every configurable rule id (main and extra ids), in registry order. */
export const RULE_IDS: readonly string[] = RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])]);

/** The default configuration, or every rule off except `only`. */
export function evalConfig(only?: readonly string[]): ResolvedConfig {
  if (!only) return resolveConfig(undefined, new Map(), []);
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, only.includes(id) ? 'warn' : 'off']));
  return resolveConfig({ rules }, new Map(), []);
}

export function findingsOf(file: VFile, doc: string): Finding[] {
  return file.messages.flatMap((message) => {
    const place = message.place;
    if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return [];
    return [{ doc, ruleId: String(message.ruleId), start: place.start.offset, end: place.end.offset, reason: message.reason }];
  });
}

/** Lints `docs` as one run, as the CLI would lint a folder of them. */
export function lintDocs(docs: readonly Doc[], config: ResolvedConfig = evalConfig()): Finding[] {
  const files = docs.map((doc) => lintDocument(doc.text, doc.name, config));
  checkRun(files, () => config);
  return files.flatMap((file, i) => findingsOf(file, docs[i]!.name));
}

/** Words as a reader counts them: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}][^\s]*/gu)) count++;
  return count;
}
