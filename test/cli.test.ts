// The real CLI as a subprocess: inputs, formats, exit codes, configuration and odd files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const DOUBLED = 'Officials said the the talks in Hanoi went well.\n';

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function expectCleanError(result: { code: number | null; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('copydesk CLI', () => {
  it('prints its version and help', () => {
    expect(cli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
  });

  it('reports the shipped corpus with vfile-reporter', () => {
    const result = cli(['corpus']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('corpus/000_b26d12ed39113007.txt');
    expect(result.stdout).toContain('corpus/001_ca7f08b1c78a5a54.txt');
  });

  it('reports real findings with place, rule and exit code', () => {
    const dir = tempDir({ 'a.txt': DOUBLED });
    const warn = cli(['a.txt'], { cwd: dir });
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/1:16-1:23\s+warning\s+Word "the" is repeated\s+repeated-words\s+copydesk/);
    expect(cli(['--rule', 'repeated-words=error', 'a.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['--frail', 'a.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['--max-warnings', '0', 'a.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['--max-warnings', '1', 'a.txt'], { cwd: dir }).code).toBe(0);
    expect(cli(['--rule', 'repeated-words=off', '--frail', 'a.txt'], { cwd: dir }).code).toBe(0);
    const quiet = cli(['--quiet', '--frail', 'a.txt'], { cwd: dir });
    expect(quiet.stdout).not.toContain('repeated');
    expect(quiet.code).toBe(0);
  });

  it('prints JSON in vfile-reporter-json shape, one entry per file', () => {
    const dir = tempDir({ 'a.txt': DOUBLED, 'b.md': '# Title\n\nNothing wrong here.\n' });
    const result = cli(['--format', 'json', '.'], { cwd: dir });
    const report = JSON.parse(result.stdout) as { path: string; messages: { ruleId: string; place: unknown; expected: string[]; url: string }[] }[];
    expect(report.map((entry) => entry.path)).toEqual(['a.txt', 'b.md']);
    const [message] = report[0]!.messages;
    expect(message).toMatchObject({
      ruleId: 'repeated-words',
      source: 'copydesk',
      fatal: false,
      actual: 'the the',
      expected: ['the'],
      place: { start: { line: 1, column: 16, offset: 15 }, end: { line: 1, column: 23, offset: 22 } },
    });
    expect(message!.url).toMatch(/rules\/repeated-words\/README\.md$/);
  });

  it('reads standard input, named by --stdin-filename', () => {
    const result = cli(['-', '--stdin-filename', 'note.md'], { input: '`the the` is code.\n\nBut the the is prose.\n' });
    expect(result.stdout).toContain('note.md');
    expect(result.stdout).toContain('3:5-3:12');
    expect(result.stdout).not.toContain('1:2');
  });

  it('fails clearly on a missing file, an unknown option and a bad flag value', () => {
    expectCleanError(cli(['missing.txt']), /missing\.txt: cannot read: no such file/);
    expectCleanError(cli(['--bogus']), /Unknown option '--bogus'/);
    expectCleanError(cli(['--max-warnings', 'many', 'corpus']), /--max-warnings takes a whole number/);
    expectCleanError(cli(['--rule', 'no-such-rule=warn', 'corpus']), /Unknown rule "no-such-rule"/);
    expectCleanError(cli(['--format', 'xml', 'corpus']), /Unknown format "xml"/);
  });

  it('rejects binary files and invalid UTF-8 with exit 2, and still lints the other files', () => {
    const dir = tempDir({
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      'latin1.txt': Buffer.from('Caf\xe9 society.\n', 'latin1'),
      'good.txt': DOUBLED,
    });
    const result = cli(['binary.txt', 'latin1.txt', 'good.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/binary\.txt: binary file/);
    expect(result.stderr).toMatch(/latin1\.txt: not valid UTF-8 text \(bad byte at offset 3\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toContain('good.txt');
  });

  it('lints empty files, Windows line endings, a BOM and UTF-16 cleanly with right positions', () => {
    const dir = tempDir({
      'empty.txt': '',
      'crlf.txt': 'First line is fine.\r\nSecond has a a slip.\r\n',
      'bom.txt': '\uFEFFThe the start.\n',
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('It is a a test.\n', 'utf16le')]),
    });
    const result = cli(['--format', 'json', '.'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { path: string; messages: { place: { start: { line: number; column: number } } }[] }[];
    const at = (name: string) => report.find((entry) => entry.path === name)!.messages.map((m) => `${m.place.start.line}:${m.place.start.column}`);
    expect(at('empty.txt')).toEqual([]);
    expect(at('crlf.txt')).toEqual(['2:12']);
    expect(at('bom.txt')).toEqual(['1:1']);
    expect(at('utf16.txt')).toEqual(['1:7']);
  });

  it('walks folders for .txt/.md/.markdown, honouring .gitignore and .copydeskignore', () => {
    const dir = tempDir({
      'docs/a.md': DOUBLED,
      'docs/b.markdown': DOUBLED,
      'docs/c.html': DOUBLED,
      'drafts/d.txt': DOUBLED,
      'docs/old/e.txt': DOUBLED,
      'node_modules/x/f.txt': DOUBLED,
      '.gitignore': 'drafts/\n',
      'docs/.copydeskignore': 'old\n',
    });
    const report = JSON.parse(cli(['--format', 'json', '.'], { cwd: dir }).stdout) as { path: string }[];
    expect(report.map((entry) => entry.path)).toEqual([path.join('docs', 'a.md'), path.join('docs', 'b.markdown')]);
    expectCleanError(cli(['**/*.txt'], { cwd: dir }), /No files match "\*\*\/\*\.txt"/);
    const globbed = JSON.parse(cli(['--format', 'json', 'docs/**/*.md'], { cwd: dir }).stdout) as { path: string }[];
    expect(globbed.map((entry) => entry.path)).toEqual([path.join('docs', 'a.md')]);
    // An ignored folder named on the command line: say why nothing was found; named files are linted.
    expectCleanError(cli(['drafts'], { cwd: dir }), /No \.txt, \.md or \.markdown files found in folder "drafts": the folder is ignored by a \.gitignore or \.copydeskignore above it/);
    const named = JSON.parse(cli(['--format', 'json', 'drafts/d.txt'], { cwd: dir }).stdout) as { path: string }[];
    expect(named.map((entry) => entry.path)).toEqual([path.join('drafts', 'd.txt')]);
  });

  it('finds configuration upwards: JSON, YAML and package.json', () => {
    const json = tempDir({ '.copydeskrc.json': '{"rules": {"repeated-words": "error"}}', 'sub/a.txt': DOUBLED });
    expect(cli(['sub/a.txt'], { cwd: json }).code).toBe(1);
    const yaml = tempDir({ '.copydeskrc.yaml': 'rules:\n  repeated-words: [error, {allow: [the]}]\n', 'a.txt': DOUBLED });
    expect(cli(['a.txt'], { cwd: yaml }).stdout).not.toContain('repeated');
    const pkg = tempDir({ 'package.json': '{"name": "x", "copydesk": {"rules": {"repeated-words": "off"}}}', 'a.txt': DOUBLED });
    expect(cli(['a.txt'], { cwd: pkg }).stdout).not.toContain('repeated');
    const explicit = tempDir({ 'conf.json': '{"rules": {"repeated-words": 2}}', 'a.txt': DOUBLED });
    expect(cli(['--config', 'conf.json', 'a.txt'], { cwd: explicit }).code).toBe(1);
  });

  it('rejects bad configuration clearly and never loads code from it', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ '.copydeskrc.json': '{"rules": {"nope": "warn"}}' }, /Unknown rule "nope"/],
      [{ '.copydeskrc.json': '{"rules": {"repeated-words": ["warn", {"allow": 3}]}}' }, /Bad value for option "allow" of rule "repeated-words"/],
      [{ '.copydeskrc.json': '{"rules": {"repeated-words": ["warn", {"colour": 1}]}}' }, /Unknown option "colour"/],
      [{ '.copydeskrc.json': '{"rules": {"repeated-words": "loud"}}' }, /Bad severity for rule "repeated-words"/],
      [{ '.copydeskrc.json': '{"plugins": ["./evil.js"]}', 'evil.js': 'require("fs").writeFileSync("pwned", "")' }, /plugin "\.\/evil\.js" is not an npm package name/],
      [{ '.copydeskrc.json': '{"rules": ' }, /is not valid JSON/],
      [{ '.copydeskrc.yaml': 'rules: [' }, /is not valid YAML/],
    ];
    for (const [files, pattern] of cases) {
      const dir = tempDir({ ...files, 'a.txt': DOUBLED });
      expectCleanError(cli(['a.txt'], { cwd: dir }), pattern);
      expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
    }
  });

  it('never modifies its input', () => {
    const dir = tempDir({ 'a.txt': DOUBLED });
    const before = fs.statSync(path.join(dir, 'a.txt')).mtimeMs;
    cli(['a.txt'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(DOUBLED);
    expect(fs.statSync(path.join(dir, 'a.txt')).mtimeMs).toBe(before);
  });
});
