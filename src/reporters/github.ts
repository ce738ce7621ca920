// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { ReportOptions } from './index.js';

/** Escaping of a workflow command's message. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function pointOf(place: unknown, which: 'start' | 'end'): { line?: number; column?: number } {
  if (!place || typeof place !== 'object') return {};
  const point = 'start' in place ? (place as Record<string, { line?: number; column?: number }>)[which] : which === 'start' ? (place as { line?: number; column?: number }) : undefined;
  return point ?? {};
}

export function githubReport(files: VFile[], { quiet }: ReportOptions): string {
  const lines: string[] = [];
  for (const file of files) {
    const name = (file.path || '<stdin>').split(path.sep).join('/');
    for (const message of file.messages) {
      if (quiet && !message.fatal) continue;
      const command = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'notice';
      const start = pointOf(message.place, 'start');
      const end = pointOf(message.place, 'end');
      const properties: [string, string | number | undefined][] = [
        ['file', name],
        ['line', start.line],
        ['col', start.column],
        ['endLine', end.line],
        ['endColumn', end.column],
        ['title', `copydesk(${message.ruleId ?? 'copydesk'})`],
      ];
      const props = properties
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      const text = message.expected?.length ? `${message.reason} (suggestion: ${message.expected.join(', ')})` : message.reason;
      lines.push(`::${command} ${props}::${escapeData(text)}`);
    }
  }
  return lines.join('\n');
}
