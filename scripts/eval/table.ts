// Plain-text tables for the terminal (also valid Markdown).
import type { RuleScore } from './score.js';

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, i) => (i === 0 ? ':' : '-') + '-'.repeat(width) + (i === 0 ? '-' : ':')).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

export const pct = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

/** The score table; `extra` adds a column (e.g. findings on a defect of any kind) with its header. */
export function scoreTable(scores: readonly RuleScore[], extra?: { header: string; value: (ruleId: string) => string }): string {
  return table(
    ['rule', 'findings', 'correct', 'truths', 'found', 'precision', 'recall', 'F1', ...(extra ? [extra.header] : [])],
    scores.map((row) => [row.ruleId, row.findings, row.truePositives, row.truths, row.found, pct(row.precision), pct(row.recall), pct(row.f1), ...(extra ? [extra.value(row.ruleId)] : [])]),
  );
}
