// --jobs 2 on a modest amount of text: a worker analyses the files (tokens, sentences, tags, names)
// and this thread runs the rules on its analyses. Each stage's code and data (the language model
// there, the dictionaries here) then loads and compiles in one thread only, where two threads
// linting whole files would both pay for all of it (see docs/INTEGRATIONS.md).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from '../analysis/index.js';
import { unpackAnalysis } from '../analysis/transfer.js';
import { formatFor } from '../analysis/format.js';
import type { FromWorker, LintResult, LintTask, ToWorker, WorkerReply } from './workers.js';

/** Analyses asked for and not yet linted: enough that this thread never waits, few enough to hold little memory. */
const IN_FLIGHT = 8;

/**
 * Lints `tasks` with one analysing worker. `lintHere(task, analysis)` runs the rules (and analyses
 * itself when given no analysis: this thread takes a file whole rather than wait for the worker).
 */
export async function lintInStages(
  tasks: LintTask[],
  lintHere: (task: LintTask, analysis?: DocumentAnalysis) => LintResult,
  onResult: (result: LintResult) => void,
): Promise<void> {
  const queue = [...tasks];
  const ready: WorkerReply[] = [];
  let inFlight = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const thread = new Worker(new URL('./analysis-worker.js', import.meta.url));
  const feed = (): void => {
    while (inFlight + ready.length < IN_FLIGHT && queue.length > 0) {
      const message: ToWorker = { tasks: [queue.shift()!], learned: [] };
      thread.postMessage(message);
      inFlight++;
    }
  };
  thread.on('message', ({ reply }: FromWorker) => {
    inFlight--;
    ready.push(reply);
    feed();
    notify();
  });
  const stop = (error: unknown): void => {
    failure ??= error;
    notify();
  };
  thread.on('error', stop);
  thread.on('exit', (code) => {
    if (code !== 0) stop(new Error(`worker thread stopped with exit code ${code}`));
  });

  try {
    feed();
    let done = 0;
    while (done < tasks.length) {
      if (failure !== undefined) throw failure;
      const reply = ready.shift();
      feed();
      let result: LintResult;
      if (reply) {
        const task = tasks[reply.index]!;
        result = reply.analysis ? lintHere(task, unpackAnalysis(task.text, formatFor(task.path), reply.analysis)) : { index: reply.index, error: reply.error };
      } else if (queue.length > 0) {
        // Nothing analysed yet (the worker is still loading the model): take the last file whole.
        result = lintHere(queue.pop()!);
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      onResult(result);
      done++;
      await nextTurn();
    }
  } finally {
    await thread.terminate();
  }
}
