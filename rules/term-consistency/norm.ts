// The document's usual form of a term: the most used form, when the evidence is not thin.
import type { Analysis, Finding } from '../../src/types.js';

export type TermKind = 'hyphenation' | 'capitals' | 'abbreviation' | 'spelling';

/** One use of a term in one of its forms. */
export interface Use {
  /** The sentence it is in: a use in a repeated sentence counts once. */
  sentence: number;
  start: number;
  end: number;
  /** The form it is written in ("hyphenated", "open", "capitalised", "judgement", ...). */
  form: string;
  /** The text the fix writes for this use in another form, by form. */
  rewrite(form: string): string;
  /** Counted in its form's habit, never reported as an odd use. */
  quiet?: boolean;
}

/**
 * The norm among the forms of `uses`: the form used most, at least `minUses` times and strictly
 * more than any other (a tie is thin evidence). Undefined when there is none or only one form.
 */
export function normOf(uses: readonly Use[], minUses: number): { form: string; count: number; first: Use } | undefined {
  const counts = new Map<string, number>();
  for (const use of uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
  if (counts.size < 2) return undefined;
  let best = '';
  let bestCount = 0;
  let second = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      second = bestCount;
      best = form;
      bestCount = count;
    } else if (count > second) second = count;
  }
  if (bestCount < minUses || bestCount === second) return undefined;
  return { form: best, count: bestCount, first: uses.find((use) => use.form === best)! };
}

/** Uses of one term that are compared with each other, and how much evidence a finding needs. */
export interface TermGroup {
  kind: TermKind;
  /** Names the term across files: its kind and its letters (and role or position where those matter). */
  key: string;
  uses: Use[];
  /** Uses the usual form needs (at least the rule's `minUses`). */
  minUses: number;
  /** At most this many uses in other forms (two dictionary words: one slip, not a habit). */
  maxOdd?: number;
  /** Whether replacing the odd form with the usual one is exact. */
  safe: boolean;
}

/** The findings of the groups whose evidence is strong enough. */
export function groupFindings(analysis: Analysis, groups: readonly TermGroup[], minUses: number): Finding[] {
  const findings: Finding[] = [];
  for (const group of groups) {
    // One form only: nothing to compare (most groups), and no need to look for copies.
    if (group.uses.every((use) => use.form === group.uses[0]!.form)) continue;
    const counted = distinct(analysis, group.uses);
    const norm = normOf(counted, Math.max(minUses, group.minUses));
    if (!norm || (group.maxOdd !== undefined && counted.length - norm.count > group.maxOdd)) continue;
    // A use in a copied sentence is reported once, at its first copy (the copy is duplicate-paragraph's finding).
    findings.push(...oddUses(analysis, counted, norm, group.kind, { safe: group.safe }));
  }
  return findings;
}

/** How far either side of a use its words are compared with another use's (within its sentence). */
const NEAR = 40;

/**
 * The uses, a copy of an earlier one left out: a use whose words around it, within its sentence, are
 * those of an earlier use is in a repeated sentence, even one edited elsewhere (a copy is not a second use).
 */
function distinct(analysis: Analysis, uses: readonly Use[]): Use[] {
  const seen = new Set<string>();
  return uses.filter((use) => {
    const sentence = analysis.sentences[use.sentence]!;
    const from = Math.max(sentence.start, use.start - NEAR);
    const key = `${use.start - from}\0${analysis.text.slice(from, Math.min(sentence.end, use.end + NEAR))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const counted = (count: number): string => (count === 1 ? 'once' : `${count} times`);

/** Findings for the uses that are not in the norm's form. */
export function oddUses(
  analysis: Analysis,
  uses: readonly Use[],
  norm: { form: string; count: number; first: Use },
  kind: TermKind,
  options: { safe: boolean; describe?: string },
): Finding[] {
  const at = analysis.point(norm.first.start);
  const usual = analysis.text.slice(norm.first.start, norm.first.end);
  const findings: Finding[] = [];
  for (const use of uses) {
    if (use.form === norm.form || use.quiet) continue;
    const actual = analysis.text.slice(use.start, use.end);
    const expected = use.rewrite(norm.form);
    findings.push({
      start: use.start,
      end: use.end,
      reason: `${options.describe ?? LABEL[kind]} "${actual}" differs from "${usual}" (used ${counted(norm.count)}, first at ${at.line}:${at.column})`,
      actual,
      expected: [expected],
      data: { kind, form: use.form, usual: norm.form, count: norm.count },
      fix: options.safe ? expected : undefined,
    });
  }
  return findings;
}

const LABEL: Record<TermKind, string> = {
  hyphenation: 'Hyphenation',
  capitals: 'Capitals',
  abbreviation: 'Abbreviation',
  spelling: 'Spelling',
};

/** Copies the letter case of `model` onto the letters of `target` (same letters, other separators). */
export function withCaseOf(model: string, target: string): string {
  const letters = [...model].filter((char) => /[\p{L}\p{N}]/u.test(char));
  let i = 0;
  let out = '';
  for (const char of target) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      const source = letters[i++];
      out += source !== undefined && source !== source.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
    } else out += char;
  }
  return out;
}

/**
 * Tokens inside a quotation of more than one sentence (between “ and ”, or a pair of ", within a
 * paragraph): a passage quoted from a letter or an old document keeps its source's forms, so its uses are
 * neither the document's habit nor reported against it. A short quotation inside a sentence is compared.
 */
export function quotedTokens(analysis: Analysis): Uint8Array {
  return analysis.shared('term-consistency:quoted', () => {
    const { tokens, sentences } = analysis;
    const marked = new Uint8Array(tokens.length);
    let paragraph = -1;
    let depth = 0;
    let straight = false;
    let opened = -1;
    const close = (end: number): void => {
      if (opened >= 0 && tokens[opened]!.sentence !== tokens[end]!.sentence) marked.fill(1, opened, end);
      opened = -1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const at = sentences[token.sentence]!.paragraph;
      if (at !== paragraph) {
        if (opened >= 0) close(i - 1);
        [paragraph, depth, straight] = [at, 0, false];
      }
      if (token.type !== 'punctuation' && token.type !== 'symbol') continue;
      for (const char of token.text) {
        const wasOpen = depth > 0 || straight;
        if (char === '“') depth++;
        else if (char === '”') depth = Math.max(0, depth - 1);
        else if (char === '"') straight = !straight;
        else continue;
        const isOpen = depth > 0 || straight;
        if (!wasOpen && isOpen) opened = i;
        else if (wasOpen && !isOpen) close(i);
      }
    }
    if (opened >= 0) close(tokens.length - 1);
    return marked;
  });
}
