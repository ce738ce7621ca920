// --jobs, --cache, --shard, merge-reports and the progress bar, from the real CLI on many real paragraphs.
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli } from './helpers.js';
import { manyFiles, tempDir, type JsonEntry } from './integration-utils.js';

const CROSS_FILE = '{"rules": {"duplicate-paragraph": ["warn", {"crossFile": true}]}}';
let dir: string;

beforeAll(() => {
  dir = tempDir({ ...manyFiles(60), '.copydeskrc.json': CROSS_FILE, 'single-file.json': '{"rules": {"name-consistency": "off"}}' });
});

const debug = { COPYDESK_DEBUG: '1' };

describe('--jobs', { timeout: 240_000 }, () => {
  it('gives the same report, in the same order, as one thread, cross-file checks included', () => {
    const one = cli(['--jobs', '1', '--format', 'json', '.'], { cwd: dir, env: debug });
    const two = cli(['--jobs', '2', '--format', 'json', '.'], { cwd: dir, env: debug });
    expect(one.stderr).toContain('60 linted, 0 from cache, 1 job');
    expect(two.stderr).toContain('60 linted, 0 from cache, 2 jobs (analysis in a worker, rules here)');
    expect(two.stdout).toBe(one.stdout);
    // Three threads lint whole files (the main thread and two workers sharing word decisions).
    const three = cli(['--jobs', '3', '--format', 'json', '.'], { cwd: dir, env: debug });
    // --jobs is capped at the cores: on a machine with fewer than 3, 3 threads become as many as there are cores.
    const threads = Math.min(3, os.availableParallelism());
    expect(three.stderr).toContain(`60 linted, 0 from cache, ${threads} jobs${threads === 2 ? ' (analysis in a worker, rules here)' : ''}\n`);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout) as JsonEntry[];
    expect(report.map((entry) => entry.path)).toEqual(Object.keys(manyFiles(60)).sort((a, b) => (a < b ? -1 : 1)));
    // Paragraphs repeat across these files: the cross-file check saw the workers' results.
    expect(report.flatMap((entry) => entry.messages).some((m) => m.ruleId === 'duplicate-paragraph' && /at part-\d\/doc-\d+\.(txt|md):\d+:\d+/.test(m.reason))).toBe(true);
    expect(cli(['--jobs', '2', '.'], { cwd: dir }).stdout).toBe(cli(['--jobs', '1', '.'], { cwd: dir }).stdout);
  });

  it('gives the same fixes in two and three threads as in one (fixed text is analysed again where it is fixed)', () => {
    const fixable = tempDir(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`doc-${i}.${i % 3 === 0 ? 'md' : 'txt'}`, `It was was late on day ${i}.\n\nThe the delegation arrived.\n`])));
    const one = cli(['--jobs', '1', '--fix-dry-run', '.'], { cwd: fixable });
    expect(one.stdout).toContain('-It was was late on day 0.');
    expect(cli(['--jobs', '2', '--fix-dry-run', '.'], { cwd: fixable }).stdout).toBe(one.stdout);
    expect(cli(['--jobs', '3', '--fix-dry-run', '.'], { cwd: fixable }).stdout).toBe(one.stdout);
  });

  it('uses one thread for a few files by default, and rejects a bad number', () => {
    const small = tempDir({ 'a.txt': 'It was was late.\n', 'b.txt': 'Fine text here.\n' });
    expect(cli(['.'], { cwd: small, env: debug }).stderr).toContain('1 job\n');
    const bad = cli(['--jobs', 'two', '.'], { cwd: small });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('copydesk: --jobs takes a whole number of threads (1 or more), got "two"');
  });
});

describe('--cache', { timeout: 240_000 }, () => {
  it('lints nothing the second time, reuses stored results, and re-lints what changed', () => {
    const work = tempDir({ ...manyFiles(20), '.copydeskrc.json': CROSS_FILE });
    const first = cli(['--cache', '--format', 'json', '.'], { cwd: work, env: debug });
    expect(first.stderr).toContain('20 linted, 0 from cache');
    const cacheFile = path.join(work, 'node_modules', '.cache', 'copydesk', 'lint-results.json');
    expect(fs.existsSync(cacheFile)).toBe(true);
    const second = cli(['--cache', '--format', 'json', '.'], { cwd: work, env: debug });
    expect(second.stderr).toContain('0 linted, 20 from cache');
    expect(second.stdout).toBe(first.stdout);

    // The stored result is what the report shows: proof that the file was not linted again.
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    const key = Object.keys(cache.entries).find((file) => file.endsWith(path.join('part-1', 'doc-001.txt')))!;
    cache.entries[key].result.messages.push({ reason: 'Planted in the cache', ruleId: 'repeated-words', source: 'copydesk', fatal: false, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } });
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    expect(cli(['--cache', '.'], { cwd: work }).stdout).toContain('Planted in the cache');

    // Changed content, changed configuration: linted again.
    fs.appendFileSync(path.join(work, 'part-1', 'doc-001.txt'), '\nThe the end.\n');
    const edited = cli(['--cache', '.'], { cwd: work, env: debug });
    expect(edited.stderr).toContain('1 linted, 19 from cache');
    expect(edited.stdout).not.toContain('Planted in the cache');
    expect(cli(['--cache', '--rule', 'spelling=off', '.'], { cwd: work, env: debug }).stderr).toContain('20 linted, 0 from cache');
  });

  it('keeps its results in --cache-location', () => {
    const work = tempDir({ 'a.txt': 'It was was late.\n' });
    cli(['--cache', '--cache-location', '.lint-cache', 'a.txt'], { cwd: work });
    expect(fs.existsSync(path.join(work, '.lint-cache', 'lint-results.json'))).toBe(true);
    expect(cli(['--cache', '--cache-location', '.lint-cache', 'a.txt'], { cwd: work, env: debug }).stderr).toContain('0 linted, 1 from cache');
  });
});

describe('--shard and merge-reports', { timeout: 240_000 }, () => {
  // Cross-file checks see only their shard's files, so the comparison with one run leaves them out.
  const noCrossFile = ['--config', 'single-file.json'];
  const reports = tempDir();

  it('splits the files into disjoint, deterministic shards whose merged report equals one run', () => {
    const whole = JSON.parse(cli([...noCrossFile, '--format', 'json', '.'], { cwd: dir }).stdout) as JsonEntry[];
    const shards = [1, 2, 3].map((i) => {
      const out = path.join(reports, `shard-${i}.json`);
      cli([...noCrossFile, '--shard', `${i}/3`, '--format', 'json', '--output-file', out, '.'], { cwd: dir });
      return out;
    });
    const parts = shards.map((file) => (JSON.parse(fs.readFileSync(file, 'utf8')) as JsonEntry[]).map((entry) => entry.path));
    expect(parts.map((part) => part.length)).toEqual([20, 20, 20]);
    expect(new Set(parts.flat()).size).toBe(60);
    expect(cli([...noCrossFile, '--shard', '2/3', '--format', 'json', '.'], { cwd: dir }).stdout).toBe(fs.readFileSync(shards[1]!, 'utf8'));

    const merged = cli(['merge-reports', '--format', 'json', ...shards.reverse()], { cwd: dir });
    expect(JSON.parse(merged.stdout)).toEqual(whole);
    const stylish = cli(['merge-reports', ...shards], { cwd: dir });
    expect(stylish.stdout).toBe(cli([...noCrossFile, '.'], { cwd: dir }).stdout);
  });

  it('merges SARIF shards into one SARIF log with every result', () => {
    const count = (text: string) => (JSON.parse(text).runs as { results: unknown[] }[]).reduce((sum, run) => sum + run.results.length, 0);
    const whole = count(cli([...noCrossFile, '--format', 'sarif', '.'], { cwd: dir }).stdout);
    const shards = [1, 2].map((i) => {
      const out = path.join(reports, `shard-${i}.sarif`);
      cli([...noCrossFile, '--shard', `${i}/2`, '--format', 'sarif', '--output-file', out, '.'], { cwd: dir });
      return out;
    });
    const merged = cli(['merge-reports', '--format', 'sarif', ...shards], { cwd: dir });
    expect(count(merged.stdout)).toBe(whole);
    expect(whole).toBeGreaterThan(0);
    const github = cli(['merge-reports', '--format', 'github', ...shards], { cwd: dir });
    expect(github.stdout.trim().split('\n')).toHaveLength(whole);
  });

  it('rejects bad shards and bad reports with one clear line', () => {
    for (const [args, pattern] of [
      [['--shard', '4/3', '.'], /--shard takes i\/n with 1 <= i <= n/],
      [['--shard', 'half', '.'], /--shard takes i\/n/],
      [['merge-reports', 'missing.json'], /missing\.json: no such file/],
      [['merge-reports', '.copydeskrc.json'], /neither a copydesk JSON report nor a SARIF log/],
      [['merge-reports'], /merge-reports needs the report files/],
    ] as [string[], RegExp][]) {
      const result = cli(args, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(pattern);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('progress bar', { timeout: 240_000 }, () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('shows on a terminal, never in CI or when stderr is piped', () => {
    const big = tempDir(manyFiles(200));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --jobs 1 . > /dev/null`;
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', command, '/dev/null'], { cwd: big, env: { ...process.env, ...env }, encoding: 'utf8' }).stdout;
    expect(onTerminal({ CI: '' })).toMatch(/copydesk \[#*-*\] \d+\/200 files/);
    expect(onTerminal({ CI: 'true' })).not.toContain('copydesk [');
    expect(cli(['--jobs', '1', '.'], { cwd: big, env: { CI: '' } }).stderr).toBe('');
  });
});
