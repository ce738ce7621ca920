// --fix: apply the safe fixes rules offer, write atomically, or show them as a unified diff.
import fs from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';

export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** The fixes of the file's remaining messages, in document order. */
export function fixesOf(file: VFile): Fix[] {
  const fixes = file.data.fixes;
  if (!fixes) return [];
  return file.messages
    .map((message) => fixes.get(message))
    .filter((fix): fix is Fix => fix !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies the fixes that do not overlap an earlier one; returns the new text and how many were applied. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  let out = '';
  let at = 0;
  let applied = 0;
  for (const fix of fixes) {
    // Touching fixes count as overlapping: two edits at one spot could merge words.
    if (fix.start < at || (applied > 0 && fix.start === at) || fix.end > text.length || fix.start > fix.end) continue;
    out += text.slice(at, fix.start) + fix.text;
    at = fix.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

const MAX_PASSES = 10;

/**
 * Lints, applies the safe fixes and lints the result again until nothing more can be fixed
 * (overlapping fixes wait for the next pass). Returns the file of the final text.
 */
export function lintAndFix(text: string, lint: (text: string) => VFile): { file: VFile; text: string; applied: number } {
  let file = lint(text);
  let total = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: next, applied } = applyFixes(text, fixesOf(file));
    if (applied === 0 || next === text) break;
    total += applied;
    text = next;
    file = lint(text);
  }
  return { file, text, applied: total };
}

/** Replaces a file's bytes atomically: a temporary file in the same folder, then a rename. Keeps the mode. */
export function writeAtomic(filePath: string, bytes: Uint8Array): void {
  const target = fs.realpathSync(filePath);
  const mode = fs.statSync(target).mode;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { mode });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Splits text into lines, each keeping its line ending. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

type Op = [' ' | '-' | '+', string];

/** Myers' shortest edit script over lines. */
function diffLines(a: string[], b: string[]): Op[] {
  const max = a.length + b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  const prevKOf = (row: Int32Array, k: number, d: number): number =>
    k === -d || (k !== d && row[offset + k - 1]! < row[offset + k + 1]!) ? k + 1 : k - 1;
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = prevKOf(v, k, d) === k + 1 ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) break search;
    }
  }
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const row = trace[d]!;
    const k = x - y;
    const prevK = prevKOf(row, k, d);
    const prevX = row[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push([' ', a[x]!]);
    }
    if (d > 0) ops.push(x === prevX ? ['+', b[prevY]!] : ['-', a[prevX]!]);
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function showLine(sign: string, line: string): string {
  return line.endsWith('\n') ? `${sign}${line}` : `${sign}${line}\n\\ No newline at end of file\n`;
}

/** A unified diff (3 lines of context) that `git apply` and `patch -p1` accept. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(linesOf(before), linesOf(after));
  const context = 3;
  const changed = ops.map((op, i) => (op[0] !== ' ' ? i : -1)).filter((i) => i >= 0);
  const posix = name.split(path.sep).join('/');
  let out = `--- a/${posix}\n+++ b/${posix}\n`;
  let i = 0;
  while (i < changed.length) {
    const first = Math.max(0, changed[i]! - context);
    let last = changed[i]!;
    while (i + 1 < changed.length && changed[i + 1]! - last <= 2 * context) last = changed[++i]!;
    i++;
    const end = Math.min(ops.length - 1, last + context);
    let oldStart = 1;
    let newStart = 1;
    for (let j = 0; j < first; j++) {
      if (ops[j]![0] !== '+') oldStart++;
      if (ops[j]![0] !== '-') newStart++;
    }
    const hunk = ops.slice(first, end + 1);
    const oldCount = hunk.filter((op) => op[0] !== '+').length;
    const newCount = hunk.filter((op) => op[0] !== '-').length;
    out += `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@\n`;
    for (const [sign, line] of hunk) out += showLine(sign, line);
  }
  return out;
}
