// Set (b): every system's outputs against the raters' spans; findings per 1,000 words per system.
import { lintDocs, RULE_IDS, type Finding } from './lint.js';
import { matches, onAnyPlace, score, type RuleScore } from './score.js';
import { allRaterSpans, rankSystems, wmtTruths, type SystemRank, type WmtData } from './wmt.js';

export interface SystemRate extends SystemRank {
  /** Findings per 1,000 words, by rule id. */
  findingsPerKiloWord: Record<string, number>;
}

export interface WmtResult {
  documents: number;
  words: number;
  truths: number;
  unplacedErrors: number;
  scores: RuleScore[];
  /** Per rule, findings overlapping a rater span of any category (not only the mapped ones). */
  onAnyRaterSpan: Record<string, number>;
  findingsPerKiloWord: Record<string, number>;
  systems: SystemRate[];
  findings: Finding[];
  /** Up to 25 findings per rule, with their text and whether they fall on a mapped rater span, to read. */
  samples: { ruleId: string; doc: string; text: string; reason: string; correct: boolean }[];
}

export function perKiloWord(findings: readonly Finding[], words: number): Record<string, number> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, (findings.filter((finding) => finding.ruleId === id).length * 1000) / Math.max(1, words)]));
}

export function evalWmt(data: WmtData): WmtResult {
  const { truths, unplaced } = wmtTruths(data);
  const ranks = rankSystems(data);
  const findings: Finding[] = [];
  const systems: SystemRate[] = [];
  // One run per system, as a newsroom would lint its own folder of articles.
  for (const rank of ranks) {
    const systemFindings = lintDocs(data.docs.filter((doc) => doc.system === rank.system));
    findings.push(...systemFindings);
    systems.push({ ...rank, findingsPerKiloWord: perKiloWord(systemFindings, rank.words) });
  }
  const words = data.docs.reduce((sum, doc) => sum + doc.words, 0);
  const textOf = new Map(data.docs.map((doc) => [doc.name, doc.text]));
  const samples: WmtResult['samples'] = [];
  const perRule = new Map<string, number>();
  for (const finding of findings) {
    const count = perRule.get(finding.ruleId) ?? 0;
    perRule.set(finding.ruleId, count + 1);
    if (count >= 25) continue;
    const correct = truths.some((truth) => matches(finding, truth));
    samples.push({ ruleId: finding.ruleId, doc: finding.doc, text: textOf.get(finding.doc)!.slice(finding.start, finding.end).slice(0, 200), reason: finding.reason, correct });
  }
  return {
    documents: data.docs.length,
    words,
    truths: truths.length,
    unplacedErrors: unplaced,
    scores: score(findings, truths, RULE_IDS),
    onAnyRaterSpan: Object.fromEntries(onAnyPlace(findings, allRaterSpans(data))),
    findingsPerKiloWord: perKiloWord(findings, words),
    systems,
    findings,
    samples,
  };
}
