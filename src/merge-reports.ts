// copydesk merge-reports: joins the JSON or SARIF reports of shards into one report in any format.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { UsageError } from './errors.js';
import { addSerialMessage, type SerialMessage } from './run/serial.js';
import { comparePaths } from './shard.js';

interface SarifResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number } } }[];
  properties?: { reason?: string; actual?: string; expected?: string[] };
}

function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri.split('/').map(decodeURIComponent).join('/');
}

/** Messages by file path, in the report's order. */
type Collected = Map<string, { messages: SerialMessage[]; cwd?: string }>;

/** Why `value` is not a vfile place (a point or a start-end span of 1-based line and column numbers), if it is not. */
function placeProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const isPoint = (point: unknown): boolean => {
    const p = point as { line?: unknown; column?: unknown };
    return typeof point === 'object' && point !== null && isLineNumber(p.line) && (p.column === undefined || isLineNumber(p.column));
  };
  if (isPoint(value)) return undefined;
  const span = value as { start?: unknown; end?: unknown };
  if (typeof value === 'object' && isPoint(span.start) && isPoint(span.end)) return undefined;
  return 'a message has a position that is not 1-based line and column numbers';
}

function isLineNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a JSON report's message is not copydesk's, if it is not. */
function jsonMessageProblem(message: unknown): string | undefined {
  if (!isObject(message)) return 'a message is not an object';
  if (typeof message.reason !== 'string') return 'a message has no "reason" text';
  if (message.source !== 'copydesk') return `a message comes from ${typeof message.source === 'string' ? `"${message.source.slice(0, 40)}"` : 'another tool'}, not copydesk`;
  if (message.ruleId !== undefined && message.ruleId !== null && typeof message.ruleId !== 'string') return 'a message has a rule id that is not text';
  if (message.fatal !== undefined && message.fatal !== null && typeof message.fatal !== 'boolean') return 'a message has a "fatal" that is not true, false or null';
  for (const key of ['actual', 'url', 'note'] as const) if (message[key] !== undefined && message[key] !== null && typeof message[key] !== 'string') return `a message has an "${key}" that is not text`;
  if (message.expected !== undefined && message.expected !== null && !(Array.isArray(message.expected) && message.expected.every((item) => typeof item === 'string'))) return 'a message has "expected" that is not a list of texts';
  return placeProblem(message.place);
}

function fromJson(report: unknown[], name: string, into: Collected): void {
  for (const entry of report) {
    if (!isObject(entry) || !Array.isArray(entry.messages)) throw new UsageError(`${name}: not a copydesk JSON report (an entry has no "messages" list)`);
    if (entry.path !== undefined && typeof entry.path !== 'string') throw new UsageError(`${name}: not a copydesk JSON report (an entry's "path" is not text)`);
    if (entry.cwd !== undefined && typeof entry.cwd !== 'string') throw new UsageError(`${name}: not a copydesk JSON report (an entry's "cwd" is not text)`);
    for (const message of entry.messages) {
      const problem = jsonMessageProblem(message);
      if (problem) throw new UsageError(`${name}: not a copydesk JSON report (${problem})`);
    }
    const key = (entry.path as string | undefined) ?? '';
    const slot = into.get(key) ?? { messages: [], cwd: entry.cwd as string | undefined };
    slot.messages.push(...(entry.messages as SerialMessage[]));
    into.set(key, slot);
  }
}

/** Why a SARIF result is not one copydesk wrote, if it is not. */
function sarifResultProblem(result: unknown): string | undefined {
  if (!isObject(result)) return 'a result is not an object';
  if (typeof result.ruleId !== 'string') return 'a result has no rule id';
  if (result.level !== undefined && !['error', 'warning', 'note', 'none'].includes(result.level as string)) return 'a result has an unknown level';
  const message = result.message as { text?: unknown } | undefined;
  if (!isObject(message) || typeof message.text !== 'string') return 'a result has no message text';
  if (!Array.isArray(result.locations) || result.locations.length === 0) return 'a result has no location';
  const physical = (result.locations[0] as { physicalLocation?: { artifactLocation?: { uri?: unknown }; region?: Record<string, unknown> } } | null)?.physicalLocation;
  if (!isObject(physical) || !isObject(physical.artifactLocation) || typeof physical.artifactLocation.uri !== 'string') return 'a result has no file URI';
  const region = physical.region;
  if (region !== undefined) {
    if (!isObject(region) || !isLineNumber(region.startLine)) return 'a result has a region without a 1-based start line';
    for (const key of ['startColumn', 'endLine', 'endColumn']) if (region[key] !== undefined && !isLineNumber(region[key])) return `a result has a ${key} that is not a 1-based number`;
  }
  const properties = result.properties;
  if (properties !== undefined && !isObject(properties)) return 'a result has properties that are not an object';
  if (properties && properties.reason !== undefined && typeof properties.reason !== 'string') return 'a result has a reason that is not text';
  if (properties && properties.actual !== undefined && typeof properties.actual !== 'string') return 'a result has an "actual" that is not text';
  if (properties && properties.expected !== undefined && !(Array.isArray(properties.expected) && properties.expected.every((item) => typeof item === 'string'))) return 'a result has "expected" that is not a list of texts';
  return undefined;
}

function fromSarif(log: Record<string, unknown>, name: string, into: Collected): void {
  if (!Array.isArray(log.runs)) throw new UsageError(`${name}: not a SARIF log (no "runs" list)`);
  for (const run of log.runs as unknown[]) {
    const driver = isObject(run) && isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    if (!driver) throw new UsageError(`${name}: not a SARIF log (a run has no tool)`);
    if (driver.name !== 'copydesk') throw new UsageError(`${name}: a SARIF log of ${typeof driver.name === 'string' ? `"${driver.name.slice(0, 40)}"` : 'another tool'}, not copydesk`);
    const results = (run as Record<string, unknown>).results ?? [];
    if (!Array.isArray(results)) throw new UsageError(`${name}: not a SARIF log ("results" is not a list)`);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    const help = new Map(rules.filter(isObject).map((rule) => [rule.id, typeof rule.helpUri === 'string' ? rule.helpUri : undefined]));
    for (const raw of results as unknown[]) {
      const problem = sarifResultProblem(raw);
      if (problem) throw new UsageError(`${name}: not a copydesk SARIF log (${problem})`);
      const result = raw as SarifResult;
      const physical = result.locations![0]!.physicalLocation!;
      let key: string;
      try {
        key = uriToPath(physical.artifactLocation!.uri!);
      } catch {
        throw new UsageError(`${name}: not a copydesk SARIF log (a result has a bad file URI)`);
      }
      const region = physical.region;
      const message: SerialMessage = {
        reason: result.properties?.reason ?? result.message?.text ?? '',
        ruleId: result.ruleId,
        source: 'copydesk',
        fatal: result.level === 'error' ? true : result.level === 'warning' ? false : null,
      };
      if (region?.startLine) {
        const start = { line: region.startLine, column: region.startColumn ?? 1 };
        message.place = { start, end: { line: region.endLine ?? start.line, column: region.endColumn ?? start.column } };
      }
      if (result.properties?.actual !== undefined) message.actual = result.properties.actual;
      if (result.properties?.expected !== undefined) message.expected = result.properties.expected;
      const url = result.ruleId ? help.get(result.ruleId) : undefined;
      if (url) message.url = url;
      const slot = into.get(key) ?? { messages: [] };
      slot.messages.push(message);
      into.set(key, slot);
    }
  }
}

/** Reports larger than this are refused (a run over a very large archive is merged in shards' reports anyway). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

/** A report's text: a regular file (never a device or FIFO) of at most MAX_REPORT_BYTES. */
function readReportFile(name: string): string {
  const fd = fs.openSync(name, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${name}: not a regular file`);
    if (stat.size > MAX_REPORT_BYTES) throw new UsageError(`${name}: larger than the limit of ${MAX_REPORT_BYTES / 1048576} MB for a report`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads the reports and returns one VFile per linted file, ordered by path as a folder walk orders them. */
export function readReports(names: readonly string[]): VFile[] {
  if (names.length === 0) throw new UsageError('merge-reports needs the report files to merge (see copydesk --help)');
  const collected: Collected = new Map();
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(readReportFile(name));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${name}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : `not valid JSON: ${(error as Error).message.split('\n')[0]}`}`);
    }
    if (Array.isArray(data)) fromJson(data, name, collected);
    else if (isObject(data) && 'runs' in data) fromSarif(data, name, collected);
    else throw new UsageError(`${name}: neither a copydesk JSON report nor a SARIF log`);
  }
  return [...collected.entries()]
    .sort(([a], [b]) => comparePaths(a, b))
    .map(([filePath, { messages, cwd }]) => {
      const file = new VFile({ path: filePath || undefined, cwd });
      for (const message of messages) addSerialMessage(file, message);
      return file;
    });
}
