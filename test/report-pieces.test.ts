// The json report written in pieces is vfile-reporter-json's report, byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporterJson } from 'vfile-reporter-json';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { lintDocument } from '../src/pipeline.js';
import { REPORT_PIECES } from '../src/reporters/index.js';
import { ROOT } from './helpers.js';

const CORPUS = path.join(ROOT, 'corpus');

/** The corpus documents linted with every rule on (warnings and, for one rule, errors). */
function lintedCorpus(): VFile[] {
  const config = resolveConfig({ rules: { 'repeated-words': 'error', 'duplicate-paragraph': 'error' } }, new Map(), []);
  return fs
    .readdirSync(CORPUS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => lintDocument(fs.readFileSync(path.join(CORPUS, name), 'utf8'), path.join(CORPUS, name), config, CORPUS));
}

/** A file with the corpus findings repeated past several pieces (a thousand messages each). */
function manyFindings(files: VFile[], count: number): VFile {
  const all = files.flatMap((file) => file.messages);
  const file = new VFile({ value: '', path: 'many.txt', cwd: CORPUS });
  for (let i = 0; i < count; i++) {
    const source = all[i % all.length]!;
    const message = file.message(source.reason, { place: source.place, ruleId: source.ruleId, source: source.source });
    message.fatal = source.fatal;
    message.url = source.url;
    if (source.expected) message.expected = source.expected;
    if (source.actual !== undefined) message.actual = source.actual;
  }
  return file;
}

describe('json report in pieces', { timeout: 180_000 }, () => {
  const files = lintedCorpus();
  const runs: [string, VFile[]][] = [
    ['the corpus', files],
    ['2,500 findings in one file between two others', [files[0]!, manyFindings(files, 2500), files[1]!]],
    ['exactly a thousand findings', [manyFindings(files, 1000)]],
    ['no file', []],
  ];

  it.each(runs)('%s: the same text as the whole report, with and without --quiet', (_, run) => {
    expect(files.some((file) => file.messages.some((message) => message.fatal))).toBe(true);
    for (const quiet of [false, true]) {
      const pieces = [...REPORT_PIECES.json!(run, { quiet, color: false })];
      expect(pieces.join('')).toBe(reporterJson(run, { silent: quiet }));
      // No piece holds much more than a thousand messages.
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(1000 * 2000);
    }
  });
});
