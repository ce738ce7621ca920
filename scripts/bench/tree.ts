// The cost of the nlcst tree (src/tree): CPU time of linting the corpus and the history essays with
// and without building each document's tree, alternating runs, best of each.
//   node dist/scripts/bench/tree.js      or, from the bench, benchTree(print)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/analysis/index.js';
import { formatFor } from '../../src/analysis/format.js';
import { resolveConfig } from '../../src/config.js';
import { lintDocument } from '../../src/pipeline.js';
import { buildTree } from '../../src/tree/index.js';
import { CORPUS_DIR, ROOT } from '../eval/paths.js';
import { table } from '../eval/table.js';

export interface TreeCost {
  files: number;
  characters: number;
  withoutSeconds: number;
  withSeconds: number;
  /** (with - without) / without. */
  overhead: number;
}

function texts(): { name: string; text: string }[] {
  const history = path.resolve(ROOT, '..', 'shared', 'corpora', 'history-state-gov');
  const dirs = [CORPUS_DIR, ...(fs.existsSync(history) ? [history] : [])];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => /\.(txt|md)$/.test(name))
      .sort()
      .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })),
  );
}

export function measureTreeCost(rounds = 3): TreeCost {
  const documents = texts();
  const config = resolveConfig(undefined, new Map(), []);
  let kept: unknown;
  const run = (withTree: boolean): number => {
    const start = process.cpuUsage();
    for (const { name, text } of documents) {
      const analysis = analyse(text, formatFor(name));
      if (withTree) kept = buildTree(analysis);
      lintDocument(text, name, config, ROOT, analysis);
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  run(true); // warm-up: model, dictionaries, compiled code
  let without = Infinity;
  let withTree = Infinity;
  for (let i = 0; i < rounds; i++) {
    without = Math.min(without, run(false));
    withTree = Math.min(withTree, run(true));
  }
  void kept;
  return {
    files: documents.length,
    characters: documents.reduce((sum, d) => sum + d.text.length, 0),
    withoutSeconds: without,
    withSeconds: withTree,
    overhead: (withTree - without) / without,
  };
}

export function benchTree(print: (line: string) => void): TreeCost {
  const cost = measureTreeCost();
  print('\n### The nlcst tree (retext plugins): lint with and without building it\n');
  print(
    table(
      ['files', 'characters', 'CPU s without', 'CPU s with', 'slower by'],
      [[cost.files, cost.characters, cost.withoutSeconds.toFixed(2), cost.withSeconds.toFixed(2), `${(cost.overhead * 100).toFixed(1)}%`]],
    ),
  );
  print('\n(corpus/ and ../shared/corpora/history-state-gov when present; all rules; best of 3 alternating runs, CPU time.)');
  return cost;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) benchTree(console.log);
