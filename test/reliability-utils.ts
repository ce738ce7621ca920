// Running the built CLI on hostile input: a subprocess with a time limit (a hang fails the test, it never stalls the suite).
import { spawnSync } from 'node:child_process';
import { BIN } from './helpers.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the time limit ended the run. */
  timedOut: boolean;
}

export function copydesk(args: string[], cwd: string, options: { timeoutSeconds?: number; input?: string; shell?: string; user?: string } = {}): Run {
  const command = options.user ? 'setpriv' : process.execPath;
  const argv = options.user ? [`--reuid=${options.user}`, `--regid=${options.user}`, '--clear-groups', process.execPath, BIN, ...args] : [BIN, ...args];
  const result = spawnSync(command, argv, {
    cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: (options.timeoutSeconds ?? 60) * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

/** Runs a shell pipeline (for pipes and /dev/full) with a time limit; `$COPYDESK` is the command. */
export function shell(script: string, cwd: string, timeoutSeconds = 60): Run {
  const result = spawnSync('bash', ['-c', script], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', COPYDESK: `${process.execPath} ${BIN}` },
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
  });
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut: result.error !== undefined };
}

/** A small deterministic random generator (mulberry32), so generated documents are the same every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
