// Capitals: a noun capitalised in one place and not in another in the same role ("the Internet" /
// "the internet", "the Government" / "the government").
import type { Analysis, Sentence, Token } from '../../src/types.js';
import { quotedTokens, type TermGroup, type Use } from './norm.js';
import { isCapitalised, PROSE, titleCased } from './running-text.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}{2,}$/u;
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Tags of a word whose capitals are compared: a noun, or an adjective the tagger may take a lower-cased proper noun for ("the pacific"). */
const COMPARED = new Set(['NOUN', 'PROPN', 'ADJ']);
/** The words before a noun that set its role: "the Government" is the body, "a government" any. */
const DETERMINERS = new Map([
  ['the', 'the'],
  ['this', 'the'],
  ['that', 'the'],
  ['a', 'a'],
  ['an', 'a'],
  ['its', 'its'],
  ['his', 'its'],
  ['her', 'its'],
  ['their', 'its'],
  ['our', 'its'],
]);
/** Words that join the parts of a name or title: "Secretary of State", "Sea Power upon History", "People's Republic". */
const JOINER_TAGS = new Set(['ADP', 'DET', 'CCONJ', 'PART']);
const isJoiner = (token: Token): boolean => (JOINER_TAGS.has(token.pos) && /^\p{Ll}{1,5}$/u.test(token.text)) || token.text === '&' || /^['’]s$/.test(token.text);
/** Uses a short form of a name needs in one role before a single other use is reported against it. */
const SHORT_FORM_HABIT = 3;


/** True when a capitalised word is part of a longer name or title: a capitalised word beside it, or joined to one. */
function inNamePhrase(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const sentence = tokens[i]!.sentence;
  const same = (token: Token | undefined): token is Token => token !== undefined && token.sentence === sentence;
  // A capitalised word before, unless it is the capital of a sentence's first word ("The Government ...").
  if (same(previous) && isCapitalised(previous) && !(i - 1 === sentenceStart && DETERMINERS.has(previous.lower))) return true;
  // "Resolution 242", "Article 5", "Broad-Way": a name with its number, or a compound.
  if (same(next) && (isCapitalised(next) || next.text === '-' || next.type === 'number')) return true;
  // "the Maternity/Adoption Policy": names joined by a slash.
  if (same(next) && next.text === '/' && same(tokens[i + 2]) && isCapitalised(tokens[i + 2])) return true;
  if (same(next) && isJoiner(next) && same(tokens[i + 2]) && isCapitalised(tokens[i + 2])) return true;
  if (same(previous) && isJoiner(previous) && same(tokens[i - 2]) && isCapitalised(tokens[i - 2]) && i - 2 !== sentenceStart) return true;
  // The last of a list of capitalised words: "Mutual Relations, Cooperation, and Security".
  if (same(previous) && previous.pos === 'CCONJ' && tokens[i - 2]?.text === ',' && same(tokens[i - 3]) && isCapitalised(tokens[i - 3]) && i - 3 !== sentenceStart) return true;
  return false;
}

/**
 * The role of a noun: the determiner before it, and what follows: "of" ("the president of Mexico"), or
 * a noun it modifies ("the communiqué negotiations" is not "the Communiqué"), or a possessive, which
 * stands where a modifier does ("the communiqué's problems").
 */
function roleOf(tokens: readonly Token[], i: number): string {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const sentence = tokens[i]!.sentence;
  // After an adjective ("the new treaty") a noun is a description, not the short name of something.
  const determiner =
    previous && previous.sentence === sentence ? (DETERMINERS.get(previous.lower) ?? (previous.type !== 'word' ? 'after-mark' : previous.pos === 'ADJ' ? 'described' : 'bare')) : 'start';
  if (!next || next.sentence !== sentence) return determiner;
  if (next.lower === 'of') return `${determiner} of`;
  return (next.type === 'word' && NOMINAL.has(next.pos)) || /^['’]s$/.test(next.text) ? `${determiner} modifier` : determiner;
}

/** A use in a group, packed as a number: its token, whether it is capitalised, whether it is only counted. */
const CAPITAL_BIT = 1;
const QUIET_BIT = 2;
const pack = (token: number, capitalised: boolean, quiet: boolean): number => token * 4 + (capitalised ? CAPITAL_BIT : 0) + (quiet ? QUIET_BIT : 0);

/** The usual case among packed uses, as normOf finds it: the form used most, at least `minUses` times, no tie. */
function packedNorm(uses: readonly number[], minUses: number): { capitalised: boolean; count: number } | undefined {
  let capitalisedCount = 0;
  for (const use of uses) capitalisedCount += use & CAPITAL_BIT;
  const lowerCount = uses.length - capitalisedCount;
  if (capitalisedCount === 0 || lowerCount === 0 || capitalisedCount === lowerCount) return undefined;
  const capitalised = capitalisedCount > lowerCount;
  const count = Math.max(capitalisedCount, lowerCount);
  return count >= minUses ? { capitalised, count } : undefined;
}

function useOf(tokens: readonly Token[], packed: number): Use {
  const token = tokens[packed >> 2]!;
  return {
    sentence: token.sentence,
    start: token.start,
    end: token.end,
    form: packed & CAPITAL_BIT ? 'capitalised' : 'lower case',
    rewrite: (to) => (to === 'capitalised' ? token.text[0]!.toUpperCase() + token.text.slice(1) : token.text.toLowerCase()),
    ...(packed & QUIET_BIT ? { quiet: true } : {}),
  };
}

export function capitalsGroups(analysis: Analysis): TermGroup[] {
  const { tokens, sentences, paragraphs } = analysis;
  const quoted = quotedTokens(analysis);
  // Uses by word and role; objects are made only for the groups compared in the end.
  const groups = new Map<string, number[]>();
  const hasCapitalised = new Set<string>();
  /** Words the document capitalises in a name ("Treaty of Paris", "French Revolution"): "the Treaty" may be its short form. */
  const inNames = new Set<string>();
  // First the words capitalised somewhere: only their lower-case uses need a place in the groups.
  const capitalisedWords = new Set<string>();
  // (Cheap tests first: the tag is a shared string, the word's text is not.)
  for (const token of tokens) {
    if (!NOMINAL.has(token.pos) || token.type !== 'word' || !CAPITALISED.test(token.text) || token.index === sentences[token.sentence]!.tokenStart) continue;
    capitalisedWords.add(token.lower);
  }
  for (const sentence of sentences) {
    // Headings, title lines and sentences written in title case only tell which words make names.
    const prose = PROSE.has(paragraphs[sentence.paragraph]!.kind) && !titleCased(tokens, sentence);
    // The sentence's first word, and a word after an opening quote or bracket, may be capitalised for that reason alone.
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      if (!COMPARED.has(token.pos) || token.type !== 'word' || !capitalisedWords.has(token.lower)) continue;
      const capitalised = CAPITALISED.test(token.text);
      if (capitalised ? !NOMINAL.has(token.pos) : !LOWER.test(token.text)) continue;
      const previous = tokens[i - 1]!;
      if (capitalised && inNamePhrase(tokens, i, sentence.tokenStart)) {
        inNames.add(token.lower);
        continue;
      }
      if (!prose || (capitalised && previous.type !== 'word') || quoted[i]) continue;
      const role = roleOf(tokens, i);
      if (role === 'start' || role.startsWith('after-mark')) continue;
      add(groups, `${token.lower} ${role}`, pack(i, capitalised, false));
      if (!capitalised) continue;
      hasCapitalised.add(`${token.lower} ${role}`);
      // A capitalised modifier is the name too: "the Pacific coast" counts beside "the Pacific", but is
      // never reported against it ("the Government personnel" is a use of its own).
      if (role.endsWith(' modifier')) {
        const bare = `${token.lower} ${role.slice(0, -' modifier'.length)}`;
        hasCapitalised.add(bare);
        add(groups, bare, pack(i, true, true));
      }
    }
  }
  // A word the document capitalises in a name may be capitalised alone as its short form ("the
  // Treaty"), and written in lower case for any other one ("both sides of the strait"): for such a word
  // only a single use against a habit of three uses or more in the same role is reported.
  const shortForm = (key: string): boolean => {
    if (!inNames.has(key.slice(0, key.indexOf(' ')))) return false;
    const uses = groups.get(key)!;
    const norm = packedNorm(uses, SHORT_FORM_HABIT);
    return !norm || uses.length - norm.count > 1;
  };
  // A word whose habit differs between roles ("Western" in one, "western" in another) has no habit.
  const normByWord = new Map<string, boolean | 'mixed'>();
  for (const key of hasCapitalised) {
    const word = key.slice(0, key.indexOf(' '));
    const norm = packedNorm(groups.get(key)!, 2);
    if (norm) normByWord.set(word, normByWord.has(word) && normByWord.get(word) !== norm.capitalised ? 'mixed' : norm.capitalised);
  }
  const mixed = (key: string): boolean => normByWord.get(key.slice(0, key.indexOf(' '))) === 'mixed';
  return [...hasCapitalised]
    .filter((key) => !shortForm(key) && !mixed(key))
    .map((key) => ({ kind: 'capitals' as const, key: `capitals ${key}`, uses: groups.get(key)!.map((use) => useOf(tokens, use)), minUses: 2, safe: true }));
}

function add(groups: Map<string, number[]>, key: string, use: number): void {
  const list = groups.get(key);
  if (list) list.push(use);
  else groups.set(key, [use]);
}
