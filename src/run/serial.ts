// Lint results as plain JSON: what worker threads send back and what the cache stores.
import { VFile } from 'vfile';
import type { SilencedRange } from '../controls.js';

export interface SerialPoint {
  line: number;
  column: number;
  offset?: number;
}

export interface SerialMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  place?: { start: SerialPoint; end: SerialPoint } | SerialPoint;
  actual?: string;
  expected?: string[];
  url?: string;
  note?: string;
  data?: unknown;
  /** The message's safe fix, if any. */
  fix?: { start: number; end: number; text: string };
}

/** One file's result before the cross-file checks. */
export interface SerialResult {
  messages: SerialMessage[];
  collected: Record<string, unknown>;
  silenced?: SilencedRange[];
}

function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function serialise(file: VFile): SerialResult {
  const fixes = file.data.fixes;
  return {
    messages: file.messages.map((message) => {
      const out: SerialMessage = { reason: message.reason, ruleId: message.ruleId, source: message.source, fatal: message.fatal };
      if (message.place) out.place = plain(message.place) as SerialMessage['place'];
      if (message.actual !== undefined) out.actual = message.actual;
      if (message.expected !== undefined) out.expected = [...message.expected];
      if (message.url !== undefined) out.url = message.url;
      if (message.note !== undefined) out.note = message.note;
      const data = (message as { data?: unknown }).data;
      if (data !== undefined) out.data = plain(data);
      const fix = fixes?.get(message);
      if (fix) out.fix = { ...fix };
      return out;
    }),
    collected: plain(file.data.collected ?? {}),
    ...(file.data.silenced ? { silenced: file.data.silenced } : {}),
  };
}

/** Rebuilds the VFile a lint of `text` gave, from its serialised result. */
export function restore(result: SerialResult, text: string, filePath: string | undefined, cwd: string): VFile {
  const file = new VFile({ value: text, path: filePath, cwd });
  file.data.collected = result.collected;
  if (result.silenced) file.data.silenced = result.silenced;
  for (const entry of result.messages) addSerialMessage(file, entry);
  return file;
}

export function addSerialMessage(file: VFile, entry: SerialMessage): void {
  const message = file.message(entry.reason, { place: entry.place as never, ruleId: entry.ruleId, source: entry.source });
  message.fatal = entry.fatal;
  if (entry.actual !== undefined) message.actual = entry.actual;
  if (entry.expected !== undefined) message.expected = entry.expected;
  if (entry.url !== undefined) message.url = entry.url;
  if (entry.note !== undefined) message.note = entry.note;
  if (entry.data !== undefined) Object.assign(message, { data: entry.data });
  if (entry.fix) {
    file.data.fixes ??= new Map();
    file.data.fixes.set(message, entry.fix);
  }
}
