// Where a whole run's time goes, part by part (issue 15): wink-nlp alone, copydesk's analysis, loading the
// model and the dictionaries, and whole `copydesk` processes (start-up only, the analysis with every rule
// off, every rule on). CPU seconds (user + system, all threads; the main thread's own share where Linux
// tells it), each the best of `--repeats` runs (3 by default).
//   node dist/scripts/bench/costs.js FILE [--repeats N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../eval/paths.js';
import { timeCommand } from './run.js';

interface Cost {
  part: string;
  cpu: number;
  /** CPU of the main thread alone (Linux), undefined elsewhere. */
  mainCpu?: number;
  wall: number;
  note?: string;
}

/** CPU seconds of this thread alone, from /proc (utime + stime in clock ticks of 10 ms). */
function threadCpu(): number | undefined {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function timed<T>(part: string, work: () => T | Promise<T>, note?: string): Promise<{ cost: Cost; value: T }> {
  const cpu0 = process.cpuUsage();
  const main0 = threadCpu();
  const t0 = performance.now();
  const value = await work();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const main1 = threadCpu();
  const mainCpu = main0 === undefined || main1 === undefined ? undefined : main1 - main0;
  return { cost: { part, cpu: (cpu.user + cpu.system) / 1e6, mainCpu, wall, note }, value };
}

async function best(part: string, repeats: number, work: () => unknown, note?: string): Promise<Cost> {
  let kept: Cost | undefined;
  for (let i = 0; i < repeats; i++) {
    const { cost } = await timed(part, work, note);
    if (!kept || cost.cpu < kept.cpu) kept = cost;
  }
  return kept!;
}

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  process.stderr.write('usage: costs.js FILE [--repeats N] (FILE: e.g. .eval/bench/real-1048576.txt, written by npm run bench -- --real)\n');
  process.exit(2);
}
const at = process.argv.indexOf('--repeats');
const repeats = at > 0 ? Number(process.argv[at + 1]) : 3;
const text = fs.readFileSync(file, 'utf8');
const costs: Cost[] = [];

// In this process: each module loads when first timed.
const { cost: importWink, value: wink } = await timed('import wink-nlp and its model (module load)', async () => ({
  winkNLP: (await import('wink-nlp')).default,
  model: (await import('wink-eng-lite-web-model')).default,
}));
costs.push(importWink);
const { cost: loadModel, value: nlp } = await timed("wink-nlp's model made ready (winkNLP(model, ['sbd', 'pos']))", () => wink.winkNLP(wink.model, ['sbd', 'pos']));
costs.push(loadModel);

const { plainTextBlocks } = await import('../../src/analysis/blocks.js');
const blocks = plainTextBlocks(text);
const its = nlp.its;
const winkAlone = (): number => {
  let tokens = 0;
  for (const block of blocks) {
    const doc = nlp.readDoc(block.text);
    tokens += (doc.tokens().out() as string[]).length;
    doc.tokens().out(its.pos);
  }
  return tokens;
};
const winkAsCopydesk = (): void => {
  for (const block of blocks) {
    const doc = nlp.readDoc(block.text);
    doc.tokens().out();
    doc.tokens().out(its.pos);
    doc.tokens().out(its.type);
    doc.tokens().out(its.precedingSpaces);
    doc.sentences().out(its.span);
  }
};
const { cost: winkFirst } = await timed('wink-nlp alone, first pass: readDoc + tokens + pos, paragraph by paragraph', winkAlone, 'cold: JIT warm-up included');
costs.push(winkFirst);
costs.push(await best('wink-nlp alone, readDoc + tokens + pos', repeats, winkAlone));
costs.push(await best("wink-nlp as copydesk asks it (+ types, spaces, sentence spans)", repeats, winkAsCopydesk));

const { analyse } = await import('../../src/analysis/index.js');
costs.push((await timed("copydesk's analysis, first pass", () => analyse(text, 'text'), 'wink-nlp already warm')).cost);
costs.push(await best("copydesk's analysis (analyse(): blocks, wink-nlp, token store, sentences, name mentions)", repeats, () => analyse(text, 'text')));

const { lexicon } = await import('../../rules/spelling/dictionaries.js');
costs.push((await timed('en-US dictionary table loaded (spelling)', () => lexicon('en-US'))).cost);
costs.push((await timed('en-GB dictionary table loaded (spelling, dialect-consistency)', () => lexicon('en-GB'))).cost);

// Whole processes, as a user runs them.
const { RULE_IDS, countWords } = await import('../eval/lint.js');
const words = countWords(text);
const bin = path.join(ROOT, 'bin', 'copydesk.js');
const oneSentence = path.join(os.tmpdir(), 'copydesk-costs-one-sentence.txt');
fs.writeFileSync(oneSentence, 'The minister met the press in Hanoi on Monday and answered three questions.\n');
const allOff = RULE_IDS.flatMap((id) => ['--rule', `${id}=off`]);
const processes: [string, string[]][] = [
  ['process: node alone (node -e 0)', ['-e', '0']],
  ['process: copydesk --version (modules loaded, nothing linted)', [bin, '--version']],
  ['process: one sentence, every rule (start-up, model and dictionaries, report)', [bin, '--format', 'json', oneSentence]],
  ['process: FILE, every rule off (start-up, analysis, report)', [bin, '--format', 'json', ...allOff, file]],
  ['process: FILE, every rule on', [bin, '--format', 'json', file]],
];
const runs = processes.map(() => [] as number[]);
for (let r = 0; r < repeats; r++) {
  processes.forEach(([, args], i) => {
    const run = timeCommand(process.execPath, args, ROOT);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited with ${run.status}: ${run.stderr.slice(0, 300)}`);
    runs[i]!.push(run.cpuSeconds ?? run.seconds);
  });
}
processes.forEach(([part], i) => costs.push({ part, cpu: Math.min(...runs[i]!), wall: NaN, note: `CPU s of each run: ${runs[i]!.map((s) => s.toFixed(2)).join(', ')}` }));

const cell = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '' : value.toFixed(2));
console.log(`${path.basename(file)}: ${text.length} characters, ${words} words, ${blocks.length} paragraphs; best of ${repeats}; load average ${fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?'}\n`);
console.log('| part | CPU s | main thread CPU s | wall s | note |\n|:--|--:|--:|--:|:--|');
for (const cost of costs) console.log(`| ${cost.part} | ${cell(cost.cpu)} | ${cell(cost.mainCpu)} | ${cell(cost.wall)} | ${cost.note ?? ''} |`);
