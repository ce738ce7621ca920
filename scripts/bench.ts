// npm run bench [-- --quick | --full | --real] [--write-docs]: words per second and peak memory of copydesk on real
// text: first the whole process as a user runs it on name-heavy real text beside cspell (--real: only that),
// then for the whole rule set and each rule alone, single-threaded, with the CLI's --jobs when it has one,
// plain retext-spell as a reference, and duplicate-paragraph's growth with size and file count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { RULE_BY_ID } from '../src/registry.js';
import { countWords, RULE_IDS } from './eval/lint.js';
import { OUT_DIR, ROOT } from './eval/paths.js';
import { createReport, writeFigures } from './eval/report.js';
import { table } from './eval/table.js';
import { smallFiles, splitFiles } from './bench/files.js';
import { machine } from './bench/machine.js';
import { runChild, timeCommand, type Measurement } from './bench/run.js';
import { benchFile, sourceText } from './bench/text.js';
import { realFile, realSource } from './bench/real-text.js';
import { copydeskTool, cspellTool, wholeProcess, type WholeRun } from './bench/whole.js';
import { benchTree } from './bench/tree.js';

const { print, text: reportText } = createReport();
const mode = process.argv.includes('--full') ? 'full' : process.argv.includes('--quick') ? 'quick' : process.argv.includes('--real') ? 'real' : 'default';
const KB = 1024;
const MB = 1024 * KB;
const SIZES = mode === 'quick' ? [100 * KB, MB] : [100 * KB, MB, 10 * MB];
const label = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);
const started = Date.now();
const log = (text: string) => console.error(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${text}`);

const results: Record<string, unknown> = { date: new Date().toISOString(), mode, machine: machine() };
const m0 = machine();
print(`Machine: nproc ${m0.nproc}, ${m0.cpu}, ${m0.memoryGB} GB memory, Node ${m0.node}, ${m0.platform}; load average ${m0.loadAverage} when the bench started.`);
print(`Rules: ${RULE_IDS.join(', ')}.`);
const failures: string[] = [];
const checks: [string, string, boolean | undefined][] = [];

// 0. The whole process on name-heavy real text, beside cspell on the same file, runs alternating.
const real = realSource();
const wholeRuns: { size: string; words: number; runs: WholeRun[] }[] = [];
if (typeof real === 'string') {
  results.whole = { skipped: real };
  print(`\n### Whole process on real text, beside cspell\n\nSkipped: ${real}. The sections below use the shipped corpus instead.`);
} else {
  const cspell = cspellTool();
  const tools = cspell ? [copydeskTool(), cspell] : [copydeskTool()];
  // The fixed cost first: start, module, model and dictionary load and report, on one sentence.
  const startUp = path.join(OUT_DIR, 'bench', 'one-sentence.txt');
  fs.mkdirSync(path.dirname(startUp), { recursive: true });
  fs.writeFileSync(startUp, 'The minister said on Tuesday that the talks would resume in Hanoi next week.\n');
  log(`whole process on one sentence (start-up), 3 runs each: ${tools.map((tool) => tool.name).join(', ')}`);
  wholeRuns.push({ size: 'one sentence', words: countWords(fs.readFileSync(startUp, 'utf8')), runs: wholeProcess(tools, startUp, 3, failures) });
  for (const bytes of mode === 'quick' ? [MB] : [MB, 10 * MB]) {
    const file = realFile(bytes, real);
    const repeats = bytes > MB ? 1 : mode === 'quick' ? 2 : 3;
    log(`whole process on ${label(bytes)} of real text, ${repeats} runs each: ${tools.map((tool) => tool.name).join(', ')}`);
    wholeRuns.push({ size: label(bytes), words: countWords(fs.readFileSync(file, 'utf8')), runs: wholeProcess(tools, file, repeats, failures) });
  }
  results.whole = { source: real.name, sizes: wholeRuns };
  print(`\n### Whole process on real text, beside cspell (${real.name})\n`);
  print(
    'Each tool as a user runs it (`copydesk --format json FILE`, every rule on; `cspell lint FILE` with its default dictionaries, from node_modules), ' +
      'start, dictionary or model load and report included, timed by GNU time; runs alternate between the tools, and the run of least CPU time is shown (with every run\'s CPU seconds). ' +
      'The first rows, one sentence, are the fixed cost of a run (start, loading, report).\n',
  );
  const cpu = (run: { cpuSeconds?: number; seconds: number }) => run.cpuSeconds ?? run.seconds;
  print(
    table(
      ['tool', 'size', 'words', 'CPU s', 'wall s', 'words/CPU s', 'peak RSS MB', 'CPU s of each run'],
      wholeRuns.flatMap(({ size, words, runs }) =>
        runs.map((r) => [r.tool, size, words, cpu(r.best).toFixed(2), r.best.seconds.toFixed(2), Math.round(words / cpu(r.best)).toLocaleString('en-US'), r.best.maxRssMB === undefined ? '–' : Math.round(r.best.maxRssMB), r.runs.map((x) => cpu(x).toFixed(2)).join(', ')]),
      ),
    ),
  );
  for (const { size, runs } of wholeRuns) {
    const [ours, theirs] = runs;
    if (ours && theirs) print(`\n${size}: copydesk takes ${(cpu(ours.best) / cpu(theirs.best)).toFixed(2)}x the CPU time of ${theirs.tool} (${(cpu(theirs.best) / cpu(ours.best)).toFixed(2)}x as fast), ${(ours.best.seconds / theirs.best.seconds).toFixed(2)}x its wall time.`);
  }
  const one = wholeRuns.find((w) => w.size === label(MB));
  const ten = wholeRuns.find((w) => w.size === label(10 * MB));
  if (one) {
    const ours = cpu(one.runs[0]!.best);
    checks.push(['whole process, 1 MB real text: >= 150,000 words per CPU s', `${Math.round(one.words / ours).toLocaleString('en-US')} words/s`, one.words / ours >= 150_000]);
    if (one.runs[1]) checks.push(['whole process, 1 MB real text: at least 2x as fast as cspell', `${(cpu(one.runs[1].best) / ours).toFixed(2)}x`, cpu(one.runs[1].best) / ours >= 2]);
  }
  if (ten) {
    const rss = ten.runs[0]!.best.maxRssMB;
    if (rss !== undefined) checks.push(['whole process, 10 MB real text as one document: peak RSS <= 300 MB', `${Math.round(rss)} MB`, rss <= 300]);
    if (one) checks.push(['whole process: 10 MB takes at most 11x the CPU time of 1 MB', `${(cpu(ten.runs[0]!.best) / cpu(one.runs[0]!.best)).toFixed(2)}x`, cpu(ten.runs[0]!.best) / cpu(one.runs[0]!.best) <= 11]);
  }
}
if (mode === 'real') finish();

const source = sourceText();
const files = new Map(SIZES.map((bytes) => [bytes, benchFile(bytes, source)]));
results.source = source.name;

/** Which rule sets run at which size: everything at the small sizes, a few at the largest unless --full. */
function ruleSetsFor(bytes: number): string[] {
  const all = ['all', 'none', ...RULE_IDS];
  if (mode === 'full' || bytes <= MB) return mode === 'quick' && bytes > 100 * KB ? ['all', 'none', 'duplicate-paragraph'] : all;
  return ['all', 'none', 'duplicate-paragraph', 'name-consistency'];
}

// 1. Single document, single thread.
const single: (Measurement & { size: string; rules: string })[] = [];
for (const bytes of SIZES) {
  for (const rules of ruleSetsFor(bytes)) {
    log(`${label(bytes)} ${rules}`);
    try {
      single.push({ size: label(bytes), rules, ...runChild('worker.js', ['--file', files.get(bytes)!, '--rules', rules]) });
    } catch (error) {
      // A rule that fails on the bench text is reported, and the bench goes on.
      failures.push(`${label(bytes)} ${rules}: ${(error as Error).message}`);
    }
  }
}
results.single = single;
const row = (m: Measurement & { size: string; rules: string }) => [
  m.rules,
  m.size,
  m.words,
  (m.cpuSeconds ?? m.seconds).toFixed(2),
  m.seconds.toFixed(2),
  Math.round(m.wordsPerSecond).toLocaleString('en-US'),
  (m.parseSeconds ?? 0).toFixed(2),
  (m.rulesSeconds ?? 0).toFixed(2),
  Math.round(m.maxRssMB),
  Object.values(m.findings).reduce((a, b) => a + b, 0),
];
print(`\n### One document, one thread (source: ${source.name})\n`);
print(table(['rules', 'size', 'words', 'CPU s', 'wall s', 'words/CPU s', 'analysis s', 'rules s', 'peak RSS MB', 'findings'], single.map(row)));
print('\n(CPU s and words/CPU s: user + system time of the linting itself, model load excluded; analysis s and rules s are wall time.)');

// Linear growth: time at the largest size over time at the size ten times smaller.
const growth = ['all', 'none', 'duplicate-paragraph'].flatMap((rules) => {
  const big = single.find((m) => m.rules === rules && m.size === label(SIZES.at(-1)!));
  const small = single.find((m) => m.rules === rules && m.size === label(SIZES.at(-2)!));
  if (!big || !small) return [];
  const cpu = (m: Measurement) => m.cpuSeconds ?? m.seconds;
  return [{ rules, small: small.size, big: big.size, ratio: cpu(big) / cpu(small), rulesRatio: (big.rulesSeconds ?? 0) / Math.max(1e-9, small.rulesSeconds ?? 0) }];
});
results.growth = growth;
print('\n### Growth with document size (10x the text)\n');
print(table(['rules', 'sizes', 'CPU time ratio (whole)', 'wall time ratio (rules only)'], growth.map((g) => [g.rules, `${g.small} → ${g.big}`, g.ratio.toFixed(2), g.rulesRatio.toFixed(2)])));

// 2. The CLI with --jobs, when it has that option.
const bin = path.join(ROOT, 'bin', 'copydesk.js');
const helpText = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout ?? '';
if (/--jobs\b/.test(helpText)) {
  const bytes = SIZES.at(-1)!;
  const dir = splitFiles(files.get(bytes)!, 200);
  const jobs = [1, 2, machine().nproc].filter((n, i, list) => list.indexOf(n) === i);
  const runs = jobs.map((n) => {
    log(`CLI --jobs ${n} on ${label(bytes)} in 200 files`);
    // The files are named one by one: the CLI skips hidden folders such as .eval/ when it walks a folder.
    const names = fs.readdirSync(dir).sort().map((name) => path.join(dir, name));
    const run = timeCommand(process.execPath, [bin, '--jobs', String(n), '--format', 'json', ...names], ROOT);
    if (run.status !== 0 && run.status !== 1) failures.push(`copydesk --jobs ${n} exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
    return { jobs: n, seconds: run.seconds, cpuSeconds: run.cpuSeconds, maxRssMB: run.maxRssMB, status: run.status };
  });
  const words = fs.readdirSync(dir).reduce((sum, name) => sum + countWords(fs.readFileSync(path.join(dir, name), 'utf8')), 0);
  results.jobs = { size: label(bytes), files: 200, words, runs };
  print(`\n### The CLI with --jobs (${label(bytes)} in 200 files, whole process timed: start, model load, report)\n`);
  const cell = (value: number | undefined, digits: number) => (value === undefined ? '–' : value.toFixed(digits));
  print(
    table(
      ['--jobs', 'wall s', 'words/wall s', 'CPU s (all threads)', 'peak RSS MB'],
      runs.map((r) => [r.jobs, r.seconds.toFixed(2), Math.round(words / r.seconds).toLocaleString('en-US'), cell(r.cpuSeconds, 2), cell(r.maxRssMB, 0)]),
    ),
  );
} else {
  results.jobs = { skipped: 'the CLI has no --jobs option yet' };
  print('\n### The CLI with --jobs\n\nSkipped: the CLI has no --jobs option yet.');
}

// 3. Reference: plain retext-spell with dictionary-en, on the start of the same text.
const referenceBytes = mode === 'quick' ? 10 * KB : mode === 'full' ? 100 * KB : 20 * KB;
log(`retext-spell on ${label(referenceBytes)}`);
const reference = runChild('reference.js', ['--file', files.get(100 * KB)!, '--bytes', String(referenceBytes)]);
const ours = single.find((m) => m.size === label(100 * KB) && m.rules === 'all') ?? single.find((m) => m.size === label(100 * KB))!;
results.reference = { ...reference, ratio: ours.wordsPerSecond / reference.wordsPerSecond };
print(`\n### Reference: retext + retext-english + retext-spell (dictionary-en), first ${label(referenceBytes)} of the text\n`);
print(
  table(['tool', 'words', 'CPU s', 'words/CPU s', 'peak RSS MB'], [
    ['retext-spell', reference.words, (reference.cpuSeconds ?? reference.seconds).toFixed(2), Math.round(reference.wordsPerSecond).toLocaleString('en-US'), Math.round(reference.maxRssMB)],
    ['copydesk, all rules (100 KB)', ours.words, (ours.cpuSeconds ?? ours.seconds).toFixed(2), Math.round(ours.wordsPerSecond).toLocaleString('en-US'), Math.round(ours.maxRssMB)],
  ]),
);
print(`\ncopydesk (all rules) is ${(ours.wordsPerSecond / reference.wordsPerSecond).toFixed(0)}x as fast as retext-spell.`);

// 4. duplicate-paragraph across many small files (cross-file check on).
const crossFileOption = 'crossFile' in (RULE_BY_ID.get('duplicate-paragraph')?.options ?? {});
if (crossFileOption) {
  const counts = mode === 'quick' ? [100, 1000] : [1000, 10000];
  const runs = counts.map((count) => {
    const dir = smallFiles(files.get(SIZES.at(-1)!)!, count, 3);
    log(`duplicate-paragraph crossFile on ${count} files`);
    return { count, ...runChild('worker.js', ['--dir', dir, '--rules', 'duplicate-paragraph', '--options', JSON.stringify({ 'duplicate-paragraph': { crossFile: true } })]) };
  });
  results.crossFile = runs;
  print('\n### duplicate-paragraph with crossFile: true, many small files (3 paragraphs each), one run\n');
  print(
    table(
      ['files', 'words', 'total s', 'analysis s', 'rule per file s', 'cross-file check s', 'peak RSS MB', 'findings'],
      runs.map((r) => [r.count, r.words, r.seconds.toFixed(2), (r.parseSeconds ?? 0).toFixed(2), (r.rulesSeconds ?? 0).toFixed(2), (r.crossFileSeconds ?? 0).toFixed(3), Math.round(r.maxRssMB), Object.values(r.findings).reduce((a, b) => a + b, 0)]),
    ),
  );
  const [a, b] = runs;
  print(`\n${b!.count / a!.count}x the files: ${(b!.seconds / a!.seconds).toFixed(2)}x the total time, ${(((b!.rulesSeconds ?? 0) + (b!.crossFileSeconds ?? 0)) / Math.max(1e-9, (a!.rulesSeconds ?? 0) + (a!.crossFileSeconds ?? 0))).toFixed(2)}x the rule's own time.`);
} else {
  results.crossFile = { skipped: 'duplicate-paragraph has no crossFile option yet' };
  print('\n### duplicate-paragraph across files\n\nSkipped: duplicate-paragraph has no crossFile option yet.');
}

// 5. The targets of issue 8.
const at = (size: number, rules = 'all') => single.find((m) => m.size === label(size) && m.rules === rules);
const oneMb = at(MB);
if (oneMb) checks.push(['all rules, 1 MB: >= 150,000 words/s (floor 100,000)', `${Math.round(oneMb.wordsPerSecond).toLocaleString('en-US')} words/s`, oneMb.wordsPerSecond >= 150_000]);
const tenMb = at(10 * MB);
if (tenMb) checks.push(['all rules, 10 MB: peak memory < 300 MB', `${Math.round(tenMb.maxRssMB)} MB`, tenMb.maxRssMB < 300]);
const linear = growth.find((g) => g.rules === 'all' && g.big === '10 MB');
if (linear) checks.push(['all rules: 10 MB takes at most 12x 1 MB', `${linear.ratio.toFixed(2)}x`, linear.ratio <= 12]);
results.tree = benchTree(print);
finish();

/** Failures and targets, then the files: .eval/bench.json, and docs/BENCHMARKS.md with --write-docs. */
function finish(): never {
  if (failures.length > 0) {
    results.failures = failures;
    print('\n### Failures\n');
    for (const failure of failures) print(`- ${failure}`);
  }
  results.targets = checks.map(([target, measured, met]) => ({ target, measured, met }));
  print('\n### Targets\n');
  print(table(['target', 'measured', 'met'], checks.map(([target, measured, met]) => [target, measured, met ? 'yes' : 'no'])));
  print(`\nBench took ${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${machine().loadAverage} at the end.`);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  if (process.argv.includes('--write-docs')) writeFigures(path.join(ROOT, 'docs', 'BENCHMARKS.md'), `Run of ${String(results.date).slice(0, 16).replace('T', ' ')} UTC, mode ${mode}.\n\n${reportText()}`);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(OUT_DIR, 'bench.json'))}`);
  process.exit(0);
}
