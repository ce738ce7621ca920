// --fix: apply the safe fixes rules offer, write atomically, or show them as a unified diff.
import crypto from 'node:crypto';
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

/** A file --fix must not change: reported for that file (exit 2), nothing written. */
export class FixRefused extends Error {
  override name = 'FixRefused';
}

export function digestOf(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * Whether this process may change the file, by its mode bits and owner: root may write only where some
 * write bit is set (a read-only file stays read-only), others by the owner, group or other bits.
 */
function mayWrite(stat: fs.Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (stat.mode & 0o222) !== 0;
  if (uid === 0) return (stat.mode & 0o222) !== 0;
  if (stat.uid === uid) return (stat.mode & 0o200) !== 0;
  if (stat.gid === process.getgid?.() || (process.getgroups?.() ?? []).includes(stat.gid)) return (stat.mode & 0o020) !== 0;
  return (stat.mode & 0o002) !== 0;
}

/** Temporary files being written now: removed on any exit this process sees. */
const liveTemps = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const temp of liveTemps) fs.rmSync(temp, { force: true });
  });
}

const TEMP_MARK = '.copydesk-';

/** Removes temporary files an earlier run left beside `target` when it was killed (its process is gone). */
function removeStaleTemps(target: string): void {
  const prefix = `.${path.basename(target)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('-')[0]) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    fs.rmSync(path.join(path.dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes the fixed bytes of a file after checking that this process may change it and that it still holds
 * what was read (digest `expected`). A file with one link, owned by this user, is replaced atomically (a
 * temporary file beside it, then a rename; mode kept); a hard-linked file or one owned by another user
 * is rewritten in place, so that its links, owner and mode stay.
 */
export function writeFixes(filePath: string, bytes: Uint8Array, expected: string | undefined): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(filePath);
    stat = fs.statSync(target);
  } catch (error) {
    throw new FixRefused(`cannot write the fixes: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!stat.isFile()) throw new FixRefused('cannot write the fixes: not a regular file');
  if (!mayWrite(stat)) throw new FixRefused(`not changed: the file is read-only for this user (mode ${(stat.mode & 0o777).toString(8)})`);
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new FixRefused('not changed: permission denied');
  }
  if (expected !== undefined && digestOf(fs.readFileSync(target)) !== expected) {
    throw new FixRefused('not changed: the file changed while it was being linted (run copydesk --fix again)');
  }
  removeStaleTemps(target);
  if (stat.nlink > 1 || stat.uid !== (process.getuid?.() ?? stat.uid)) {
    writeInPlace(target, bytes);
    return;
  }
  installCleanup();
  const temp = path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARK}${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  liveTemps.add(temp);
  try {
    fs.writeFileSync(temp, bytes, { mode: stat.mode & 0o7777, flag: 'wx' });
    fs.chmodSync(temp, stat.mode & 0o7777);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
}

function writeInPlace(target: string, bytes: Uint8Array): void {
  const fd = fs.openSync(target, 'r+');
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, 0);
    fs.ftruncateSync(fd, bytes.length);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Runs `write` (synchronous) with SIGINT, SIGTERM and SIGHUP held: a signal that arrives meanwhile ends the
 * process after it, so a temporary file is never left half-written or behind.
 */
export async function withSignalsHeld(write: () => void): Promise<void> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals): void => {
    received ??= signal;
  };
  for (const signal of signals) process.on(signal, hold);
  try {
    write();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    for (const signal of signals) process.off(signal, hold);
  }
  if (received) process.kill(process.pid, received);
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
