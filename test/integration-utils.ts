// Shared set-up for the integration tests: temporary folders of real text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './helpers.js';

export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-int-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The shipped corpus documents (real machine-translated news). */
export function corpusTexts(): Record<string, string> {
  const folder = path.join(ROOT, 'corpus');
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

/** Many files built from the corpus paragraphs, in nested folders, so that runs have real work to split. */
export function manyFiles(count: number): Record<string, string> {
  const paragraphs = Object.values(corpusTexts()).flatMap((text) => text.split(/\n+/).filter((line) => line.trim().length > 40));
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const picked = [0, 1, 2].map((k) => paragraphs[(i * 3 + k * 7) % paragraphs.length]!);
    files[`part-${i % 4}/doc-${String(i).padStart(3, '0')}.${i % 5 === 0 ? 'md' : 'txt'}`] = picked.join('\n\n') + '\n';
  }
  return files;
}

export interface JsonEntry {
  path: string;
  messages: { ruleId: string; reason: string; fatal: boolean | null; line: number; column: number; place: { start: { line: number; column: number }; end: { line: number; column: number } } }[];
}
