// A worker thread for --jobs: lints the files the main thread sends and returns plain results.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigFinder, parseRuleFlags } from './config.js';
import { lintSource } from './lint-task.js';
import { RuleFailure } from './pipeline.js';
import { serialise } from './serial.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './workers.js';

const init = workerData as WorkerInit;
const finder = new ConfigFinder(parseRuleFlags(init.ruleFlags), init.configFile);

parentPort!.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const config = finder.forFile(path.resolve(init.cwd, task.path));
    const outcome = lintSource(task.text, task.path, config, init.cwd, task.fix);
    reply = { index: task.index, result: serialise(outcome.file), text: outcome.applied > 0 ? outcome.text : undefined, applied: outcome.applied };
  } catch (error) {
    reply = { index: task.index, error: (error as Error).message, ruleFailure: error instanceof RuleFailure };
  }
  parentPort!.postMessage(reply);
});
