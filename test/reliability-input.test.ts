// Hostile documents: long tokens, deep Markdown, control characters, huge lines. No hang, no crash,
// exit 0 or 1, every position inside its document. Time limits are loose hang guards, not speed tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './integration-utils.js';
import { copydesk, seeded } from './reliability-utils.js';

interface Place {
  line: number;
  column: number;
  offset?: number;
}
interface JsonMessage {
  reason: string;
  ruleId?: string;
  fatal?: boolean | null;
  place?: { start: Place; end: Place } | Place;
}

function lintJson(dir: string, files: string[], timeoutSeconds: number) {
  const run = copydesk(['--format', 'json', ...files], dir, { timeoutSeconds });
  expect(run.timedOut, `timed out: ${files.join(' ')}`).toBe(false);
  expect(run.stderr).not.toMatch(/internal error|at .+\.js:\d+/);
  expect([0, 1]).toContain(run.code);
  return { run, report: JSON.parse(run.stdout) as { path: string; messages: JsonMessage[] }[] };
}

/** Every message's place lies inside its document. */
function expectPlacesInside(dir: string, report: { path: string; messages: JsonMessage[] }[]): void {
  for (const entry of report) {
    const text = fs.readFileSync(path.join(dir, entry.path), 'utf8');
    const lines = text.split(/\r\n|\r|\n/);
    for (const message of entry.messages) {
      const place = message.place;
      if (!place) continue;
      for (const point of 'start' in place ? [place.start, place.end] : [place]) {
        expect(point.line, `${entry.path}: ${message.reason}`).toBeGreaterThanOrEqual(1);
        expect(point.line).toBeLessThanOrEqual(lines.length);
        expect(point.column).toBeGreaterThanOrEqual(1);
        expect(point.column).toBeLessThanOrEqual(lines[point.line - 1]!.length + 1);
        if (point.offset !== undefined) expect(point.offset).toBeLessThanOrEqual(text.length);
      }
    }
  }
}

describe('class 1: long words', () => {
  it('lints a 100,000-letter word without suggestions or edit search, and still reports the other words', () => {
    const dir = tempDir({ 'w.txt': `The word ${'a'.repeat(100_000)} is long, and the the word is doubled.\n` });
    const { report } = lintJson(dir, ['w.txt'], 90);
    const messages = report[0]!.messages;
    expect(messages.map((message) => message.ruleId)).toContain('repeated-words');
    expect(messages.every((message) => !String(message.reason).includes('aaaa'))).toBe(true);
  });

  it('lints many distinct 40-to-128-letter tokens (hashes, base64) without suggestions for them', () => {
    const random = seeded(7);
    const word = (length: number) => Array.from({ length }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]).join('');
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} holds ${word(41 + (i % 88))} and nothing else.`).join('\n') + '\n';
    const dir = tempDir({ 'h.txt': text });
    const { report } = lintJson(dir, ['h.txt'], 90);
    expect(report[0]!.messages.filter((message) => message.ruleId === 'spelling')).toEqual([]);
  });
});

describe('class 5: deep and heavy Markdown', () => {
  const cases: Record<string, string> = {
    'quotes.md': `${'>'.repeat(5000)} deep\n\nThe the end.\n`,
    'dashes.md': `${'- '.repeat(5000)}deep\n\nThe the end.\n`,
    'indented.md': Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n') + '\n\nThe the end.\n',
    'growing.md': Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i)} line`).join('\n') + '\n\nThe the end.\n',
    'brackets.md': `${'['.repeat(5000)}x${']'.repeat(5000)}\n\nThe the end.\n`,
  };
  it.each(Object.keys(cases))('%s: read as plain text with a note, the rest linted as Markdown', (name) => {
    const dir = tempDir({ [name]: cases[name]! });
    const { report } = lintJson(dir, [name], 90);
    const messages = report[0]!.messages;
    expect(messages.some((message) => message.ruleId === 'markdown-limit' && message.fatal == null)).toBe(true);
    expect(messages.some((message) => message.ruleId === 'repeated-words')).toBe(true);
    expectPlacesInside(dir, report);
  });

  it('100,000 numbered items and 2,000 backtick runs finish, with every position inside', () => {
    const dir = tempDir({
      'numbered.md': Array.from({ length: 100_000 }, (_, i) => `${i}. item ${i}`).join('\n') + '\n',
      'ticks.md': Array.from({ length: 2000 }, (_, i) => `${'`'.repeat((i % 50) + 1)}x`).join(' ') + '\n',
    });
    const { report } = lintJson(dir, ['numbered.md', 'ticks.md'], 180);
    expectPlacesInside(dir, report);
  });

  it('leaves an ordinary document exactly as before: no note', () => {
    const dir = tempDir({ 'ok.md': '# Title\n\n- one\n  - two\n\n> quoted *text* and [a link](https://example.com)\n\nThe the end.\n' });
    const { report } = lintJson(dir, ['ok.md'], 60);
    expect(report[0]!.messages.map((message) => message.ruleId)).toEqual(['repeated-words']);
  });
});

/** A generated hostile document of about `size` characters. */
function hostileDocument(seed: number, size: number): string {
  const random = seeded(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const letters = (length: number) => Array.from({ length }, () => pick([...'abcdefghijklmnopqrstuvwxyzABCDEFXYZ'])).join('');
  const pieces: (() => string)[] = [
    () => `The minister said the the plan ${letters(3 + Math.floor(random() * 8))} would work.`,
    () => letters(40 + Math.floor(random() * 3000)),
    () => '>'.repeat(Math.floor(random() * 200)) + ' quoted',
    () => '- '.repeat(Math.floor(random() * 200)) + 'item',
    () => '  '.repeat(Math.floor(random() * 100)) + '* nested',
    () => pick(['*', '_', '[', ']', '`', '\\*', '![a](', '<!--', '```']).repeat(Math.floor(random() * 600)),
    () => Array.from({ length: 20 }, () => String.fromCharCode(1 + Math.floor(random() * 31))).join(''),
    () => pick(['\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u0301', '😀', '\u00ad']).repeat(1 + Math.floor(random() * 50)) + 'Word',
    () => ' '.repeat(Math.floor(random() * 5000)) + '-' + ' '.repeat(Math.floor(random() * 5000)),
    () => Array.from({ length: 2000 }, () => letters(1 + Math.floor(random() * 9))).join(' '),
    () => pick(['\r\n', '\r', '\n\n\n', '\t\t']),
    () => `Pham Minh Chinh met Pham Minh Trung and ${letters(12)} ${letters(12)}.`,
  ];
  let text = '';
  while (text.length < size) text += pieces[Math.floor(random() * pieces.length)]!() + pick(['\n', '\n\n', ' ', '']);
  return text;
}

describe('property: generated hostile documents', () => {
  const seeds = [1, 2, 3, 4];
  it.each(seeds)('seed %i: plain text and Markdown, exit 0 or 1, every position inside, within 20 s per 200 KB', (seed) => {
    const text = hostileDocument(seed, 200_000);
    const dir = tempDir({ 'doc.txt': text, 'doc.md': text });
    // A loose bound (a hang guard on a shared machine): 20 s per 200 KB per file, plus start-up and the bounded dictionary searches of each document.
    const { report } = lintJson(dir, ["doc.txt", "doc.md"], 2 * 20 + 80);
    expect(report.map((entry) => entry.path).sort()).toEqual(['doc.md', 'doc.txt']);
    expectPlacesInside(dir, report);
  });
});
