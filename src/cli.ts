// The command line: copydesk [options] [files, folders or globs]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ignore from 'ignore';
import type { VFile } from 'vfile';
import { ConfigFinder, parseRuleFlags, type ResolvedConfig } from './config.js';
import { UsageError } from './errors.js';
import { decode, expandInputs, FileError, readSource } from './files.js';
import { checkRun, lintDocument, RuleFailure } from './pipeline.js';
import { REPORTERS } from './reporters/index.js';
import { RULES } from './registry.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd: string;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export const VERSION: string = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

const HELP = `Usage: copydesk [options] [files, folders or globs]

Lints prose in .txt, .md and .markdown files. With no files, lints the current folder.
Use "-" to read standard input.

Options:
  --format <name>          Report format: ${Object.keys(REPORTERS).join(', ')} (default: stylish)
  --quiet                  Report errors only, not warnings
  --frail                  Exit with 1 on warnings too
  --max-warnings <n>       Exit with 1 when there are more than n warnings
  --rule <id=severity>     Set a rule to off, warn or error (repeatable)
  --config <file>          Use this config file instead of searching for one
  --stdin-filename <name>  Name (and format, by extension) of the text read from standard input
  --no-color               No colors in the stylish report
  --list-rules             List the rules with their default severity
  -h, --help               Show this help
  -v, --version            Show the version

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

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, got "${value}"`);
  return Number(value);
}

function listRules(): string {
  return RULES.flatMap((rule) =>
    [rule.id, ...(rule.extraIds ?? [])].map((id) => `${id.padEnd(22)} ${rule.defaultSeverity.padEnd(6)} ${id === rule.id ? rule.description : `(reported by ${rule.id})`}`),
  ).join('\n');
}

/** Drops files that their configuration's `ignore` patterns name. */
function filterConfigIgnored(files: string[], finder: ConfigFinder, cwd: string): string[] {
  return files.filter((file) => {
    const config = finder.forFile(path.resolve(cwd, file));
    if (config.ignore.length === 0 || !config.source) return true;
    const relative = path.relative(path.dirname(config.source), path.resolve(cwd, file)).split(path.sep).join('/');
    return relative.startsWith('..') || !ignore().add(config.ignore).ignores(relative);
  });
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
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
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const overrides = parseRuleFlags(values.rule);
  if (values.config && !fs.existsSync(path.resolve(io.cwd, values.config))) {
    throw new UsageError(`Config file not found: ${values.config}`);
  }
  const finder = new ConfigFinder(overrides, values.config && path.resolve(io.cwd, values.config));

  const useStdin = positionals.includes('-');
  if (useStdin && positionals.length > 1) throw new UsageError('"-" (standard input) cannot be combined with files');
  if (!useStdin && values['stdin-filename']) throw new UsageError('--stdin-filename needs "-" to read standard input');

  const files: VFile[] = [];
  const configs = new Map<VFile, ResolvedConfig>();
  let failed = false;
  const lintOne = (text: string, filePath: string | undefined): void => {
    const config = finder.forFile(filePath === undefined ? undefined : path.resolve(io.cwd, filePath));
    try {
      const file = lintDocument(text, filePath, config, io.cwd);
      files.push(file);
      configs.set(file, config);
    } catch (error) {
      if (!(error instanceof RuleFailure)) throw error;
      io.stderr(`copydesk: ${filePath ?? '<stdin>'}: ${error.message}\n`);
      failed = true;
    }
  };

  if (useStdin) {
    const name = values['stdin-filename'];
    lintOne(decode(await io.readStdin(), name ?? '<stdin>').text, name);
  } else {
    const inputs = positionals.length > 0 ? positionals : ['.'];
    const paths = filterConfigIgnored(await expandInputs(inputs, io.cwd), finder, io.cwd);
    for (const filePath of paths) {
      let text: string;
      try {
        text = readSource(path.resolve(io.cwd, filePath)).text;
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        io.stderr(`copydesk: ${filePath}: ${error.message.slice(error.filePath.length + 2)}\n`);
        failed = true;
        continue;
      }
      lintOne(text, filePath);
    }
  }

  checkRun(files, (file) => configs.get(file)!);

  const quiet = values.quiet;
  const color = !values['no-color'] && io.isTTY && !io.env.NO_COLOR;
  const output = report(files, { quiet, color });
  if (output) io.stdout(output.endsWith('\n') ? output : output + '\n');

  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++;
      else if (message.fatal === false && !quiet) warnings++;
    }
  }
  if (failed) return 2;
  if (errors > 0 || (values.frail && warnings > 0)) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`copydesk: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
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
    env: process.env,
  };
  try {
    return await run(argv, io);
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
