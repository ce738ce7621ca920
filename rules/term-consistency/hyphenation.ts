// Hyphenation: one compound written hyphenated and open ("decision-making" / "decision making") or
// closed ("e-mail" / "email") in one document.
import type { Analysis, Token } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { isHyphenPrefix, isKnownPart, type WordBook } from '../spelling/known.js';
import { quotedTokens, withCaseOf, type TermGroup, type Use } from './norm.js';
import { isHeadline } from './running-text.js';

const LETTERS = /^\p{L}+$/u;
const HYPHENATED_WORD = /^\p{L}+(?:[-‐]\p{L}+)+$/u;
const HYPHEN = /^[-‐]$/;
/** Tags of a word a compound modifier stands before ("a well-known author", "long-term plans"). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Prefixes whose hyphen can make another word: "re-creation" is not "recreation", "re-sign" not "resign". */
const MEANINGFUL_PREFIXES = new Set(['re', 'pre', 'co']);

type Position = 'before-noun' | 'other';

interface Compound {
  parts: string[];
  hyphenated: Use[];
  open: Use[];
  closed: Use[];
  positions: Map<Use, Position>;
}

function positionAfter(tokens: readonly Token[], last: number): Position {
  const next = tokens[last + 1];
  return next && next.type === 'word' && next.sentence === tokens[last]!.sentence && MODIFIED.has(next.pos) ? 'before-noun' : 'other';
}

function use(sentence: number, start: number, end: number, form: string, actual: string, parts: readonly string[]): Use {
  return {
    sentence,
    start,
    end,
    form,
    rewrite: (to) => withCaseOf(actual, parts.join(to === 'hyphenated' ? '-' : to === 'open' ? ' ' : '')),
  };
}

/** Tokens after the first word of a name ("Jong-un" of "Kim Jong-un"): how a name is spaced is name-consistency's. */
function laterNameTokens(analysis: Analysis): Uint8Array {
  const marked = new Uint8Array(analysis.tokens.length);
  for (const mention of analysis.mentions) marked.fill(1, mention.tokenStart + 1, mention.tokenEnd);
  return marked;
}

const inEither = (lower: string): boolean => inDictionary('en-US', lower) || inDictionary('en-GB', lower);

/**
 * "appoi-ntment": a word broken by a stray hyphen, not a compound. `spelling` reports it (its
 * hyphen-broken kind), by the same test: the joined form is a dictionary word, the hyphenated one is
 * not, the first part is no prefix, and a part is not a word.
 */
function isBrokenWord(book: WordBook, parts: readonly string[], actual: string): boolean {
  if (parts.length !== 2 || !/^\p{L}\p{Ll}+-\p{Ll}+$/u.test(actual)) return false;
  const [left, right] = parts as [string, string];
  const joined = left + right;
  if (joined.length < 6 || isHyphenPrefix(left) || !inEither(joined) || inEither(`${left}-${right}`)) return false;
  return !(isKnownPart(book, left) && isKnownPart(book, right));
}

/** Each hyphenated compound of words (a token "e-mail", or tokens "decision" "-" "making"), by its parts. */
export function hyphenatedCompounds(analysis: Analysis, inChain: Uint8Array, book: WordBook): Map<string, Compound> {
  const { tokens, text } = analysis;
  const compounds = new Map<string, Compound>();
  const inName = laterNameTokens(analysis);
  const quoted = quotedTokens(analysis);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    // Most words have no hyphen in them or after them.
    const after = tokens[i + 1]?.text;
    if (first.type !== 'word' || (!first.text.includes('-') && !first.text.includes('‐') && after !== '-' && after !== '‐')) continue;
    if (!(LETTERS.test(first.text) || HYPHENATED_WORD.test(first.text))) continue;
    let last = i;
    while (
      last + 2 < tokens.length &&
      HYPHEN.test(tokens[last + 1]!.text) &&
      !tokens[last + 1]!.spaceBefore &&
      !tokens[last + 2]!.spaceBefore &&
      tokens[last + 2]!.type === 'word' &&
      LETTERS.test(tokens[last + 2]!.text) &&
      tokens[last + 2]!.sentence === first.sentence
    )
      last += 2;
    const actual = text.slice(first.start, tokens[last]!.end);
    if (last === i && !HYPHENATED_WORD.test(actual)) continue;
    // A hyphen just after the chain ("e-mail-"): a longer compound or a dash.
    const next = tokens[last + 1];
    if (next && HYPHEN.test(next.text) && !next.spaceBefore) {
      i = last;
      continue;
    }
    for (let j = i; j <= last; j++) inChain[j] = 1;
    if (inName[i] || quoted[i]) {
      i = last;
      continue;
    }
    const parts = actual.toLowerCase().split(/[-‐]/);
    if (isBrokenWord(book, parts, actual)) {
      i = last;
      continue;
    }
    const key = parts.join(' ');
    let compound = compounds.get(key);
    if (!compound) compounds.set(key, (compound = { parts, hyphenated: [], open: [], closed: [], positions: new Map() }));
    const found = use(first.sentence, first.start, tokens[last]!.end, 'hyphenated', actual, parts);
    compound.hyphenated.push(found);
    compound.positions.set(found, positionAfter(tokens, last));
    i = last;
  }
  return compounds;
}

/** The open ("decision making") and closed ("email") uses of the compounds found hyphenated. */
function otherForms(analysis: Analysis, compounds: Map<string, Compound>, inChain: Uint8Array): void {
  const { tokens, text } = analysis;
  const byClosed = new Map<string, Compound>();
  const byFirstPart = new Map<string, Compound[]>();
  for (const compound of compounds.values()) {
    byClosed.set(compound.parts.join(''), compound);
    const list = byFirstPart.get(compound.parts[0]!);
    if (list) list.push(compound);
    else byFirstPart.set(compound.parts[0]!, [compound]);
  }
  const inName = laterNameTokens(analysis);
  const quoted = quotedTokens(analysis);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word' || inChain[i] || inName[i] || quoted[i]) continue;
    const closed = byClosed.get(token.lower);
    if (closed && LETTERS.test(token.text)) {
      const found = use(token.sentence, token.start, token.end, 'closed', token.text, closed.parts);
      closed.closed.push(found);
      closed.positions.set(found, positionAfter(tokens, i));
    }
    const candidates = byFirstPart.get(token.lower);
    // A verb and its particle ("follow up", "set up") is not the noun "follow-up".
    if (!candidates || token.pos === 'VERB' || token.pos === 'AUX') continue;
    for (const compound of candidates) {
      const n = compound.parts.length;
      let matches = i + n <= tokens.length;
      for (let k = 1; matches && k < n; k++) {
        const next = tokens[i + k]!;
        matches = next.type === 'word' && !inChain[i + k] && next.spaceBefore && next.sentence === token.sentence && next.lower === compound.parts[k] && !/\n/.test(text.slice(tokens[i + k - 1]!.end, next.start));
      }
      if (!matches) continue;
      const end = tokens[i + n - 1]!.end;
      const found = use(token.sentence, token.start, end, 'open', text.slice(token.start, end), compound.parts);
      compound.open.push(found);
      compound.positions.set(found, positionAfter(tokens, i + n - 1));
    }
  }
}

/** "re-creation"/"recreation": the closed form is a word of its own, not only a spelling of the compound. */
function closedIsOtherWord(parts: readonly string[]): boolean {
  if (parts.length !== 2 || !MEANINGFUL_PREFIXES.has(parts[0]!)) return false;
  // "re-elect", "co-operation": the hyphen only keeps two vowels apart.
  if (parts[0]!.at(-1) === parts[1]![0]) return false;
  return inEither(parts.join(''));
}

/** Every part capitalised inside a sentence: "First Time" of "the First Time Weapons Program", "Spanish-American". */
function allCapitalised(analysis: Analysis, use: Use): boolean {
  const parts = analysis.text.slice(use.start, use.end).split(/[-‐\s]+/u);
  return parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part)) && use.start > analysis.sentences[use.sentence]!.start;
}

/**
 * The uses that show the text's habit: not those in a title, a heading or a line in title case or
 * capitals ("Man Charged in Drugs for Sex Scheme"), nor a capitalised use of a compound the text writes
 * in lower case, which is part of a name ("the First Time Weapons Program" beside "first-time offenders").
 */
function runningUses(analysis: Analysis, compound: Compound): Compound {
  const capitalisedHabit = compound.hyphenated.some((use) => allCapitalised(analysis, use));
  const running = (use: Use): boolean => !isHeadline(analysis, use.sentence) && (capitalisedHabit || !allCapitalised(analysis, use));
  return { ...compound, hyphenated: compound.hyphenated.filter(running), open: compound.open.filter(running), closed: compound.closed.filter(running) };
}

/** The compounds written hyphenated and also open or closed, as groups of uses to compare. */
export function hyphenationGroups(analysis: Analysis, book: WordBook): TermGroup[] {
  const inChain = new Uint8Array(analysis.tokens.length);
  const compounds = hyphenatedCompounds(analysis, inChain, book);
  if (compounds.size === 0) return [];
  otherForms(analysis, compounds, inChain);
  const groups: TermGroup[] = [];
  for (const [key, all] of compounds) {
    const compound = runningUses(analysis, all);
    if (compound.hyphenated.length === 0) continue;
    // "Broad-Way" / "Broadway": a capital after the hyphen makes a name, and closing it is another spelling of the name.
    const nameSpelling = compound.hyphenated.some((u) => /[-‐]\p{Lu}/u.test(analysis.text.slice(u.start, u.end)));
    if (compound.closed.length > 0 && !nameSpelling) {
      const uses = [...compound.hyphenated, ...compound.closed].sort((a, b) => a.start - b.start);
      if (!closedIsOtherWord(compound.parts)) groups.push({ kind: 'hyphenation', key: `closed ${key}`, uses, minUses: 2, safe: true });
      else {
        // Two words of their own ("the re-creation of the park", "recreation areas"): only a clear habit in
        // the same grammatical position (three uses or more against one) is evidence, and no fix is offered.
        const closedPosition = (u: Use): Position => compound.positions.get(u) ?? 'other';
        for (const position of ['before-noun', 'other'] as const) {
          const same = uses.filter((u) => closedPosition(u) === position);
          if (same.length > 1) groups.push({ kind: 'hyphenation', key: `closed ${position} ${key}`, uses: same, minUses: 3, maxOdd: 1, safe: false });
        }
      }
    }
    if (compound.open.length > 0) {
      // Only uses in the same grammatical position are compared: "a well-known author" / "is well known".
      for (const position of ['before-noun', 'other'] as const) {
        const uses = [...compound.hyphenated, ...compound.open].filter((u) => compound.positions.get(u) === position).sort((a, b) => a.start - b.start);
        if (uses.length > 1) groups.push({ kind: 'hyphenation', key: `open ${position} ${key}`, uses, minUses: 2, safe: true });
      }
    }
  }
  return groups;
}
