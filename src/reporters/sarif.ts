// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { CONTROL_DOCS } from '../controls.js';
import { RULE_BY_ID } from '../registry.js';
import { docsUrl } from '../rule.js';
import type { ReportOptions } from './index.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' | 'none' };
}

const PLUGINS_DOCS = 'https://github.com/copydesk/copydesk#retext-plugins-in-copydesk';

function ruleFor(id: string): SarifRule {
  const rule = RULE_BY_ID.get(id);
  const level = rule?.defaultSeverity === 'error' ? 'error' : rule?.defaultSeverity === 'off' ? 'none' : 'warning';
  return {
    id,
    shortDescription: { text: rule ? (rule.id === id ? rule.description : `${rule.description} (reported as ${id})`) : id === 'control-comment' ? 'A copydesk control comment names an unknown rule' : `Reported by a configured retext plugin (${id})` },
    helpUri: rule ? docsUrl(rule.id) : id === 'control-comment' ? CONTROL_DOCS : PLUGINS_DOCS,
    defaultConfiguration: { level },
  };
}

/** A file's location as SARIF wants it: relative to the checkout (%SRCROOT%) or an absolute file URI. */
function artifactLocation(filePath: string): { uri: string; uriBaseId?: string } {
  if (!filePath) return { uri: 'stdin' };
  if (path.isAbsolute(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: filePath.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(place: unknown): Record<string, number> | undefined {
  if (!place || typeof place !== 'object') return undefined;
  const start = ('start' in place ? (place as { start: { line?: number; column?: number } }).start : place) as { line?: number; column?: number };
  const end = 'end' in place ? (place as { end: { line?: number; column?: number } }).end : undefined;
  if (!start.line) return undefined;
  const out: Record<string, number> = { startLine: start.line };
  if (start.column) out.startColumn = start.column;
  if (end?.line) out.endLine = end.line;
  if (end?.column) out.endColumn = end.column;
  return out;
}

export function sarifLog(files: VFile[], { quiet }: Pick<ReportOptions, 'quiet'>, version: string): object {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: object[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      if (quiet && !message.fatal) continue;
      const id = String(message.ruleId ?? 'copydesk');
      if (!ruleIndex.has(id)) {
        ruleIndex.set(id, rules.length);
        rules.push(ruleFor(id));
      }
      const where = region(message.place);
      const text = message.expected?.length ? `${message.reason} (suggestion: ${message.expected.join(', ')})` : message.reason;
      results.push({
        ruleId: id,
        ruleIndex: ruleIndex.get(id),
        level: message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note',
        message: { text },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), ...(where ? { region: where } : {}) } }],
        // The finding as copydesk reported it, so that merge-reports can rebuild it exactly.
        properties: { reason: message.reason, ...(message.actual !== undefined ? { actual: message.actual } : {}), ...(message.expected ? { expected: message.expected } : {}) },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'copydesk', version, semanticVersion: version, informationUri: 'https://github.com/copydesk/copydesk', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL((files[0]?.cwd ?? process.cwd()) + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
