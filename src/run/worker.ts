// A worker thread for --jobs: lints the files the main thread sends, returns plain results and the
// per-word decisions it made, and takes in the decisions the other threads made.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder, parseRuleFlags } from '../config.js';
import { lintSource } from './lint-task.js';
import { absorbMemoJournal, startMemoJournal, takeMemoJournal } from '../memo.js';
import { RuleFailure } from '../pipeline.js';
import { serialise } from './serial.js';
import type { FromWorker, LintTask, ToWorker, WorkerInit, WorkerReply } from './workers.js';

const init = workerData as WorkerInit;
const finder = new ConfigFinder(parseRuleFlags(init.ruleFlags), init.configFile, init.noPlugins);
startMemoJournal();

// Load the model and dictionaries now, while the main thread is still reading files.
try {
  lintSource('Loading the model.', 'warm-up.txt', finder.forFile(path.join(init.cwd, 'warm-up.txt')), init.cwd, false);
} catch {
  // A failing rule fails again, with its file named, on the first real file.
}

function lint(task: LintTask): WorkerReply {
  try {
    const config = finder.forFile(path.resolve(init.cwd, task.path));
    const outcome = lintSource(task.text, task.path, config, init.cwd, task.fix);
    return { index: task.index, result: serialise(outcome.file), text: outcome.applied > 0 ? outcome.text : undefined };
  } catch (error) {
    return { index: task.index, error: (error as Error).message, ruleFailure: error instanceof RuleFailure };
  }
}

parentPort!.on('message', ({ tasks, learned }: ToWorker) => {
  absorbMemoJournal(learned);
  for (const task of tasks) {
    const reply = lint(task);
    const message: FromWorker = { reply, learned: takeMemoJournal() };
    parentPort!.postMessage(message);
  }
});
