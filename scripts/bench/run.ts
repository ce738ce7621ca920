// Runs a bench script in a child process and reads the JSON line it prints.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface Measurement {
  files?: number;
  bytes: number;
  words: number;
  loadSeconds: number;
  parseSeconds?: number;
  rulesSeconds?: number;
  crossFileSeconds?: number;
  seconds: number;
  /** CPU time (user + system) of the timed part; equal to wall time on an idle machine, save for GC threads. */
  cpuSeconds?: number;
  /** Words per CPU second. */
  wordsPerSecond: number;
  wallWordsPerSecond?: number;
  maxRssMB: number;
  findings: Record<string, number>;
}

/** Runs `script` (a file next to this one) with `args`; throws with the child's error output on failure. */
export function runChild(script: string, args: string[]): Measurement {
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(HERE, script), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status}): ${result.stderr.trim().split('\n').slice(-5).join('\n')}`);
  const line = result.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as Measurement;
}

export interface CommandTime {
  seconds: number;
  status: number | null;
  stderr: string;
  /** CPU time of the process and its threads, and its peak RSS, when /usr/bin/time is there to tell. */
  cpuSeconds?: number;
  maxRssMB?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Wall time of a command (process start included), in seconds; CPU time and peak memory through GNU time when present. */
export function timeCommand(command: string, args: string[], cwd: string): CommandTime {
  const withTime = fs.existsSync(GNU_TIME);
  const t0 = performance.now();
  const result = withTime
    ? spawnSync(GNU_TIME, ['-f', 'copydesk-bench-time %U %S %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  const match = /copydesk-bench-time ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr ?? '');
  const stderr = (result.stderr ?? '').replace(/copydesk-bench-time .*\s*$/, '');
  if (!match) return { seconds, status: result.status, stderr };
  return { seconds, status: result.status, stderr, cpuSeconds: Number(match[1]) + Number(match[2]), maxRssMB: Number(match[3]) / 1024 };
}
