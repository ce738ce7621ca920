// --fix and --fix-dry-run from the real CLI: safe fixes only, atomic writes, encodings and line endings kept.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.js';
import { tempDir } from './integration-utils.js';

const CRLF = 'Officials said the the talks went well.\r\nThe ministers met in theGovernment office.\r\n';
const CRLF_FIXED = 'Officials said the talks went well.\r\nThe ministers met in the Government office.\r\n';
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It is a a test of the the fixer.\n', 'utf16le')]);
const UTF16_FIXED = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It is a test of the fixer.\n', 'utf16le')]);
const BOM = Buffer.from('\uFEFFAnd and then the vote.\n', 'utf8');
const BOM_FIXED = Buffer.from('\uFEFFAnd then the vote.\n', 'utf8');

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')]));
}

describe('--fix', { timeout: 180_000 }, () => {
  it('applies safe fixes in place, keeping CRLF, BOM and UTF-16, and reports what is left', () => {
    const dir = tempDir({ 'crlf.txt': CRLF, 'utf16.txt': UTF16, 'bom.txt': BOM, 'clean.txt': 'Nothing to fix here.\n' });
    const cleanBefore = fs.statSync(path.join(dir, 'clean.txt'));
    const result = cli(['--fix', '--format', 'json', '.'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'crlf.txt'), 'utf8')).toBe(CRLF_FIXED);
    expect(fs.readFileSync(path.join(dir, 'utf16.txt'))).toEqual(UTF16_FIXED);
    expect(fs.readFileSync(path.join(dir, 'bom.txt'))).toEqual(BOM_FIXED);
    // Untouched files are not rewritten, and no temporary file is left behind.
    expect(fs.statSync(path.join(dir, 'clean.txt')).mtimeMs).toBe(cleanBefore.mtimeMs);
    expect(fs.readdirSync(dir).sort()).toEqual(['bom.txt', 'clean.txt', 'crlf.txt', 'utf16.txt']);
    // The report describes the fixed text: nothing fixable remains.
    const report = JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[];
    expect(report.flatMap((entry) => entry.messages.map((m) => m.ruleId))).not.toContain('repeated-words');
    // Worker threads fix the same way.
    const threaded = tempDir({ 'crlf.txt': CRLF, 'utf16.txt': UTF16, 'bom.txt': BOM, 'clean.txt': 'Nothing to fix here.\n' });
    expect(cli(['--fix', '--jobs', '2', '--format', 'json', '.'], { cwd: threaded }).stdout).toBe(result.stdout.replaceAll(dir, threaded));
    expect(snapshot(threaded)).toEqual(snapshot(dir));
  });

  it('is idempotent: a second run changes no byte and rewrites no file', () => {
    const dir = tempDir({ 'crlf.txt': CRLF, 'story.txt': fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'constructed', 'spelling-wire-copy-typos.txt')) });
    expect(cli(['--fix', '.'], { cwd: dir }).code).not.toBe(2);
    const once = snapshot(dir);
    const inode = fs.statSync(path.join(dir, 'crlf.txt')).ino;
    cli(['--fix', '.'], { cwd: dir });
    expect(snapshot(dir)).toEqual(once);
    expect(fs.statSync(path.join(dir, 'crlf.txt')).ino).toBe(inode);
    expect(cli(['--fix-dry-run', '.'], { cwd: dir }).stdout).toBe('');
  });

  it('replaces the file atomically (a new inode, the old mode kept)', () => {
    const dir = tempDir({ 'a.txt': CRLF });
    fs.chmodSync(path.join(dir, 'a.txt'), 0o640);
    const before = fs.statSync(path.join(dir, 'a.txt'));
    cli(['--fix', 'a.txt'], { cwd: dir });
    const after = fs.statSync(path.join(dir, 'a.txt'));
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
  });

  it('fixes a real news story: glued words split, everything else left as written', () => {
    const source = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'constructed', 'spelling-wire-copy-typos.txt'), 'utf8');
    const dir = tempDir({ 'story.txt': source });
    cli(['--fix', 'story.txt'], { cwd: dir });
    const fixed = fs.readFileSync(path.join(dir, 'story.txt'), 'utf8');
    expect(fixed).toContain('the Government');
    expect(fixed).not.toContain('theGovernment');
    // Misspellings without a safe fix stay for a person to decide.
    expect(fixed).toContain('recieved');
    expect(fixed.split('\n').length).toBe(source.split('\n').length);
  });

  it('refuses standard input and the combination with --fix-dry-run, with one clear line', () => {
    for (const args of [['--fix', '-'], ['--fix', '--fix-dry-run', '.']]) {
      const result = cli(args, { input: CRLF });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('--fix-dry-run', { timeout: 180_000 }, () => {
  it('prints a unified diff that patch applies, and writes nothing', () => {
    const files = { 'crlf.txt': CRLF, 'bom.txt': BOM, 'clean.txt': 'Nothing to fix here.\n' };
    const dir = tempDir(files);
    const before = snapshot(dir);
    const result = cli(['--fix-dry-run', '.'], { cwd: dir });
    expect(snapshot(dir)).toEqual(before);
    expect(result.stdout).toContain('--- a/crlf.txt\n+++ b/crlf.txt\n@@ -1,2 +1,2 @@\n-Officials said the the talks went well.\r\n');
    expect(result.stdout).not.toContain('clean.txt');
    const patched = spawnSync('patch', ['-p1', '--binary'], { cwd: dir, input: result.stdout, encoding: 'utf8' });
    expect(patched.status).toBe(0);
    const fixedDir = tempDir(files);
    cli(['--fix', '.'], { cwd: fixedDir });
    expect(snapshot(dir)).toEqual(snapshot(fixedDir));
  });

  it('shows the fixes for standard input too', () => {
    const result = cli(['--fix-dry-run', '-', '--stdin-filename', 'note.md'], { input: '# Note\n\nWe we agreed.\n' });
    expect(result.stdout).toBe('--- a/note.md\n+++ b/note.md\n@@ -1,3 +1,3 @@\n # Note\n \n-We we agreed.\n+We agreed.\n');
  });
});
