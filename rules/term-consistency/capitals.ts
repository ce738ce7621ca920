// Capitals: a noun capitalised in one place and not in another in the same role ("the Internet" /
// "the internet", "the Government" / "the government").
import type { Analysis, Token } from '../../src/types.js';
import type { TermGroup, Use } from './norm.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}{2,}$/u;
const NOMINAL = new Set(['NOUN', 'PROPN']);
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
/** Words that join the parts of a name: "Secretary of State", "Bank for International Settlements". */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'on', 'de', '&', 'the']);
const PROSE = new Set(['body', 'list', 'blockquote']);

const isCapitalised = (token: Token | undefined): boolean => token !== undefined && token.type === 'word' && /^\p{Lu}/u.test(token.text);

/** True when a capitalised word is part of a longer name or title: a capitalised word beside it, or joined to one. */
function inNamePhrase(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const sentence = tokens[i]!.sentence;
  const same = (token: Token | undefined): token is Token => token !== undefined && token.sentence === sentence;
  // A capitalised word before, unless it is the capital of a sentence's first word ("The Government ...").
  if (same(previous) && isCapitalised(previous) && !(i - 1 === sentenceStart && DETERMINERS.has(previous.lower))) return true;
  if (same(next) && (isCapitalised(next) || next.text === '-')) return true;
  if (same(next) && NAME_JOINERS.has(next.lower) && same(tokens[i + 2]) && isCapitalised(tokens[i + 2])) return true;
  if (same(previous) && NAME_JOINERS.has(previous.lower) && same(tokens[i - 2]) && isCapitalised(tokens[i - 2]) && i - 2 !== sentenceStart) return true;
  return false;
}

/** The role of a noun: the determiner before it, and whether "of" follows ("the president of Mexico"). */
function roleOf(tokens: readonly Token[], i: number): string {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const sentence = tokens[i]!.sentence;
  const determiner = previous && previous.sentence === sentence ? (DETERMINERS.get(previous.lower) ?? (previous.type === 'word' ? 'bare' : 'after-mark')) : 'start';
  return next && next.sentence === sentence && next.lower === 'of' ? `${determiner} of` : determiner;
}

export function capitalsGroups(analysis: Analysis): TermGroup[] {
  const { tokens, sentences, paragraphs } = analysis;
  const groups = new Map<string, Use[]>();
  const hasCapitalised = new Set<string>();
  for (const sentence of sentences) {
    if (!PROSE.has(paragraphs[sentence.paragraph]!.kind)) continue;
    // The sentence's first word, and a word after an opening quote or bracket, may be capitalised for that reason alone.
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
      const token = tokens[i]!;
      if (token.type !== 'word' || !NOMINAL.has(token.pos)) continue;
      const capitalised = CAPITALISED.test(token.text);
      if (!capitalised && !LOWER.test(token.text)) continue;
      const previous = tokens[i - 1]!;
      if (capitalised && (previous.type !== 'word' || inNamePhrase(tokens, i, sentence.tokenStart))) continue;
      const role = roleOf(tokens, i);
      if (role === 'start' || role.startsWith('after-mark')) continue;
      const key = `${token.lower} ${role}`;
      if (capitalised) hasCapitalised.add(key);
      const form = capitalised ? 'capitalised' : 'lower case';
      const found: Use = {
        start: token.start,
        end: token.end,
        form,
        rewrite: (to) => (to === 'capitalised' ? token.text[0]!.toUpperCase() + token.text.slice(1) : token.text.toLowerCase()),
      };
      const list = groups.get(key);
      if (list) list.push(found);
      else groups.set(key, [found]);
    }
  }
  return [...hasCapitalised].map((key) => ({ kind: 'capitals' as const, key: `capitals ${key}`, uses: groups.get(key)!, minUses: 2, safe: true }));
}
