// Measures --jobs and --cache on many files: node dist/scripts/bench-jobs-cache.js [files=1000] [rounds=5]
// Documents come from ../shared/corpora/wmt-mqm-zhen-2023 when present, else from corpus/ (real news text either way).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'copydesk.js');
const count = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);

function documents(): string[] {
  const wmt = path.join(ROOT, '..', 'shared', 'corpora', 'wmt-mqm-zhen-2023', 'documents.jsonl');
  if (fs.existsSync(wmt)) {
    return fs
      .readFileSync(wmt, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { segments: string[] }).segments.join('\n\n') + '\n');
  }
  const folder = path.join(ROOT, 'corpus');
  return fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
}

function run(args: string[], cwd: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [BIN, '--format', 'json', ...args, '.'], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status === 2) throw new Error(result.stderr);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const docs = documents();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
let bytes = 0;
for (let i = 0; i < count; i++) {
  const text = docs[i % docs.length]!;
  bytes += Buffer.byteLength(text);
  fs.writeFileSync(path.join(dir, `doc-${String(i).padStart(4, '0')}.txt`), text);
}

const times: Record<string, number[]> = { 'jobs 1': [], 'jobs 2': [], 'cache cold': [], 'cache warm': [] };
for (let round = 0; round < rounds; round++) {
  // Interleaved, so that load from other processes hits both alike.
  times['jobs 1']!.push(run(['--jobs', '1'], dir));
  times['jobs 2']!.push(run(['--jobs', '2'], dir));
  fs.rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
  times['cache cold']!.push(run(['--cache', '--jobs', '1'], dir));
  times['cache warm']!.push(run(['--cache', '--jobs', '1'], dir));
}
fs.rmSync(dir, { recursive: true, force: true });

console.log(`${count} files, ${(bytes / 1e6).toFixed(1)} MB, ${rounds} rounds, ${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(1)}`);
// The fastest run is the one least disturbed by other work on the machine; the median shows the spread.
console.log('| run | fastest s | median s | all runs s |\n| --- | --- | --- | --- |');
for (const [name, values] of Object.entries(times)) {
  console.log(`| ${name} | ${Math.min(...values).toFixed(2)} | ${median(values).toFixed(2)} | ${values.map((v) => v.toFixed(2)).join(', ')} |`);
}
