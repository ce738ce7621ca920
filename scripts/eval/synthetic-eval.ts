// Scores the rules on the synthetic set; findings the untouched text already drew are set aside.
import { lintDocs, RULE_IDS, type Finding } from './lint.js';
import { matches, onAnyPlace, score, type RuleScore } from './score.js';
import { buildSynthetic, type SourceDoc, type SyntheticDoc, type SyntheticOptions } from './synthetic.js';
import type { ResolvedConfig } from '../../src/config.js';

export interface SyntheticResult {
  source: string;
  seed: number;
  rounds: number;
  documents: number;
  truths: number;
  truthsByKind: Record<string, number>;
  /** Found by the rule the kind is for. */
  foundByKind: Record<string, number>;
  /** Found by some rule, any rule. */
  foundByAnyRuleByKind: Record<string, number>;
  /** Per rule, findings on an inserted defect of any kind (a misspelt name found by spelling, say). */
  onAnyDefect: Record<string, number>;
  /** Findings that the untouched text drew too (same rule and text): not counted either way. */
  preExisting: number;
  scores: RuleScore[];
  missed: { kind: string; detail: string; doc: string }[];
  /** Findings on no inserted defect of any kind (at most 30 per rule), to read. */
  unmatched: { ruleId: string; doc: string; text: string; reason: string }[];
}

const keyOf = (finding: Finding, text: string) => `${finding.ruleId}\0${text.slice(finding.start, finding.end)}`;

/** The name of a synthetic document without its round prefix: the same for every round of one source. */
const baseName = (name: string) => name.replace(/^r\d+-/, '');

/**
 * Builds `rounds` synthetic sets from the same sources (seeds seed, seed + 1, ...), lints each round as
 * its own run, and scores them together.
 */
export function evalSynthetic(sources: readonly SourceDoc[], sourceName: string, seed: number, rounds = 3, options: SyntheticOptions & { config?: ResolvedConfig } = {}): SyntheticResult {
  const docs: SyntheticDoc[] = [];
  const raw: Finding[] = [];
  for (let round = 0; round < rounds; round++) {
    const set = buildSynthetic(sources, seed + round, `r${round}-`, options);
    docs.push(...set);
    raw.push(...lintDocs(set.map((doc) => ({ name: doc.name, text: doc.text })), options.config));
  }
  const truths = docs.flatMap((doc) => doc.truths);
  const textOf = new Map(docs.map((doc) => [doc.name, doc]));
  const cleanDocs = docs.filter((doc) => doc.name.startsWith('r0-')).map((doc) => ({ name: baseName(doc.name), text: doc.clean }));
  const cleanText = new Map(cleanDocs.map((doc) => [doc.name, doc.text]));
  const before = new Set(lintDocs(cleanDocs, options.config).map((finding) => `${finding.doc}\0${keyOf(finding, cleanText.get(finding.doc)!)}`));
  let preExisting = 0;
  const findings = raw.filter((finding) => {
    const old = before.has(`${baseName(finding.doc)}\0${keyOf(finding, textOf.get(finding.doc)!.text)}`);
    if (old && !truths.some((truth) => matches({ ...finding, ruleId: truth.ruleId }, truth))) {
      preExisting++;
      return false;
    }
    return true;
  });
  const truthsByKind: Record<string, number> = {};
  const foundByKind: Record<string, number> = {};
  const foundByAnyRuleByKind: Record<string, number> = {};
  const missed: SyntheticResult['missed'] = [];
  for (const truth of truths) {
    const kind = truth.kind ?? truth.ruleId;
    truthsByKind[kind] = (truthsByKind[kind] ?? 0) + 1;
    const found = findings.some((finding) => matches(finding, truth));
    if (found) foundByKind[kind] = (foundByKind[kind] ?? 0) + 1;
    if (findings.some((finding) => matches({ ...finding, ruleId: truth.ruleId }, truth))) foundByAnyRuleByKind[kind] = (foundByAnyRuleByKind[kind] ?? 0) + 1;
    else missed.push({ kind, detail: truth.detail, doc: truth.doc });
  }
  const unmatched: SyntheticResult['unmatched'] = [];
  const perRule = new Map<string, number>();
  for (const finding of findings) {
    if (truths.some((truth) => matches({ ...finding, ruleId: truth.ruleId }, truth))) continue;
    const count = perRule.get(finding.ruleId) ?? 0;
    perRule.set(finding.ruleId, count + 1);
    if (count < 30) unmatched.push({ ruleId: finding.ruleId, doc: finding.doc, text: textOf.get(finding.doc)!.text.slice(finding.start, finding.end).slice(0, 200), reason: finding.reason });
  }
  const ids = [...new Set([...RULE_IDS, ...truths.map((truth) => truth.ruleId)])];
  return { source: sourceName, seed, rounds, documents: docs.length, truths: truths.length, truthsByKind, foundByKind, foundByAnyRuleByKind, onAnyDefect: Object.fromEntries(onAnyPlace(findings, truths)), preExisting, scores: score(findings, truths, ids), missed, unmatched };
}
