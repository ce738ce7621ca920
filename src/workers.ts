// --jobs: a pool of worker threads; results come back by index, so output order never depends on timing.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SerialResult } from './serial.js';

export interface WorkerInit {
  ruleFlags: string[];
  configFile?: string;
  cwd: string;
}

export interface WorkerTask {
  index: number;
  path: string;
  text: string;
  fix: boolean;
}

export interface WorkerReply {
  index: number;
  result?: SerialResult;
  /** The fixed text, when fixes were applied. */
  text?: string;
  applied?: number;
  error?: string;
  ruleFailure?: boolean;
}

/** Files each worker needs to be worth starting: a worker spends ~0.3 s loading the NLP model, a file takes ~5 ms. */
export const MIN_FILES_PER_WORKER = 100;

export function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The number of threads to use: the requested number, or one per core when there are enough files. */
export function resolveJobs(requested: number | undefined, files: number): number {
  if (files <= 1) return 1;
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  return Math.max(1, Math.min(availableCores(), Math.floor(files / MIN_FILES_PER_WORKER)));
}

/** Lints `tasks` in `jobs` worker threads; `onReply` is called as each file finishes. */
export async function lintInWorkers(tasks: WorkerTask[], jobs: number, init: WorkerInit, onReply: (reply: WorkerReply) => void): Promise<void> {
  const queue = [...tasks];
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = tasks.length;
      if (pending === 0) return resolve();
      for (let i = 0; i < jobs; i++) {
        const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: init });
        workers.push(worker);
        const feed = (): void => {
          const task = queue.shift();
          if (task) worker.postMessage(task);
        };
        worker.on('message', (reply: WorkerReply) => {
          try {
            onReply(reply);
          } catch (error) {
            reject(error);
            return;
          }
          feed();
          if (--pending === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (pending > 0 && code !== 0) reject(new Error(`worker thread stopped with exit code ${code}`));
        });
        // Two tasks in flight per worker, so it never waits for the main thread.
        feed();
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
