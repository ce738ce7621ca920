// A hostile environment: permissions, links, devices, closed pipes, full disks, foreign reports, bad options.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './integration-utils.js';
import { copydesk, shell } from './reliability-utils.js';

const DOUBLED = 'The the cat sat on the mat.\n';
/** As root, permission problems are shown by running as the unprivileged user 65534 (nobody), when that works here. */
const canDropToNobody = process.getuid?.() === 0 && copydesk(['--version'], '/tmp', { user: '65534' }).code === 0;

describe('class 2: --fix writes only where allowed', () => {
  it('refuses a read-only file: exit 2, the file named, nothing changed', () => {
    const dir = tempDir({ 'f.txt': DOUBLED });
    fs.chmodSync(path.join(dir, 'f.txt'), 0o444);
    const run = copydesk(['--fix', 'f.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/f\.txt: not changed: the file is read-only/);
    expect(fs.readFileSync(path.join(dir, 'f.txt'), 'utf8')).toBe(DOUBLED);
    expect(fs.statSync(path.join(dir, 'f.txt')).mode & 0o777).toBe(0o444);
  });

  it('keeps hard links: both names see the fix, one inode, no temporary file left', () => {
    const dir = tempDir({ 'f.txt': DOUBLED });
    fs.linkSync(path.join(dir, 'f.txt'), path.join(dir, 'g.txt'));
    const run = copydesk(['--fix', 'f.txt'], dir);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'g.txt'), 'utf8')).toBe('The cat sat on the mat.\n');
    expect(fs.statSync(path.join(dir, 'f.txt')).nlink).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['f.txt', 'g.txt']);
  });

  it('refuses a file changed while it was linted, keeping the new text', () => {
    const dir = tempDir({ 'f.txt': DOUBLED });
    // A FIFO config would block; instead the file is changed by a second process while the first lints a big neighbour.
    fs.writeFileSync(path.join(dir, 'big.txt'), 'A plain sentence about the weather today.\n'.repeat(20000));
    const script = `$COPYDESK --fix big.txt f.txt > /dev/null 2> err.txt & sleep 0.3; printf 'Appended line.\\n' >> f.txt; wait $!; echo "code=$?"`;
    const run = shell(script, dir, 120);
    const text = fs.readFileSync(path.join(dir, 'f.txt'), 'utf8');
    // Either the append came before the read (then it was linted and fixed) or after (then the fix was refused).
    if (text.startsWith('The the')) {
      expect(run.stdout).toContain('code=2');
      expect(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8')).toMatch(/f\.txt: not changed: the file changed while it was being linted/);
    }
    expect(text).toContain('Appended line.');
  });

  it('removes temporary files a killed run left behind', () => {
    const dir = tempDir({ 'f.txt': DOUBLED, '.f.txt.copydesk-999999-abc.tmp': 'half' });
    const run = copydesk(['--fix', 'f.txt'], dir);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['f.txt']);
  });
});

describe('class 3: links and devices', () => {
  it('globs skip links to outside the project and devices; settings files that link outside are refused', () => {
    const outside = tempDir({ 'secret.md': 'Confidentail secret words.\n' });
    const dir = tempDir({ 'a.md': DOUBLED });
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'x.md'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'z.md'));
    const run = copydesk(['--format', 'json', '**/*.md'], dir, { timeoutSeconds: 60 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((entry: { path: string }) => entry.path)).toEqual(['a.md']);

    fs.symlinkSync('/dev/zero', path.join(dir, '.copydeskrc.json'));
    const config = copydesk(['a.md'], dir, { timeoutSeconds: 60 });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^copydesk: Cannot read config file .*\.copydeskrc\.json: a symbolic link to \/dev\/zero, outside the project/);
  });

  it('a self-referencing link and a device named on the command line get one clear line each', () => {
    const dir = tempDir({ 'a.txt': DOUBLED });
    fs.symlinkSync('self.md', path.join(dir, 'self.md'));
    const self = copydesk(['self.md'], dir, { timeoutSeconds: 60 });
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('self.md: cannot read: a symbolic link that points to itself');
    const device = copydesk(['/dev/zero'], dir, { timeoutSeconds: 60 });
    expect(device.timedOut).toBe(false);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/zero: not read: not a regular file');
  });
});

describe('class 4: output errors', () => {
  it('a closed pipe ends quietly with the exit code of the findings', () => {
    const dir = tempDir({ 'big.txt': DOUBLED.repeat(3000) });
    const warnings = shell('$COPYDESK big.txt | head -1 > /dev/null; echo "code=${PIPESTATUS[0]}"', dir, 120);
    expect(warnings.stdout).toContain('code=0');
    expect(warnings.stderr).toBe('');
    const failing = shell('$COPYDESK --frail big.txt | head -1 > /dev/null; echo "code=${PIPESTATUS[0]}"', dir, 120);
    expect(failing.stdout).toContain('code=1');
    expect(failing.stderr).toBe('');
  });

  it('a full disk is one line and exit 2; --output-file under /proc is refused at once', () => {
    const dir = tempDir({ 'f.txt': DOUBLED });
    const full = shell('$COPYDESK f.txt > /dev/full', dir);
    expect(full.code).toBe(2);
    expect(full.stderr.trim().split('\n')).toEqual(['copydesk: cannot write the report: no space left on the device (ENOSPC)']);
    const proc = copydesk(['--output-file', '/proc/self/x/report.txt', 'f.txt'], dir, { timeoutSeconds: 30 });
    expect(proc.timedOut).toBe(false);
    expect(proc.code).toBe(2);
    expect(proc.stderr).toMatch(/does not go under \/proc or \/sys/);
  });
});

describe('class 6: merge-reports takes only copydesk reports', () => {
  const cases: Record<string, [string, RegExp]> = {
    'eslint.sarif': [JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'eslint' } }, results: [] }] }), /a SARIF log of "eslint", not copydesk/],
    'text-results.sarif': [JSON.stringify({ runs: [{ tool: { driver: { name: 'copydesk' } }, results: 'abc' }] }), /"results" is not a list/],
    'null-run.sarif': [JSON.stringify({ runs: [null] }), /a run has no tool/],
    'negative.sarif': [JSON.stringify({ runs: [{ tool: { driver: { name: 'copydesk' } }, results: [{ ruleId: 'spelling', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' }, region: { startLine: -5 } } }] }] }] }), /1-based start line/],
    'bad-uri.sarif': [JSON.stringify({ runs: [{ tool: { driver: { name: 'copydesk' } }, results: [{ ruleId: 'spelling', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: '%E0%A4%A' } } }] }] }] }), /bad file URI/],
    'null-message.json': [JSON.stringify([{ path: 'a.txt', messages: [null] }]), /a message is not an object/],
    'other-tool.json': [JSON.stringify([{ path: 'a.txt', messages: [{ reason: 'x', source: 'eslint' }] }]), /comes from "eslint", not copydesk/],
  };
  it.each(Object.keys(cases))('%s: exit 2 naming the file and the problem', (name) => {
    const [content, problem] = cases[name]!;
    const dir = tempDir({ [name]: content });
    const run = copydesk(['merge-reports', name], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(name);
    expect(run.stderr).toMatch(problem);
    expect(run.stdout).toBe('');
  });
});

describe('class 7: degrade, do not abort', () => {
  it('a cache path that is a file warns once and the report is complete', () => {
    const dir = tempDir({ 'f.txt': DOUBLED, 'cachefile': 'not a folder' });
    const run = copydesk(['--cache', '--cache-location', 'cachefile', 'f.txt'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('repeated');
    expect(run.stderr.match(/the cache was not written/g)).toHaveLength(1);
  });

  it('a .gitignore that is a folder is skipped with a warning', () => {
    const dir = tempDir({ 'docs/a.txt': DOUBLED, '.gitignore/x': '' });
    const run = copydesk(['docs'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('repeated');
    expect(run.stderr).toMatch(/\.gitignore: skipped: is a folder/);
  });

  it.runIf(canDropToNobody)('an unreadable subfolder and an unreadable cache are reported after the report of the rest (exit 2)', () => {
    const dir = tempDir({ 'docs/a.txt': DOUBLED, 'docs/locked/b.txt': DOUBLED });
    fs.chmodSync(dir, 0o777);
    for (const folder of ['docs', 'docs/locked']) fs.chmodSync(path.join(dir, folder), 0o755);
    fs.chmodSync(path.join(dir, 'docs', 'a.txt'), 0o644);
    fs.chmodSync(path.join(dir, 'docs/locked'), 0o700);
    fs.mkdirSync(path.join(dir, 'cache'), { mode: 0o555 });
    const run = copydesk(['--cache', '--cache-location', 'cache', 'docs'], dir, { user: '65534' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('a.txt');
    expect(run.stderr).toMatch(/locked: cannot read the folder: permission denied/);
    expect(run.stderr).toMatch(/the cache was not written/);
  });
});

describe('classes 8-10: caps and validation', () => {
  it('--jobs is capped at the cores, said once', () => {
    const dir = tempDir({ 'a.txt': DOUBLED, 'b.txt': DOUBLED });
    const run = copydesk(['--jobs', '99999999999999999999', 'a.txt', 'b.txt'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr.match(/is more than the \d+ cores here: using \d+ threads/g)).toHaveLength(1);
  });

  it.each(['1/99999999999999999999', '0/2', '3/2', '1.5/2', 'x'])('--shard %s is a usage error', (shard) => {
    const run = copydesk(['--shard', shard, 'a.txt'], tempDir({ 'a.txt': DOUBLED }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^copydesk: --shard takes/);
  });

  it.each([
    ['{"rules":{"spelling":{"toString":1}}}', '.copydeskrc.json', /Unknown option "toString"/],
    ['{"rules":{"spelling":{"constructor":1}}}', '.copydeskrc.json', /Unknown option "constructor"/],
    ['{"rules":{"spelling":{"__proto__":1}}}', '.copydeskrc.json', /Unknown option "__proto__"/],
    ['{"rules":{"name-consistency":{"minOccurrences":1e400}}}', '.copydeskrc.json', /got Infinity \(not a finite number\)/],
    ['rules:\n  spelling: !custom off\n', '.copydeskrc.yaml', /the tag !custom is not allowed/],
    ['words: !!js/function "x"\n', '.copydeskrc.yaml', /the tag !!js\/function is not allowed/],
    ['words: !!binary aGVsbG8=\n', '.copydeskrc.yaml', /the tag !!binary is not allowed/],
  ])('config %s: one line, exit 2', (content, name, problem) => {
    const dir = tempDir({ 'a.txt': DOUBLED, [name]: content });
    const run = copydesk(['a.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(problem);
  });

  it('a NUL byte past the first 8 KB is binary; UTF-16 without a BOM is named', () => {
    const late = Buffer.concat([Buffer.from('A sentence.\n'.repeat(1000)), Buffer.from([0]), Buffer.from('tail\n')]);
    const utf16 = Buffer.from('A plain sentence in UTF-16.\n', 'utf16le');
    const dir = tempDir({ 'late.txt': late, 'wide.txt': utf16 });
    const run = copydesk(['late.txt', 'wide.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/late\.txt: binary file, not text \(it contains a NUL byte at offset 12000\)/);
    expect(run.stderr).toMatch(/wide\.txt: looks like UTF-16LE text without a byte-order mark/);
  });
});
