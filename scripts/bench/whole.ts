// The whole process as a user runs it (start, model or dictionary load, report), copydesk beside cspell on
// the same file, in the same run: runs alternate between the two, and each is timed through GNU time
// (wall, user + system CPU of all threads, peak RSS).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../eval/paths.js';
import { timeCommand, type CommandTime } from './run.js';

export interface Tool {
  name: string;
  command: string;
  args: (file: string) => string[];
}

/** cspell from node_modules (a devDependency; its dictionaries ship inside its packages, so it runs offline), or undefined when it is not installed. */
export function cspellTool(): Tool | undefined {
  // Its package.json is not among the package's exports: found beside the resolved entry point instead.
  const manifest = path.join(ROOT, 'node_modules', 'cspell', 'package.json');
  if (!fs.existsSync(manifest)) return undefined;
  const { version, bin } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string; bin: string | Record<string, string> };
  const script = path.join(path.dirname(manifest), typeof bin === 'string' ? bin : (bin.cspell ?? Object.values(bin)[0]!));
  return { name: `cspell ${version}`, command: process.execPath, args: (file) => [script, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-color', '--no-gitignore', file] };
}

export function copydeskTool(): Tool {
  return { name: 'copydesk (every rule)', command: process.execPath, args: (file) => [path.join(ROOT, 'bin', 'copydesk.js'), '--format', 'json', file] };
}

export interface WholeRun {
  tool: string;
  runs: CommandTime[];
  /** The run of least CPU time: the least disturbed by the neighbours on a shared machine. */
  best: CommandTime;
}

/** Runs each tool `repeats` times on `file`, alternating, and keeps every timing. Exit codes 0 and 1 (findings) are fine. */
export function wholeProcess(tools: Tool[], file: string, repeats: number, failures: string[]): WholeRun[] {
  const runs = tools.map(() => [] as CommandTime[]);
  for (let r = 0; r < repeats; r++) {
    tools.forEach((tool, i) => {
      const run = timeCommand(tool.command, tool.args(file), ROOT);
      if (run.status !== 0 && run.status !== 1) failures.push(`${tool.name} on ${path.basename(file)} exited with ${run.status}: ${run.stderr.slice(0, 300)}`);
      runs[i]!.push(run);
    });
  }
  return tools.map((tool, i) => {
    const list = runs[i]!;
    const best = list.reduce((a, b) => ((b.cpuSeconds ?? b.seconds) < (a.cpuSeconds ?? a.seconds) ? b : a));
    return { tool: tool.name, runs: list, best };
  });
}
