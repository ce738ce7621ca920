// Matching findings to true defects by overlap, and precision / recall / F1 per rule id.

/** A place in one document of a set, with the rule id it belongs to. */
export interface Span {
  doc: string;
  ruleId: string;
  start: number;
  end: number;
}

/** A true defect; a finding overlapping any of its places finds it (a duplicate can be found at either copy). */
export interface Truth extends Span {
  kind?: string;
  also?: { start: number; end: number }[];
}

export interface RuleScore {
  ruleId: string;
  findings: number;
  truePositives: number;
  truths: number;
  found: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Half-open ranges overlap; an empty range overlaps a range that contains its point. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end) return a.start >= b.start && a.start < Math.max(b.end, b.start + 1);
  if (b.start === b.end) return b.start >= a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function placesOf(truth: Truth): { start: number; end: number }[] {
  return [truth, ...(truth.also ?? [])];
}

export function matches(finding: Span, truth: Truth): boolean {
  return finding.doc === truth.doc && finding.ruleId === truth.ruleId && placesOf(truth).some((place) => overlaps(finding, place));
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/**
 * Scores findings against truths for each rule id: a finding is a true positive when it overlaps a
 * truth of its rule in the same document; a truth is found when some finding of its rule overlaps it.
 */
export function score(findings: Span[], truths: Truth[], ruleIds: readonly string[]): RuleScore[] {
  const truthsByKey = new Map<string, Truth[]>();
  for (const truth of truths) {
    const key = `${truth.doc}\0${truth.ruleId}`;
    truthsByKey.set(key, [...(truthsByKey.get(key) ?? []), truth]);
  }
  const foundTruths = new Set<Truth>();
  const tp = new Map<string, number>();
  for (const finding of findings) {
    const hits = (truthsByKey.get(`${finding.doc}\0${finding.ruleId}`) ?? []).filter((truth) => matches(finding, truth));
    if (hits.length > 0) tp.set(finding.ruleId, (tp.get(finding.ruleId) ?? 0) + 1);
    for (const truth of hits) foundTruths.add(truth);
  }
  return ruleIds.map((ruleId) => {
    const ruleFindings = findings.filter((finding) => finding.ruleId === ruleId).length;
    const ruleTruths = truths.filter((truth) => truth.ruleId === ruleId);
    const found = ruleTruths.filter((truth) => foundTruths.has(truth)).length;
    const truePositives = tp.get(ruleId) ?? 0;
    const precision = ratio(truePositives, ruleFindings);
    const recall = ratio(found, ruleTruths.length);
    const f1 = precision === null || recall === null || precision + recall === 0 ? (precision === 0 || recall === 0 ? 0 : null) : (2 * precision * recall) / (precision + recall);
    return { ruleId, findings: ruleFindings, truePositives, truths: ruleTruths.length, found, precision, recall, f1 };
  });
}

/** Per rule id, how many findings overlap any of `places` in the same document, whatever rule or category the place is for. */
export function onAnyPlace(findings: readonly Span[], places: readonly Truth[]): Map<string, number> {
  const byDoc = new Map<string, Truth[]>();
  for (const place of places) byDoc.set(place.doc, [...(byDoc.get(place.doc) ?? []), place]);
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const hit = (byDoc.get(finding.doc) ?? []).some((place) => placesOf(place).some((one) => overlaps(finding, one)));
    if (hit) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  }
  return counts;
}
