// Abbreviations: defined twice, defined differently, used before the definition, or defined and never used.
import type { Analysis, Finding, Token } from '../../src/types.js';
import { headingBefore, isTitleLine, PROSE } from './running-text.js';

/** Running text: not a heading, a stand-alone line (a tag, a caption) or a title or deck without sentence punctuation. */
function inRunningText(analysis: Analysis, token: Token): boolean {
  const paragraph = analysis.sentences[token.sentence]!.paragraph;
  return PROSE.has(analysis.paragraphs[paragraph]!.kind) && !isTitleLine(analysis, paragraph);
}

const ABBREVIATION = /^\p{Lu}[\p{L}&]*\p{Lu}[\p{Ll}]?$/u;

interface Definition {
  abbreviation: string;
  /** The long form ("Association of Southeast Asian Nations") and its place. */
  long: string;
  longStart: number;
  /** The place of the whole definition, long form to the closing bracket. */
  start: number;
  end: number;
  token: number;
  /** In running text, not in a heading, a title or a tag line: only such a definition is reported. */
  running: boolean;
}

/** The key that tells two long forms apart: letters only, in lower case. */
const longKey = (long: string): string => long.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The long form an abbreviation stands for, from the words before it (Schwartz and Hearst 2003):
 * its letters matched from the end, the first one at the start of a word.
 */
export function longFormOf(short: string, before: string): string | undefined {
  const letters = short.replace(/s$/, '');
  let s = letters.length - 1;
  let l = before.length - 1;
  while (s >= 0) {
    const char = letters[s]!.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(char)) {
      s--;
      continue;
    }
    while (l >= 0 && (before[l]!.toLowerCase() !== char || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(before[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  let start = before.lastIndexOf(' ', l) + 1;
  // "Organization of African Unity": the first letter matched the "of", not the word before it.
  const previousWord = /(\S+)\s+$/u.exec(before.slice(0, start));
  if (/^(?:of|for|and|on|the|de)\s/.test(before.slice(start)) && previousWord && previousWord[1]![0]!.toLowerCase() === letters[0]!.toLowerCase()) start = previousWord.index;
  const long = before.slice(start);
  const words = long.split(/\s+/).length;
  if (words < 2 || words > Math.min(letters.length + 5, letters.length * 2) || long.includes(short)) return undefined;
  return long;
}

function definitions(analysis: Analysis): Definition[] {
  const { tokens, text, sentences } = analysis;
  const found: Definition[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || token.type !== 'word' || !ABBREVIATION.test(token.text)) continue;
    const sentence = sentences[token.sentence]!;
    const open = tokens[i - 1]!;
    const before = text.slice(sentence.start, open.start).trimEnd();
    const long = longFormOf(token.text, before);
    if (!long) continue;
    const longStart = sentence.start + before.length - long.length;
    found.push({ abbreviation: token.text.replace(/s$/, ''), long, longStart, start: longStart, end: tokens[i + 1]!.end, token: i, running: inRunningText(analysis, token) });
  }
  return found;
}

/** Uses of an abbreviation outside its definitions (plural and possessive too). */
function usesOf(tokens: readonly Token[], abbreviations: ReadonlySet<string>, definitionTokens: ReadonlySet<number>): Map<string, Token[]> {
  const uses = new Map<string, Token[]>();
  for (const token of tokens) {
    if (token.type !== 'word' || definitionTokens.has(token.index)) continue;
    const bare = abbreviations.has(token.text) ? token.text : token.text.endsWith('s') && abbreviations.has(token.text.slice(0, -1)) ? token.text.slice(0, -1) : undefined;
    if (!bare) continue;
    const list = uses.get(bare);
    if (list) list.push(token);
    else uses.set(bare, [token]);
  }
  return uses;
}

const where = (analysis: Analysis, offset: number): string => {
  const point = analysis.point(offset);
  return `${point.line}:${point.column}`;
};

/** Which definitions never used again are reported: all, those whose long form is written out again later, or none. */
export type UnusedPolicy = 'always' | 'spelled-out' | 'never';

/** True when the long form is written out again after its definition (where the abbreviation would do). */
function spelledOutLater(analysis: Analysis, definition: Definition): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${definition.long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
  return pattern.test(analysis.text.slice(definition.end));
}

export function abbreviationFindings(analysis: Analysis, unused: UnusedPolicy = 'spelled-out'): Finding[] {
  const all = definitions(analysis);
  if (all.length === 0) return [];
  const byAbbreviation = new Map<string, Definition[]>();
  for (const definition of all) {
    const list = byAbbreviation.get(definition.abbreviation);
    if (list) list.push(definition);
    else byAbbreviation.set(definition.abbreviation, [definition]);
  }
  const uses = usesOf(analysis.tokens, new Set(byAbbreviation.keys()), new Set(all.map((d) => d.token)));
  const findings: Finding[] = [];
  for (const [abbreviation, everyDefinition] of byAbbreviation) {
    // A definition in a heading, a title or a tag line tells the reader what the letters mean, but only
    // the text's own definitions are compared and reported.
    const first = everyDefinition[0]!;
    const defined = everyDefinition.filter((definition) => definition.running);
    if (defined.length === 0) continue;
    const norm = usualLongForm(defined);
    for (const definition of defined.slice(1)) {
      // A long guide defines the letters again in a section of its own, for readers who start there.
      if (sectionOf(analysis, definition) !== sectionOf(analysis, defined[0]!)) continue;
      const actual = analysis.text.slice(definition.start, definition.end);
      // A repeated sentence, even edited, is duplicate-paragraph's finding, not a second definition.
      if (nearlySame(sentenceOf(analysis, definition), sentenceOf(analysis, defined[0]!))) continue;
      if (longKey(definition.long) === longKey(norm.long)) {
        findings.push({
          start: definition.start,
          end: definition.end,
          reason: `Abbreviation "${abbreviation}" is defined again (first at ${where(analysis, defined[0]!.start)})`,
          actual,
          expected: [abbreviation],
          data: { kind: 'abbreviation', problem: 'defined-twice', abbreviation },
        });
      }
    }
    for (const definition of defined) {
      if (longKey(definition.long) === longKey(norm.long)) continue;
      // An edited copy of the usual definition's sentence is duplicate-paragraph's finding.
      if (nearlySame(sentenceOf(analysis, definition), sentenceOf(analysis, norm))) continue;
      const expected = /^\p{Lu}/u.test(definition.long) ? norm.long[0]!.toUpperCase() + norm.long.slice(1) : norm.long;
      findings.push({
        start: definition.longStart,
        end: definition.longStart + definition.long.length,
        reason: `Abbreviation "${abbreviation}" stands for "${definition.long}" here and for "${norm.long}" at ${where(analysis, norm.start)}`,
        actual: definition.long,
        expected: [expected],
        data: { kind: 'abbreviation', problem: 'defined-differently', abbreviation },
        fix: expected,
      });
    }
    const used = uses.get(abbreviation) ?? [];
    // The first use before the definition, where the definition belongs; a title or a deck may use the
    // abbreviation before the text defines it.
    const early = used.find((token) => token.start < first.start && inRunningText(analysis, token));
    if (early) {
      findings.push({
        start: early.start,
        end: early.end,
        reason: `Abbreviation "${abbreviation}" is used before its definition at ${where(analysis, first.start)}`,
        actual: early.text,
        expected: [`${first.long} (${abbreviation})`],
        data: { kind: 'abbreviation', problem: 'used-before-definition', abbreviation },
      });
    }
    if (used.length === 0 && everyDefinition.length === 1 && (unused === 'always' || (unused === 'spelled-out' && spelledOutLater(analysis, first)))) {
      findings.push({
        start: first.start,
        end: first.end,
        reason: `Abbreviation "${abbreviation}" is defined but never used${unused === 'always' ? '' : ': the long form is written out again instead'}`,
        actual: analysis.text.slice(first.start, first.end),
        expected: [first.long],
        data: { kind: 'abbreviation', problem: 'defined-unused', abbreviation },
        fix: first.long,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The heading a definition comes under (-1 before any). */
const sectionOf = (analysis: Analysis, definition: Definition): number => headingBefore(analysis, analysis.sentences[analysis.tokens[definition.token]!.sentence]!.paragraph);

const sentenceOf = (analysis: Analysis, definition: Definition): string => analysis.sentences[analysis.tokens[definition.token]!.sentence]!.text;

/** Two sentences that share at least 70% of their words: one is a copy of the other. */
function nearlySame(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const [x, y] = [words(a), words(b)];
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared) >= 0.7;
}

/** The long form most definitions use (the first on a tie). */
function usualLongForm(defined: readonly Definition[]): Definition {
  const counts = new Map<string, number>();
  for (const definition of defined) counts.set(longKey(definition.long), (counts.get(longKey(definition.long)) ?? 0) + 1);
  let best = defined[0]!;
  for (const definition of defined) if (counts.get(longKey(definition.long))! > counts.get(longKey(best.long))!) best = definition;
  return best;
}
