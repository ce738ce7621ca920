// Stray words that break the order of word classes around them: sequences of a closed-class word (a
// modal, "do", "to", a determiner) and an open-class word that clean English does not have ("would
// became", "did went", "to owned a house", "that repeatedly boundary"). The dictionary decides what a
// word can be, so a word the tagger misread is not taken for a stray.
import type { Token } from '../../src/types.js';
import { canBeNoun, formOf, isBaseVerb, isPastOnly, isPastTense } from './verb-forms.js';

export const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);
export const ARTICLES = new Set(['the', 'a', 'an']);
const DO = new Set(['do', 'does', 'did']);
/** Determiners a noun phrase opens with, before which an adverb in -ly has no place. */
const NOUN_DETERMINERS = new Set('the a an this that these those his her its their our my every each'.split(' '));
/** Adjectives in -ly ("the early days", "a friendly visit"): not adverbs. */
export const LY_ADJECTIVES = new Set(
  (
    'early only likely unlikely daily weekly monthly yearly quarterly hourly nightly friendly unfriendly elderly lonely costly deadly ' +
    'lovely holy ugly silly orderly kindly lively leisurely scholarly timely untimely manly worldly heavenly cowardly brotherly ' +
    'fatherly motherly sisterly neighbourly neighborly bodily homely stately surly jolly wily oily hilly chilly sickly northerly ' +
    'southerly easterly westerly'
  ).split(' '),
);

/** The word at `k` breaks the order of the word classes around it. */
export function strayBetweenClasses(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  // "would became", "did went": a modal or "do" before a past tense.
  if ((MODALS.has(before.lower) || DO.has(before.lower)) && before.pos === 'AUX' && isPastOnly(word.lower) && !canBeNoun(word.lower)) return true;
  if (MODALS.has(before.lower) && before.pos === 'AUX' && /ed$/.test(word.lower) && isPastTense(word.lower) && !canBeNoun(word.lower) && ['DET', 'PRON', 'ADP'].includes(after.pos)) return true;
  // "would treaty sign": a noun between a modal and its verb.
  if (MODALS.has(before.lower) && after.pos === 'VERB' && formOf(after.lower) === 'base' && !canBeNoun(after.lower) && word.pos === 'NOUN' && !isBaseVerb(word.lower)) return true;
  // "to owned a house": "to" before a past tense and its object.
  if (before.lower === 'to' && word.pos === 'VERB' && (formOf(word.lower) === 'past' || formOf(word.lower) === 'ed') && isPastTense(word.lower) && !canBeNoun(word.lower) && ['DET', 'PRON'].includes(after.pos)) return true;
  // "that repeatedly boundary": an adverb in -ly between a determiner and its noun.
  if (NOUN_DETERMINERS.has(before.lower) && before.pos === 'DET' && word.pos === 'ADV' && /[^l]ly$/.test(word.lower) && !LY_ADJECTIVES.has(word.lower)) {
    // Not before a compound adjective ("a nearly year-long inquiry"), nor before an adjective the tagger read
    // as a noun, with its noun after it ("an enviably ascetic life").
    const compound = tokens[k + 2] !== undefined && (!tokens[k + 2]!.spaceBefore || tokens[k + 2]!.pos === 'NOUN');
    if (after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && !/(?:ed|ing)$/.test(after.lower) && !compound) return true;
  }
  return false;
}

/** The words before a stray word these patterns look at. */
export const LEFT_OF_CLASSES = new Set([...MODALS, ...DO, ...NOUN_DETERMINERS, 'to']);
