// The command line: copydesk [options] [files, folders or globs]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ignore, { type Ignore } from 'ignore';
import type { VFile } from 'vfile';
import { copydeskBuild, DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import { ConfigFinder, parseRuleFlags, type ResolvedConfig } from './config.js';
import { UsageError } from './errors.js';
import { decode, encode, expandInputs, FileError, onWarning, readSource, type SourceText } from './files.js';
import { FixRefused, unifiedDiff, withSignalsHeld, writeFixes } from './fix.js';
import { lintSource } from './run/lint-task.js';
import { readReports } from './merge-reports.js';
import { checkRun, RuleFailure } from './pipeline.js';
import { Progress } from './run/progress.js';
import { REPORT_PIECES, REPORTERS } from './reporters/index.js';
import { RULES } from './registry.js';
import { restore, serialise } from './run/serial.js';
import { parseShard, selectShard } from './shard.js';
import { lintInThreads, planThreads, type LintResult, type LintTask } from './run/workers.js';
import { lintInStages } from './run/stages.js';
import type { DocumentAnalysis } from './analysis/index.js';
import { preparePlugins } from './retext/cli-plugins.js';
import { pluginVersionsKey } from './retext/load.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  isTTY: boolean;
  /** Whether stderr is a terminal (for the progress bar). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
}

export const VERSION: string = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const HELP = `Usage: copydesk [options] [files, folders or globs]
       copydesk merge-reports [--format <name>] [--output-file <file>] <report.json|report.sarif>...

Lints prose in .txt, .md and .markdown files. With no files, lints the current folder.
Use "-" to read standard input. merge-reports joins the JSON or SARIF reports of --shard runs.

Options:
  --format <name>          Report format: ${Object.keys(REPORTERS).join(', ')} (default: stylish)
  --quiet                  Report errors only, not warnings
  --frail                  Exit with 1 on warnings too
  --max-warnings <n>       Exit with 1 when there are more than n warnings
  --rule <id=severity>     Set a rule to off, warn or error (repeatable)
  --config <file>          Use this config file instead of searching for one
  --stdin-filename <name>  Name (and format, by extension) of the text read from standard input
  --no-color               No colors in the stylish report
  --output-file <file>     Write the report to this file instead of standard output
  --fix                    Apply the safe fixes in place (atomic writes, encoding and line endings kept)
  --fix-dry-run            Print the safe fixes as a unified diff; change nothing
  --jobs <n>               Lint in n threads, at most one per core (default: 1 below 6 MB of text, then one per core)
  --cache                  Skip files whose content, configuration and copydesk version are unchanged
  --cache-location <dir>   Where --cache keeps its results (default: ${DEFAULT_CACHE_LOCATION})
  --shard <i/n>            Lint only the i-th of n deterministic parts of the file list (CI matrices)
  --no-plugins             Do not load the retext plugins the configuration names (untrusted pull requests)
  --list-rules             List the rules with their default severity
  -h, --help               Show this help
  -v, --version            Show the version

Formats: stylish (for people), json (vfile-reporter-json), github (workflow annotations), sarif (SARIF 2.1.0).
Markdown control comments: <!-- copydesk-disable [ids] -->, <!-- copydesk-enable [ids] -->,
<!-- copydesk-ignore-next [ids] --> (the next paragraph, heading or list item).

Exit codes: 0 nothing fails, 1 findings fail the run, 2 usage error, unreadable file or internal failure.
Docs: https://github.com/copydesk/copydesk#readme`;

const OPTIONS = {
  format: { type: 'string', default: 'stylish' },
  quiet: { type: 'boolean', default: false },
  frail: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  config: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  'list-rules': { type: 'boolean', default: false },
  'no-plugins': { type: 'boolean', default: false },
  'output-file': { type: 'string' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  jobs: { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see copydesk --help)`);
  }
}

/** --jobs N: at most one thread per core (more only cost memory), said once on stderr. */
function parseJobs(value: string | undefined, io: Io): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs takes a whole number of threads (1 or more), got "${value}"`);
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  if (Number(value) > cores) {
    io.stderr(`copydesk: --jobs ${value.length > 12 ? `${value.slice(0, 12)}...` : value} is more than the ${cores} cores here: using ${cores} threads\n`);
    return cores;
  }
  return Number(value);
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, got "${value}"`);
  return Number(value);
}

const ID_WIDTH = Math.max(...RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])]).map((id) => id.length)) + 1;

function listRules(): string {
  return RULES.flatMap((rule) =>
    [rule.id, ...(rule.extraIds ?? [])].map((id) => `${id.padEnd(ID_WIDTH)} ${rule.defaultSeverity.padEnd(6)} ${id === rule.id ? rule.description : `(reported by ${rule.id})`}`),
  ).join('\n');
}

/** The `ignore` patterns of each configuration, built once per run. */
const matchers = new WeakMap<ResolvedConfig, Ignore>();

/** Drops files that their configuration's `ignore` patterns name. */
function filterConfigIgnored(files: string[], finder: ConfigFinder, cwd: string): string[] {
  return files.filter((file) => {
    const config = finder.forFile(path.resolve(cwd, file));
    if (config.ignore.length === 0 || !config.source) return true;
    const relative = path.relative(path.dirname(config.source), path.resolve(cwd, file)).split(path.sep).join('/');
    if (!matchers.has(config)) matchers.set(config, ignore().add(config.ignore));
    return relative.startsWith('..') || !matchers.get(config)!.ignores(relative);
  });
}

/** One file of a run, from reading to its lint result. */
interface Item {
  path: string;
  source: SourceText;
  config: ResolvedConfig;
  cacheKey?: string;
  file?: VFile;
  /** The text after fixes, when fixes were applied. */
  fixed?: string;
}

/** Colours only on a terminal, never into a file, and not when NO_COLOR or --no-color says so. */
function wantsColor(values: { 'no-color'?: boolean; 'output-file'?: string }, io: Io): boolean {
  return !values['no-color'] && io.isTTY && !io.env.NO_COLOR && values['output-file'] === undefined;
}

/** Writes a report (whole, or in pieces that are never joined into one string) and a final newline. */
function writeOutput(output: string | Iterable<string>, outputFile: string | undefined, io: Io): void {
  const target = outputFile === undefined ? undefined : checkOutputFile(outputFile, io)!;
  const refused = (error: unknown): UsageError => new UsageError(`Cannot write --output-file ${outputFile}: ${errorText(error)}`);
  let fd: number | undefined;
  try {
    if (target !== undefined) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fd = fs.openSync(target, 'w');
    }
  } catch (error) {
    throw refused(error);
  }
  const put = (text: string): void => {
    if (fd === undefined) return void io.stdout(text);
    try {
      fs.writeFileSync(fd, text);
    } catch (error) {
      throw refused(error);
    }
  };
  try {
    let last = '';
    for (const piece of typeof output === 'string' ? [output] : output) {
      if (piece === '') continue;
      put(piece);
      last = piece;
    }
    if (last !== '' && !last.endsWith('\n')) put('\n');
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The --output-file's full path, refused before any linting when it is under /proc or /sys. */
function checkOutputFile(outputFile: string | undefined, io: Io): string | undefined {
  if (outputFile === undefined) return undefined;
  const target = path.resolve(io.cwd, outputFile);
  if (isVirtualFileSystem(target)) throw new UsageError(`Cannot write --output-file ${outputFile}: a report does not go under /proc or /sys`);
  return target;
}

/** Under /proc or /sys (after links): writing there changes the system or never ends. */
function isVirtualFileSystem(target: string): boolean {
  let existing = target;
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  let real = existing;
  try {
    real = fs.realpathSync(existing);
  } catch {
    // Unresolvable: judged by its name.
  }
  return [target, real].some((file) => /^\/(?:proc|sys)(?:\/|$)/.test(file));
}

const ERRNO_TEXT: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
};

export function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? (ERRNO_TEXT[code] ? `${ERRNO_TEXT[code]} (${code})` : code) : (error as Error).message;
}

function exitCode(files: VFile[], quiet: boolean, frail: boolean, maxWarnings: number, io: Io): number {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++;
      else if (message.fatal === false && !quiet) warnings++;
    }
  }
  if (errors > 0 || (frail && warnings > 0)) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`copydesk: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

async function mergeReports(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { format: { type: 'string', default: 'stylish' }, 'output-file': { type: 'string' }, quiet: { type: 'boolean', default: false }, 'no-color': { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see copydesk --help)`);
  }
  const { values, positionals } = parsed;
  const report = REPORTERS[values.format];
  if (!report) throw new UsageError(`Unknown format "${values.format}" (known: ${Object.keys(REPORTERS).join(', ')})`);
  checkOutputFile(values['output-file'], io);
  const files = readReports(positionals.map((name) => path.resolve(io.cwd, name)));
  const color = wantsColor(values, io);
  writeOutput(report(files, { quiet: values.quiet, color, version: VERSION }), values['output-file'], io);
  return exitCode(files, values.quiet, false, -1, io);
}

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'merge-reports') return mergeReports(argv.slice(1), io);
  const { values, positionals } = parse(argv);
  onWarning((message) => io.stderr(`copydesk: ${message}\n`));
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (values['list-rules']) {
    io.stdout(listRules() + '\n');
    return 0;
  }
  const report = REPORTERS[values.format];
  if (!report) throw new UsageError(`Unknown format "${values.format}" (known: ${Object.keys(REPORTERS).join(', ')})`);
  checkOutputFile(values['output-file'], io);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const requestedJobs = parseJobs(values.jobs, io);
  const shard = parseShard(values.shard);
  const overrides = parseRuleFlags(values.rule);
  if (values.config && !fs.existsSync(path.resolve(io.cwd, values.config))) {
    throw new UsageError(`Config file not found: ${values.config}`);
  }
  const configFile = values.config && path.resolve(io.cwd, values.config);
  const finder = new ConfigFinder(overrides, configFile, values['no-plugins'], io.cwd);

  const useStdin = positionals.includes('-');
  if (useStdin && positionals.length > 1) throw new UsageError('"-" (standard input) cannot be combined with files');
  if (!useStdin && values['stdin-filename']) throw new UsageError('--stdin-filename needs "-" to read standard input');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (values.fix && useStdin) throw new UsageError('--fix cannot write to standard input (use --fix-dry-run to see the fixes)');
  if (shard && useStdin) throw new UsageError('--shard needs files, not standard input');
  const fixing = values.fix || values['fix-dry-run'];

  let failed = false;
  let progress: Progress | undefined;
  const fail = (filePath: string, message: string): void => {
    progress?.finish();
    io.stderr(`copydesk: ${filePath}: ${message}\n`);
    failed = true;
  };

  // Read every file and find its configuration.
  const items: Item[] = [];
  if (useStdin) {
    const name = values['stdin-filename'];
    const source = decode(await io.readStdin(), name ?? '<stdin>');
    items.push({ path: name as string, source, config: finder.forFile(name === undefined ? undefined : path.resolve(io.cwd, name)) });
  } else {
    const inputs = positionals.length > 0 ? positionals : ['.'];
    const unreadable: FileError[] = [];
    const paths = selectShard(filterConfigIgnored(await expandInputs(inputs, io.cwd, unreadable), finder, io.cwd), shard);
    for (const problem of unreadable) fail(problem.filePath, problem.message.slice(problem.filePath.length + 2));
    for (const filePath of paths) {
      try {
        const source = readSource(path.resolve(io.cwd, filePath));
        items.push({ path: filePath, source, config: finder.forFile(path.resolve(io.cwd, filePath)) });
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        fail(filePath, error.message.slice(error.filePath.length + 2));
      }
    }
  }

  // Results from the cache, when the content, configuration and build are unchanged.
  const cache = values.cache && !useStdin ? new LintCache(path.resolve(io.cwd, values['cache-location'] ?? DEFAULT_CACHE_LOCATION), copydeskBuild(VERSION)) : undefined;
  if (cache) {
    for (const item of items) {
      item.cacheKey = cache.keyFor(item.source.text, item.config.key + pluginVersionsKey(item.config, io.cwd));
      const cached = cache.get(path.resolve(io.cwd, item.path), item.cacheKey);
      if (cached && !(fixing && cached.messages.some((message) => message.fix))) item.file = restore(cached, item.source.text, item.path, io.cwd);
    }
  }

  // Lint the rest: in this thread, and with --jobs in worker threads beside it.
  const pending = items.filter((item) => !item.file);
  // Plugins load here, before linting, and run in this thread only.
  const withPlugins = await preparePlugins(pending.map((item) => item.config), io.cwd, io.stderr);
  const plan = planThreads(withPlugins ? 1 : requestedJobs, pending.length, pending.reduce((sum, item) => sum + item.source.text.length, 0));
  const jobs = plan.threads;
  progress = new Progress({ total: pending.length, write: io.stderr, enabled: Progress.wanted(io.stderrIsTTY, io.env) });
  const finish = (item: Item, file: VFile, fixedText: string | undefined): void => {
    item.file = file;
    if (fixedText !== undefined && fixedText !== item.source.text) item.fixed = fixedText;
    // The cache keeps results of what is on disk now (before the cross-file checks add theirs).
    if (cache && (item.fixed === undefined || values.fix)) {
      const key = item.fixed === undefined ? item.cacheKey! : cache.keyFor(item.fixed, item.config.key + pluginVersionsKey(item.config, io.cwd));
      cache.set(path.resolve(io.cwd, item.path), key, serialise(file));
    }
    progress!.tick();
  };
  const tasks: LintTask[] = pending.map((item, index) => ({ index, path: item.path, text: item.source.text, fix: fixing }));
  const lintHere = (task: LintTask, analysis?: DocumentAnalysis): LintResult => {
    try {
      const outcome = lintSource(task.text, task.path, pending[task.index]!.config, io.cwd, fixing, analysis);
      return { index: task.index, file: outcome.file, fixedText: outcome.applied > 0 ? outcome.text : undefined };
    } catch (error) {
      if (!(error instanceof RuleFailure)) throw error;
      return { index: task.index, error: error.message, ruleFailure: true };
    }
  };
  const init = { ruleFlags: values.rule, configFile, cwd: io.cwd, noPlugins: values['no-plugins'] };
  const onResult = (result: LintResult): void => {
    const item = pending[result.index]!;
    if (result.file) return finish(item, result.file, result.fixedText);
    if (!result.ruleFailure) throw new Error(result.error);
    fail(item.path ?? '<stdin>', result.error!);
    progress!.tick();
  };
  if (plan.split === 'stages') await lintInStages(tasks, lintHere, onResult);
  else await lintInThreads(tasks, jobs, init, lintHere, onResult);
  progress.finish();

  // Fixes: written atomically in the file's own encoding, or shown as a diff.
  let diff = '';
  for (const item of items) {
    if (item.fixed === undefined || !values['fix-dry-run']) continue;
    // A UTF-8 BOM is part of the first line on disk, so the patch must carry it to apply.
    const bom = item.source.bom && item.source.encoding === 'utf8' ? '\uFEFF' : '';
    diff += unifiedDiff(item.path ?? '<stdin>', bom + item.source.text, bom + item.fixed);
  }
  if (values.fix) {
    await withSignalsHeld(() => {
      for (const item of items) {
        if (item.fixed === undefined) continue;
        try {
          writeFixes(path.resolve(io.cwd, item.path), encode(item.source, item.fixed), item.source.digest);
        } catch (error) {
          fail(item.path, error instanceof FixRefused ? error.message : `cannot write the fixes: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
      }
    });
  }
  cache?.save();
  if (io.env.COPYDESK_DEBUG) {
    io.stderr(`copydesk: ${items.length} files: ${pending.length} linted, ${items.length - pending.length} from cache, ${jobs} job${jobs === 1 ? '' : 's'}${plan.split === 'stages' ? ' (analysis in a worker, rules here)' : ''}\n`);
  }

  const files = items.flatMap((item) => (item.file ? [item.file] : []));
  const configs = new Map(items.flatMap((item) => (item.file ? [[item.file, item.config] as const] : [])));
  checkRun(files, (file) => configs.get(file)!);

  const quiet = values.quiet;
  if (values['fix-dry-run']) {
    writeOutput(diff, values['output-file'], io);
  } else {
    const color = wantsColor(values, io);
    const options = { quiet, color, version: VERSION };
    writeOutput(REPORT_PIECES[values.format]?.(files, options) ?? report(files, options), values['output-file'], io);
  }
  if (failed) return 2;
  return exitCode(files, quiet, values.frail, maxWarnings, io);
}

/** Entry point for the bin script: turns every failure into one clear line and exit code 2. */
export async function main(argv: string[]): Promise<number> {
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
  // A closed pipe (copydesk ... | head) ends quietly with the exit code the findings deserve; any other
  // failure to write the report (a full disk) is one line and exit 2.
  let outputError: unknown;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') outputError ??= error;
  });
  process.stderr.on('error', () => {});
  try {
    const code = await run(argv, io);
    await new Promise((resolve) => setImmediate(resolve));
    if (outputError) {
      io.stderr(`copydesk: cannot write the report: ${errorText(outputError)}\n`);
      return 2;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      io.stderr(`copydesk: ${error.message}\n`);
    } else {
      io.stderr(`copydesk: internal error: ${(error as Error).message ?? String(error)}\n`);
      if (process.env.COPYDESK_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    }
    return 2;
  }
}
