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

interface SarifRun {
  tool?: { driver?: { rules?: { id: string; helpUri?: string }[] } };
  results?: SarifResult[];
}

function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri.split('/').map(decodeURIComponent).join('/');
}

/** Messages by file path, in the report's order. */
type Collected = Map<string, { messages: SerialMessage[]; cwd?: string }>;

function fromJson(report: unknown[], name: string, into: Collected): void {
  for (const entry of report) {
    const file = entry as { path?: string; cwd?: string; messages?: SerialMessage[] };
    if (typeof file !== 'object' || file === null || !Array.isArray(file.messages)) throw new UsageError(`${name}: not a copydesk JSON report (an entry has no "messages")`);
    const key = file.path ?? '';
    const slot = into.get(key) ?? { messages: [], cwd: file.cwd };
    slot.messages.push(...file.messages);
    into.set(key, slot);
  }
}

function fromSarif(log: { runs?: SarifRun[] }, name: string, into: Collected): void {
  if (!Array.isArray(log.runs)) throw new UsageError(`${name}: not a SARIF log (no "runs")`);
  for (const run of log.runs) {
    const help = new Map((run.tool?.driver?.rules ?? []).map((rule) => [rule.id, rule.helpUri]));
    for (const result of run.results ?? []) {
      const physical = result.locations?.[0]?.physicalLocation;
      const key = uriToPath(physical?.artifactLocation?.uri ?? '');
      const region = physical?.region;
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

/** Reads the reports and returns one VFile per linted file, ordered by path as a folder walk orders them. */
export function readReports(names: readonly string[]): VFile[] {
  if (names.length === 0) throw new UsageError('merge-reports needs the report files to merge (see copydesk --help)');
  const collected: Collected = new Map();
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(name, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`${name}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : `not valid JSON: ${(error as Error).message}`}`);
    }
    if (Array.isArray(data)) fromJson(data, name, collected);
    else if (data && typeof data === 'object' && 'runs' in data) fromSarif(data as { runs?: SarifRun[] }, name, collected);
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
