// The `terms` option: house choices ({"prefer": "email", "over": ["e-mail"]}), reported even in a consistent document.
import type { Analysis, Finding } from '../../src/types.js';
import type { TermKind } from './norm.js';

export interface HouseTerm {
  prefer: string;
  over: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function validateTerms(value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'expected a list of {prefer, over} entries';
  for (const [i, entry] of value.entries()) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `entry ${i + 1} must be an object {prefer, over}`;
    const { prefer, over, ...rest } = entry as Record<string, unknown>;
    if (!isText(prefer)) return `entry ${i + 1} needs a "prefer" term`;
    if (!Array.isArray(over) || over.length === 0 || !over.every(isText)) return `"over" of ${prefer} must be a list of terms`;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) return `unknown field "${unknown[0]}" in the entry for ${prefer}`;
  }
  return undefined;
}

const letters = (term: string): string => term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** What kind of difference a house choice is: "e-mail"/"email" hyphenation, "Internet"/"internet" capitals. */
export function kindOf(prefer: string, over: string): TermKind {
  if (prefer.toLowerCase() === over.toLowerCase()) return 'capitals';
  if (letters(prefer) === letters(over)) return 'hyphenation';
  return /^\p{Lu}{2,}$/u.test(prefer) || /^\p{Lu}{2,}$/u.test(over) ? 'abbreviation' : 'spelling';
}

const escape = (term: string): string => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

interface Matcher {
  /** Case-insensitive for most choices, case-sensitive for choices of capitals. */
  patterns: RegExp[];
  /** By the lower-case text of an unwanted form (or as written, for a capitals choice). */
  entries: Map<string, { prefer: string; over: string; kind: TermKind }>;
}

const matchers = new Map<string, Matcher>();

function matcherFor(terms: readonly HouseTerm[]): Matcher {
  const cacheKey = JSON.stringify(terms);
  let matcher = matchers.get(cacheKey);
  if (matcher) return matcher;
  const entries = new Map<string, { prefer: string; over: string; kind: TermKind }>();
  const anyCase: string[] = [];
  const asWritten: string[] = [];
  for (const { prefer, over } of terms) {
    for (const form of over) {
      const kind = kindOf(prefer, form);
      // A choice of capitals is matched as written; any other choice in any case.
      const written = kind === 'capitals' ? form.trim() : form.trim().toLowerCase();
      entries.set(written.replace(/\s+/g, ' '), { prefer, over: form, kind });
      (kind === 'capitals' ? asWritten : anyCase).push(escape(form));
    }
  }
  // Longest first, so that "e-mail address" wins over "e-mail"; whole words only.
  const pattern = (alternatives: string[], flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, flags);
  const patterns = [anyCase.length > 0 ? pattern(anyCase, 'giu') : undefined, asWritten.length > 0 ? pattern(asWritten, 'gu') : undefined].filter((p) => p !== undefined);
  matcher = { patterns, entries };
  if (matchers.size > 20) matchers.clear();
  matchers.set(cacheKey, matcher);
  return matcher;
}

/** Each use of a form the house does not want, with the preferred form. */
export function houseTermFindings(analysis: Analysis, terms: readonly HouseTerm[]): Finding[] {
  if (terms.length === 0) return [];
  const { patterns, entries } = matcherFor(terms);
  const sentenceStarts = new Set(analysis.sentences.map((sentence) => sentence.start));
  const findings: Finding[] = [];
  for (const paragraph of analysis.paragraphs) {
    for (const match of patterns.flatMap((pattern) => [...paragraph.text.matchAll(pattern)])) {
      const actual = match[0];
      const normal = actual.replace(/\s+/g, ' ');
      const entry = entries.get(normal) ?? entries.get(normal.toLowerCase());
      if (!entry) continue;
      const start = paragraph.start + match.index;
      // A capital at the start of a sentence is the sentence's.
      if (entry.kind === 'capitals' && sentenceStarts.has(start)) continue;
      const expected = entry.kind !== 'capitals' && /^\p{Lu}/u.test(actual) && !/^\p{Lu}/u.test(entry.prefer) ? entry.prefer[0]!.toUpperCase() + entry.prefer.slice(1) : entry.prefer;
      findings.push({
        start,
        end: start + actual.length,
        reason: `House style prefers "${entry.prefer}" to "${actual}"`,
        actual,
        expected: [expected],
        data: { kind: entry.kind, configured: true },
        fix: expected,
      });
    }
  }
  return findings;
}
