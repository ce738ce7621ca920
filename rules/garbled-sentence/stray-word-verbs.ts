// Stray words around a clause's subject and verb: sequences of a pronoun, a verb and its object that
// clean English does not have ("he destruction pursued", "announced guided the doctrine", "was admitted
// appointed to", "played law a significant role"). The dictionary decides what a word can be, so a word
// the tagger misread is not taken for a stray.
import type { Token } from '../../src/types.js';
import { canBeNoun, isBaseVerb, isParticipleOnly, isPastTense, isThirdPerson } from './verb-forms.js';
import { isCapitalised } from './prose.js';
import { ARTICLES } from './stray-word-classes.js';

const NOMINATIVE = new Set(['he', 'she', 'they', 'we']);
/** Words that follow a subject pronoun without being its verb ("they both agreed", "he himself"). */
const AFTER_PRONOUN = new Set('alone both all each himself herself themselves ourselves too also then now once still never often later soon first'.split(' '));
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);
/** Verbs whose object is followed by a complement ("keep diplomacy the preserve of"), or a light verb's noun ("took place the next day"). */
const COMPLEMENT_VERBS = new Set('keep keeps kept make makes made leave leaves left find finds found consider considers considered render rendered deem deemed call calls called name named'.split(' '));
const LIGHT_NOUNS = new Set(
  'place office way part sure peace note power time care charge hold use advantage account shape effect root action notice home war fire command control credit duty'.split(' '),
);
const OBJECT = new Set(['DET', 'PRON', 'PROPN']);
/** Participles used as prepositions: "has decreased compared to", "measured based on". */
export const PREPOSITIONAL = new Set('based compared coupled combined followed accompanied related linked contrasted measured adjusted calculated'.split(' '));
const RELATIVES = new Set(['what', 'which', 'that', 'who', 'whom', 'whatever']);
const CLAUSE_OPENERS = new Set([...NOMINATIVE, 'and', 'but']);

/** Can the dictionary read the word as a verb form? */
function canBeVerb(lower: string): boolean {
  return lower.endsWith('ing') || isBaseVerb(lower) || isPastTense(lower) || isThirdPerson(lower) || isParticipleOnly(lower);
}

const isFinite = (lower: string): boolean => !lower.endsWith('ing') && (isPastTense(lower) || (/[^s]s$/.test(lower) && isThirdPerson(lower)));

/** The word at `k` sits where a clause's subject, verb and object leave it no place. `timePhrase`: does one start at `i`? */
export function strayAroundVerb(tokens: Token[], k: number, timePhrase: (i: number) => boolean): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  const twoBefore = tokens[k - 2];
  // "he destruction pursued", "they region left": a subject pronoun, then a word that cannot be a verb, then the verb.
  if (NOMINATIVE.has(before.lower) && before.text !== 'I' && ['NOUN', 'ADJ', 'PROPN'].includes(word.pos) && (after.pos === 'VERB' || after.pos === 'AUX')) {
    return !canBeVerb(word.lower) && !AFTER_PRONOUN.has(word.lower) && !word.lower.endsWith('ly');
  }
  if (before.pos !== 'VERB' || !/^\p{Ll}/u.test(before.text)) return false;
  // "played law a significant role": a verb, a bare singular noun that cannot be a verb, then an article.
  if (word.pos === 'NOUN' && ARTICLES.has(after.lower) && !before.lower.endsWith('ing') && !word.lower.endsWith('s')) {
    return !canBeVerb(word.lower) && !LIGHT_NOUNS.has(word.lower) && !COMPLEMENT_VERBS.has(before.lower) && !timePhrase(k + 1);
  }
  if (word.pos !== 'VERB' || !OBJECT.has(after.pos) && after.pos !== 'ADP') return false;
  // "was admitted appointed to the bar": two past participles after "be" or "have".
  if (twoBefore && BE_HAVE.has(twoBefore.lower) && before.lower.endsWith('ed') && word.lower.endsWith('ed') && !PREPOSITIONAL.has(word.lower)) return isPastTense(word.lower);
  // "Monroe announced guided the doctrine": two finite verbs in a row after a name, then the object (after a
  // common noun the first may be a reduced relative: "the policy system formulated reflects the times").
  // Also after a subject pronoun or a conjunction that joins two clauses ("He accepted died the offer", "and passed descended the").
  // There the object must open with a determiner or a pronoun ("and evacuated stranded U.S. citizens" has an adjective).
  if (twoBefore === undefined || !isFinite(before.lower) || !isFinite(word.lower)) return false;
  if (twoBefore.pos === 'PROPN') return OBJECT.has(after.pos);
  // "What he saw became the basis": the first verb closes a relative clause.
  if (RELATIVES.has(tokens[k - 3]?.lower ?? '')) return false;
  return CLAUSE_OPENERS.has(twoBefore.lower) && twoBefore.text !== 'I' && (after.pos === 'DET' || after.pos === 'PRON');
}

/** Words before a name and a base form that make it no agreement error ("let Britain decide", "that Iran stop", "to see Paris"). */
const BASE_AFTER = new Set('let lets make makes made help helps helped have has had see saw watch watched hear heard bid that to'.split(' '));
/** Subjunctive formulas: "God bless America", "Long live Chile". */
const FORMULA = new Set(['God', 'Heaven', 'Long']);

/**
 * "President John explore Adams", "the New York provide Journal": a base form that only a verb can be,
 * between two capitalised words, after a singular name that it cannot agree with.
 */
export function baseVerbInName(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  if (before.pos !== 'PROPN' || !isCapitalised(before) || before.lower.endsWith('s') || FORMULA.has(before.text) || !isCapitalised(tokens[k + 1]!)) return false;
  if (word.pos !== 'VERB' || /(?:ing|ed|s)$/.test(word.lower) || !isBaseVerb(word.lower) || isPastTense(word.lower) || isParticipleOnly(word.lower)) return false;
  if (canBeNoun(word.lower)) return false;
  // Look back over the name: a modal, "to", "that" or a causative verb before it allows a base form.
  for (let i = k - 2; i >= 0 && i >= k - 5; i--) {
    const token = tokens[i]!;
    if (token.pos === 'AUX' || token.pos === 'PART' || BASE_AFTER.has(token.lower)) return false;
    if (!isCapitalised(token)) break;
  }
  return true;
}
