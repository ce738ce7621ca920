// Spelling variants of one word that are not British/American pairs ("focused"/"focussed" where
// both are accepted, "learned"/"learnt", "adviser"/"advisor", "likeable"/"likable").
import type { Analysis, Token } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { dialectOf } from '../spelling/dialect.js';
import { Memo } from '../../src/memo.js';
import { wordTable } from '../spelling/word-table.js';
import { quotedTokens, type TermGroup, type Use } from './norm.js';

const WORD = /^\p{Ll}{4,}$/u;
const keys = new Memo<string>('term-consistency:variant-key');

/** The spelling two variants of one word share: each regular difference undone. */
export function variantKey(lower: string): string {
  return lower
    .replace(/([bcdfgklmnprstvz])\1(?=(?:ed|ing|er|ers)$)/, '$1') // focussed, benefitted
    .replace(/(rn|m|p|il)t$/, '$1ed') // learnt, dreamt, leapt, spoilt
    .replace(/e(?=able$|ment$|ments$)/, '') // likeable, judgement
    .replace(/sor(?=s?$)/, 'ser'); // advisor
}

const inEither = (lower: string): boolean => inDictionary('en-US', lower) || inDictionary('en-GB', lower);

/**
 * A regular form of another word, not a spelling of this one: "filled" of "fill" beside "filed" of
 * "file", "planned" of "plan" beside "planed" of "plane", "hopping" beside "hoping".
 */
const DOUBLED = /([bcdfgklmnprstvz])\1(ed|ing|er|ers)$/;

function isFormOfOtherWord(lower: string): boolean {
  const doubled = DOUBLED.exec(lower);
  if (doubled) return inEither(lower.slice(0, -doubled[2]!.length));
  const single = /[bcdfgklmnprstvz](ed|ing|er|ers)$/.exec(lower);
  return single !== null && inEither(`${lower.slice(0, -single[1]!.length)}e`);
}

/** Forms that differ by a doubled consonant ("focussed"/"focused"), the one difference that can make another word. */
const doubling = (forms: ReadonlySet<string>): boolean => [...forms].some((form) => DOUBLED.test(form)) && [...forms].some((form) => !DOUBLED.test(form));

/** Both dictionaries' view: a word that either accepts, and that is not one side of a British/American pair. */
const eligible = new Memo<boolean>('term-consistency:variant-eligible');
const isEligible = (lower: string): boolean => (inDictionary('en-US', lower) || inDictionary('en-GB', lower)) && dialectOf(lower) === undefined;

const isCandidate = (token: Token): boolean => token.type === 'word' && WORD.test(token.lower) && (token.text === token.lower || /^\p{Lu}\p{Ll}+$/u.test(token.text));

/** The lower-case spellings of the document that have another spelling of the same word in it (from its distinct words). */
function spellingsWithVariants(analysis: Analysis): Set<string> {
  const byKey = new Map<string, string>();
  const wanted = new Set<string>();
  // Lower-case spellings only: a variant seen only at the start of a sentence is not a habit.
  for (const lower of wordTable(analysis).entries.keys()) {
    if (lower.length < 4 || !WORD.test(lower)) continue;
    const key = keys.get(lower, variantKey);
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, lower);
    else if (other !== lower) wanted.add(other).add(lower);
  }
  return wanted;
}

export function spellingVariantGroups(analysis: Analysis): TermGroup[] {
  const wanted = spellingsWithVariants(analysis);
  if (wanted.size === 0) return [];
  const groups = new Map<string, Use[]>();
  const forms = new Map<string, Set<string>>();
  const quoted = quotedTokens(analysis);
  for (const token of analysis.tokens) {
    if (!wanted.has(token.lower) || !isCandidate(token) || quoted[token.index]) continue;
    const key = keys.get(token.lower, variantKey);
    const group = `${key} ${token.pos}`;
    let set = forms.get(group);
    if (!set) forms.set(group, (set = new Set()));
    set.add(token.lower);
    const text = token.text;
    const use: Use = {
      sentence: token.sentence,
      start: token.start,
      end: token.end,
      form: token.lower,
      rewrite: (to) => (/^\p{Lu}/u.test(text) ? to[0]!.toUpperCase() + to.slice(1) : to),
    };
    const list = groups.get(group);
    if (list) list.push(use);
    else groups.set(group, [use]);
  }
  const found: TermGroup[] = [];
  for (const [group, set] of forms) {
    if (set.size < 2 || ![...set].every((form) => eligible.get(form, isEligible)) || (doubling(set) && [...set].some(isFormOfOtherWord))) continue;
    found.push({ kind: 'spelling', key: `spelling ${group}`, uses: groups.get(group)!, minUses: 2, safe: true });
  }
  return found;
}

/** The shared spelling of a word's variants (cached per process). */
export const variantKeyOf = (lower: string): string => keys.get(lower, variantKey);

/** Whether a spelling may be compared as a variant: a dictionary word, not one side of a British/American pair. */
export const isVariantEligible = (lower: string): boolean => eligible.get(lower, isEligible);
