// --jobs: the main thread lints with N-1 worker threads beside it. Results come back by index, so
// output order never depends on timing; the threads share the per-word decisions they compute.
import os from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import { absorbMemoJournal, startMemoJournal, stopMemoJournal, takeMemoJournal, type MemoEntry } from '../memo.js';
import { restore, type SerialResult } from './serial.js';
import type { PackedAnalysis } from '../analysis/transfer.js';

export interface WorkerInit {
  ruleFlags: string[];
  configFile?: string;
  cwd: string;
  /** --no-plugins */
  noPlugins?: boolean;
}

export interface LintTask {
  index: number;
  path: string;
  text: string;
  fix: boolean;
}

/** What a worker sends back for one task. */
export interface WorkerReply {
  index: number;
  result?: SerialResult;
  /** The fixed text, when fixes were applied. */
  text?: string;
  error?: string;
  ruleFailure?: boolean;
  /** The analysing worker's result (stages.ts). */
  analysis?: PackedAnalysis;
}

/** main -> worker: tasks, and the decisions other threads made since the last message. */
export interface ToWorker {
  tasks: LintTask[];
  learned: MemoEntry[];
}

/** worker -> main: one reply, and the decisions the worker made for it. */
export interface FromWorker {
  reply: WorkerReply;
  learned: MemoEntry[];
}

/** One file's outcome, whichever thread linted it. */
export interface LintResult {
  index: number;
  file?: VFile;
  /** The fixed text, when fixes changed it. */
  fixedText?: string;
  error?: string;
  ruleFailure?: boolean;
}

/**
 * Text each thread needs to pay for itself when every thread lints whole files: a thread is a fresh
 * V8 isolate that spends about 2 CPU seconds loading the model and dictionaries and compiling
 * copydesk's code before it runs at full speed (docs/INTEGRATIONS.md).
 */
export const CHARACTERS_PER_THREAD = 2_000_000;

/** Below this much text, two threads split the stages (stages.ts) rather than the files. */
export const STAGES_BELOW = 6_000_000;

/**
 * Below this much text one thread by default. Two threads splitting the stages gained about 15% on 1,000
 * small files (2 MB), short of the 30% that would pay for a second busy core (docs/INTEGRATIONS.md);
 * `--jobs 2` still splits them when asked.
 */
export const ONE_THREAD_BELOW = STAGES_BELOW;

/** Tasks in flight per worker, so that it never waits for the main thread (which lints too). */
const IN_FLIGHT = 3;

export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export interface ThreadPlan {
  threads: number;
  /** 'files': every thread lints whole files; 'stages': a worker analyses, this thread runs the rules. */
  split: 'files' | 'stages';
}

/** How many threads to use, and how to share the work: the requested number, or by the amount of text. */
export function planThreads(requested: number | undefined, files: number, characters: number): ThreadPlan {
  let threads: number;
  if (files <= 1) threads = 1;
  else if (requested !== undefined) threads = Math.max(1, Math.min(requested, files));
  else if (characters < ONE_THREAD_BELOW) threads = 1;
  else threads = Math.max(1, Math.min(availableCores(), files, characters < STAGES_BELOW ? 2 : Math.floor(characters / CHARACTERS_PER_THREAD)));
  return { threads, split: threads === 2 && characters < STAGES_BELOW ? 'stages' : 'files' };
}

/**
 * Lints `tasks` in `jobs` threads: this one (with `lintHere`) and `jobs - 1` workers.
 * `onResult` is called in this thread as each file finishes, in no particular order.
 */
export async function lintInThreads(
  tasks: LintTask[],
  jobs: number,
  init: WorkerInit,
  lintHere: (task: LintTask) => LintResult,
  onResult: (result: LintResult) => void,
): Promise<void> {
  const queue = [...tasks];
  const workers: { thread: Worker; learned: MemoEntry[] }[] = [];
  let failure: unknown;
  let pending = tasks.length;
  let settle: (() => void) | undefined;
  const allDone = new Promise<void>((resolve) => (settle = resolve));
  const stop = (error: unknown): void => {
    failure ??= error;
    queue.length = 0;
    settle!();
  };
  const deliver = (result: LintResult): void => {
    try {
      onResult(result);
    } catch (error) {
      stop(error);
      return;
    }
    if (--pending === 0) settle!();
  };
  /** Passes decisions made in one thread to every other thread. */
  const share = (learned: MemoEntry[], from: Worker | undefined): void => {
    if (learned.length === 0) return;
    if (from) absorbMemoJournal(learned);
    for (const worker of workers) if (worker.thread !== from) worker.learned.push(...learned);
  };
  const feed = (worker: (typeof workers)[number], count: number): void => {
    const batch = queue.splice(0, count);
    if (batch.length === 0) return;
    const message: ToWorker = { tasks: batch, learned: worker.learned };
    worker.learned = [];
    worker.thread.postMessage(message);
  };

  if (pending === 0) return;
  if (jobs > 1) startMemoJournal();
  try {
    for (let i = 1; i < jobs && queue.length > 0; i++) {
      const thread = new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
      const worker = { thread, learned: [] as MemoEntry[] };
      workers.push(worker);
      thread.on('message', ({ reply, learned }: FromWorker) => {
        share(learned, thread);
        const task = tasks[reply.index]!;
        const text = reply.text ?? task.text;
        const file = reply.result ? restore(reply.result, text, task.path, init.cwd) : undefined;
        deliver({ index: reply.index, file, fixedText: reply.text, error: reply.error, ruleFailure: reply.ruleFailure });
        feed(worker, 1);
      });
      thread.on('error', stop);
      thread.on('exit', (code) => {
        if (pending > 0 && code !== 0) stop(new Error(`worker thread stopped with exit code ${code}`));
      });
      feed(worker, IN_FLIGHT);
    }
    // This thread takes from the same queue, and lets worker messages in between files.
    while (queue.length > 0 && failure === undefined) {
      deliver(lintHere(queue.shift()!));
      if (workers.length > 0) {
        share(takeMemoJournal(), undefined);
        await nextTurn();
      }
    }
    await allDone;
    if (failure !== undefined) throw failure;
  } finally {
    stopMemoJournal();
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  }
}
