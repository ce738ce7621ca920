// The analysing worker of stages.ts: imports the analysis only (not the rules or their dictionaries),
// so that it starts fast; it analyses each file it is sent and returns the analysis as plain data.
import { parentPort } from 'node:worker_threads';
import { analyse } from '../analysis/index.js';
import { packAnalysis } from '../analysis/transfer.js';
import { formatFor } from '../analysis/format.js';
import type { FromWorker, ToWorker, WorkerReply } from './workers.js';

// Load the model now, while the main thread is still starting.
analyse('Loading the model.', 'text');

parentPort!.on('message', ({ tasks }: ToWorker) => {
  for (const task of tasks) {
    let reply: WorkerReply;
    try {
      reply = { index: task.index, analysis: packAnalysis(analyse(task.text, formatFor(task.path))) };
    } catch (error) {
      reply = { index: task.index, error: (error as Error).message };
    }
    const message: FromWorker = { reply, learned: [] };
    parentPort!.postMessage(message);
  }
});
