// Folders of many small documents cut from the bench text, for --jobs and the cross-file scaling runs.
import fs from 'node:fs';
import path from 'node:path';
import { BENCH_DIR } from './text.js';

/** Writes (once) `count` files of `paragraphsEach` consecutive paragraphs, taken at even steps through `textFile`. */
export function smallFiles(textFile: string, count: number, paragraphsEach: number): string {
  const dir = path.join(BENCH_DIR, `${path.basename(textFile, '.txt')}-${count}x${paragraphsEach}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === count) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const paragraphs = fs.readFileSync(textFile, 'utf8').split('\n\n');
  const step = Math.max(paragraphsEach, Math.floor(paragraphs.length / count));
  for (let i = 0; i < count; i++) {
    const part = Array.from({ length: paragraphsEach }, (_, j) => paragraphs[(i * step + j) % paragraphs.length]!.trim());
    fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(5, '0')}.txt`), part.join('\n\n') + '\n');
  }
  return dir;
}

/** Splits a text into `count` files of about equal size, at paragraph breaks. */
export function splitFiles(textFile: string, count: number): string {
  const dir = path.join(BENCH_DIR, `${path.basename(textFile, '.txt')}-split${count}`);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length === count) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const paragraphs = fs.readFileSync(textFile, 'utf8').split('\n\n');
  const each = Math.ceil(paragraphs.length / count);
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(dir, `part-${String(i).padStart(4, '0')}.txt`), paragraphs.slice(i * each, (i + 1) * each).join('\n\n').trim() + '\n');
  }
  return dir;
}
