// Set (d) and (e): the clean history corpus (../shared/corpora/history-state-gov), split once into a
// development part and a held-out part (split.ts). (d) inserts defects into each part and scores them;
// (e) lints the whole clean corpus as one run and counts findings per 1,000 words: false alarms, bar
// the few real defects the source is known to have.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../../src/config.js';
import { countWords, lintDocs, RULE_IDS } from './lint.js';
import { heldOut } from './split.js';
import { blockParagraphsOf, type SourceDoc } from './synthetic.js';

export interface HistoryDoc extends SourceDoc {
  text: string;
  heldOut: boolean;
}

/** Every document of the corpus folder, in file-name order, with its split. */
export function loadHistory(dir: string): HistoryDoc[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /^\d+-.*\.txt$/.test(name))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, text, paragraphs: blockParagraphsOf(text), heldOut: heldOut(name) };
    });
}

export interface CleanFinding {
  ruleId: string;
  doc: string;
  /** line:column of the start. */
  place: string;
  text: string;
  reason: string;
  heldOut: boolean;
}

export interface CleanResult {
  documents: number;
  words: number;
  /** Findings per rule id, and per 1,000 words. */
  counts: Record<string, number>;
  perKiloWord: Record<string, number>;
  findings: CleanFinding[];
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

/** Lints every document as one run (cross-file checks included) and counts what it reports. */
export function evalClean(docs: readonly HistoryDoc[], config?: ResolvedConfig): CleanResult {
  const byName = new Map(docs.map((doc) => [doc.name, doc]));
  const raw = lintDocs(docs.map((doc) => ({ name: doc.name, text: doc.text })), config);
  const words = docs.reduce((sum, doc) => sum + countWords(doc.text), 0);
  const counts: Record<string, number> = Object.fromEntries(RULE_IDS.map((id) => [id, 0]));
  for (const finding of raw) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  const perKiloWord = Object.fromEntries(Object.entries(counts).map(([id, count]) => [id, (1000 * count) / Math.max(1, words)]));
  const findings = raw.map((finding) => {
    const doc = byName.get(finding.doc)!;
    return { ruleId: finding.ruleId, doc: finding.doc, place: lineColumn(doc.text, finding.start), text: doc.text.slice(finding.start, finding.end).slice(0, 200), reason: finding.reason, heldOut: doc.heldOut };
  });
  return { documents: docs.length, words, counts, perKiloWord, findings };
}
