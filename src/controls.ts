// Markdown control comments: <!-- copydesk-disable ids -->, <!-- copydesk-enable ids -->, <!-- copydesk-ignore-next ids -->.
import type { VFile } from 'vfile';
import type { DocumentAnalysis } from './analysis/index.js';
import { RULE_BY_ID } from './registry.js';
import { pluginOfRuleId } from './retext/plugin-config.js';

/** Offsets [start, end) where messages of `ruleIds` (every rule but `except` when `ruleIds` is undefined) are dropped. */
export interface SilencedRange {
  start: number;
  end: number;
  ruleIds?: string[];
  except?: string[];
}

declare module 'vfile' {
  interface DataMap {
    /** Ranges silenced by control comments (JSON-serialisable, so worker and cached results keep them). */
    silenced: SilencedRange[];
  }
}

export const CONTROL_DOCS = 'https://github.com/copydesk/copydesk/blob/main/docs/INTEGRATIONS.md#control-comments-in-markdown';
const CONTROL = /^copydesk-(disable|enable|ignore-next)(?:\s+([\s\S]*))?$/;

export interface UnknownControl {
  start: number;
  end: number;
  reason: string;
}

/**
 * Works out the silenced ranges of a Markdown document from its HTML comments. An id is a copydesk
 * rule, or a configured retext plugin's `package` or `package:ruleId` (`plugins` lists their packages).
 */
export function silencedRanges(analysis: DocumentAnalysis, plugins: readonly string[] = []): { ranges: SilencedRange[]; problems: UnknownControl[] } {
  const ranges: SilencedRange[] = [];
  const problems: UnknownControl[] = [];
  // State between comments: every rule off (but `on`), or only the rules in `off`.
  let allOff = false;
  let on = new Set<string>();
  let off = new Set<string>();
  let since = 0;
  const flush = (at: number): void => {
    if (at > since && allOff) ranges.push(on.size > 0 ? { start: since, end: at, except: [...on] } : { start: since, end: at });
    else if (at > since && off.size > 0) ranges.push({ start: since, end: at, ruleIds: [...off] });
    since = at;
  };
  for (const comment of analysis.comments) {
    const match = CONTROL.exec(comment.body);
    if (!match) continue;
    const [, verb, list] = match;
    const ids = (list ?? '').split(/[\s,]+/).filter(Boolean);
    const known = ids.filter((id) => {
      if (RULE_BY_ID.has(id)) return true;
      const plugin = pluginOfRuleId(id);
      if (plugin && plugins.includes(plugin)) return true;
      const hint = plugin && id.startsWith('retext-') ? ` (plugin "${plugin}" is not in the configuration's plugins)` : '';
      problems.push({ start: comment.start, end: comment.end, reason: `Unknown rule "${id}" in control comment copydesk-${verb}${hint}` });
      return false;
    });
    if (ids.length > 0 && known.length === 0) continue;
    if (verb === 'ignore-next') {
      const next = analysis.paragraphs.find((paragraph) => paragraph.start >= comment.end);
      if (next) ranges.push(known.length > 0 ? { start: comment.start, end: next.end, ruleIds: known } : { start: comment.start, end: next.end });
      continue;
    }
    flush(comment.start);
    if (known.length === 0) {
      allOff = verb === 'disable';
      on = new Set();
      off = new Set();
    } else if (allOff) {
      for (const id of known) (verb === 'enable' ? on.add(id) : on.delete(id));
    } else {
      for (const id of known) (verb === 'disable' ? off.add(id) : off.delete(id));
    }
  }
  flush(analysis.text.length);
  return { ranges, problems };
}

function offsetOf(message: VFile['messages'][number]): number | undefined {
  const place = message.place;
  if (!place) return undefined;
  return 'start' in place ? place.start.offset : place.offset;
}

/** The ids a control comment can name a message by: its rule id, or a plugin's `package` and `package:ruleId`. */
function idsOf(message: VFile['messages'][number]): string[] {
  const source = message.source;
  if (!source || source === 'copydesk') return [String(message.ruleId)];
  return message.ruleId ? [source, `${source}:${message.ruleId}`] : [source];
}

/** Drops the messages that fall in a silenced range of their rule. */
export function applyControls(file: VFile): void {
  const ranges = file.data.silenced;
  if (!ranges || ranges.length === 0) return;
  file.messages = file.messages.filter((message) => {
    const at = offsetOf(message);
    if (at === undefined || message.ruleId === 'control-comment') return true;
    const ids = idsOf(message);
    const named = (list: string[]) => ids.some((id) => list.includes(id));
    return !ranges.some((range) => at >= range.start && at < range.end && (range.ruleIds ? named(range.ruleIds) : !(range.except && named(range.except))));
  });
}

/** Reads a linted Markdown file's control comments, keeps the ranges in `file.data.silenced` and drops silenced messages. */
export function applyControlComments(file: VFile, plugins: readonly string[] = []): void {
  const analysis = file.data.analysis;
  if (!analysis || analysis.comments.length === 0) return;
  const { ranges, problems } = silencedRanges(analysis, plugins);
  file.data.silenced = ranges;
  applyControls(file);
  for (const problem of problems) {
    const message = file.message(problem.reason, { place: { start: analysis.point(problem.start), end: analysis.point(problem.end) }, ruleId: 'control-comment', source: 'copydesk' });
    message.fatal = false;
    message.url = CONTROL_DOCS;
  }
}
