// Stray words that break agreement or the order of words around a clause's subject and verb, found
// from the tags and checked against the dictionary: "he term retired" (a base form after "he"), "they sank
// convey more" and "he admitted began his" (two finite verbs in a row), "the have additional" (an article
// before an auxiliary), "would policy be" (a noun between a modal and "be"), "with later his" (an adverb
// between a preposition and a determiner). Each is a sequence clean English essentially never has.
import type { Token } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { canBeNoun, formOf, isBaseVerb, isParticipleOnly, isPastOnly, isPastTense, isThirdPerson } from './verb-forms.js';
import { ARTICLES, LY_ADJECTIVES, MODALS } from './stray-word-classes.js';
import { PREPOSITIONAL } from './stray-word-verbs.js';

/** Where the stray word is: the word judged, or one of it and the next word (two verbs in a row). */
export type StrayPlace = 'word' | 'pair';

const SINGULAR_SUBJECTS = new Set(['he', 'she', 'it']);
const SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Words after a subject pronoun that are not its verb ("he alone", "it last rained"). */
const AFTER_PRONOUN = new Set('alone both all each himself herself itself too also then now once still never often later soon first last long just even only ever further'.split(' '));
/** Auxiliaries no article comes before ("the have additional"): not "will", "can", "may", "must" (nouns too). */
const AUXILIARIES = new Set('is are was were been being has have had does did should would could shall might'.split(' '));
const DETERMINERS = new Set([...ARTICLES, 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each']);
/** Verbs a participle used as an adjective follows ("and remained committed to", "and felt compelled to"). */
const LINKING = new Set('seemed appeared looked remained proved turned stayed sounded felt became got grew went came'.split(' '));
const RELATIVES = new Set(['which', 'that', 'who', 'whom', 'what', 'whatever', 'whoever']);
/** Verbs followed by a bare infinitive: "he helped build", "they let go", "she made do". */
const BARE_INFINITIVE = new Set('help helps helped let lets make makes made dare dares dared need needs needed bid bade see saw hear heard watch watched go went come came'.split(' '));
/** Adverbs that never come between a preposition and a determiner ("of also Great Britain", "with later his"). */
const CLAUSE_ADVERBS = new Set('also later again thus therefore never soon instead however moreover likewise furthermore nevertheless consequently accordingly'.split(' '));
const PREPOSITIONS = new Set('of in on at from with by for during without between against among within upon toward towards despite via amid throughout onto into'.split(' '));

/** A finite verb the dictionary knows, or an auxiliary: what follows a subject. */
function finite(token: Token): boolean {
  if (token.pos === 'AUX') return /^(?:is|was|has|had|does|did|can|could|will|would|shall|should|may|might|must)$/.test(token.lower);
  return /^\p{Ll}+$/u.test(token.text) && !token.lower.endsWith('ing') && (isPastTense(token.lower) || (token.lower.endsWith('s') && isThirdPerson(token.lower)));
}

/** The pronoun at `p` is a subject: not after a verb, a preposition or an auxiliary ("made it law", "did it remain"). */
const subjectPlace = (tokens: Token[], p: number): boolean => !['VERB', 'ADP', 'AUX'].includes(tokens[p - 1]?.pos ?? '');

/** "he term retired", "it prepare resolved": a base form (not also a past) after "he", "she" or "it", then a finite verb. */
function baseAfterSingular(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  if (!SINGULAR_SUBJECTS.has(before.lower) || before.pos !== 'PRON' || AFTER_PRONOUN.has(word.lower)) return false;
  // "made it law": "it" as an object; "did it remain", "be it further enacted": a question or a subjunctive.
  if (!subjectPlace(tokens, k - 1)) return false;
  if (!['VERB', 'NOUN', 'ADJ'].includes(word.pos) || /(?:ly|s|ed|ing)$/.test(word.lower)) return false;
  if (!isBaseVerb(word.lower) || isPastTense(word.lower) || MODALS.has(word.lower)) return false;
  return finite(tokens[k + 1]!);
}

/** "it modest was", "I subsequent can": an adjective between a subject pronoun and an auxiliary. */
function adjectiveAfterSubject(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (!(before.lower === 'it' || before.text === 'I') || before.pos !== 'PRON' || word.pos !== 'ADJ' || after.pos !== 'AUX') return false;
  if (!subjectPlace(tokens, k - 1)) return false;
  return !AFTER_PRONOUN.has(word.lower) && !FLAT_ADVERBS.has(word.lower) && !/(?:ly|ing|ed)$/.test(word.lower) && !isBaseVerb(word.lower);
}

/**
 * "they sank convey more", "he admitted began his", "This influence became only grew": two finite verbs
 * (an adverb may come between) where a clause has room for one. Which of the two is stray is not known.
 */
function twoFiniteVerbs(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  // The clause's subject right before: a pronoun, or a noun after a determiner ("This influence").
  // Or a conjunction that joins a second verb to the clause ("but led failed to reach").
  const subject =
    (before.pos === 'PRON' && SUBJECTS.has(before.lower)) ||
    (before.pos === 'NOUN' && DETERMINERS.has(tokens[k - 2]?.lower ?? '') && k - 2 === 0) ||
    (before.pos === 'CCONJ' && (before.lower === 'and' || before.lower === 'but'));
  // "which they claimed became", "what he said went": the second verb belongs to a relative clause.
  if (!subject || RELATIVES.has(tokens[k - 2]?.lower ?? '')) return false;
  if (word.pos !== 'VERB' || !isPastTense(word.lower) || word.lower.endsWith('ing') || BARE_INFINITIVE.has(word.lower)) return false;
  let next = k + 1;
  if (tokens[next]?.pos === 'ADV' && isPastOnly(word.lower)) next++;
  const second = tokens[next];
  const object = tokens[next + 1];
  if (second === undefined || object === undefined || second.pos !== 'VERB' || !/^\p{Ll}+$/u.test(second.text)) return false;
  // A simple past that is never a participle ("began", "grew"), then an object, a preposition or "to".
  if (isPastOnly(second.lower)) return ['DET', 'PRON', 'ADP', 'PART', 'ADV'].includes(object.pos) || object.type !== 'word';
  // Two regular pasts after "and" or "but" ("but led failed to reach"), then "to" or an object (not after a
  // pronoun: "which they claimed extended to" is a relative clause).
  if (next === k + 1 && before.pos === 'CCONJ' && isPastTense(second.lower) && second.lower.endsWith('ed') && !BARE_INFINITIVE.has(word.lower) && !LINKING.has(word.lower)) {
    if (object.lower === 'to' || object.pos === 'DET' || object.pos === 'PRON') return true;
    // "and worked served in the army" (not "and rose compared with", "and increased based on").
    if (object.pos === 'ADP' && word.lower.endsWith('ed') && !PREPOSITIONAL.has(second.lower)) return true;
  }
  // A base form that only a verb can be after a past ("sank convey more"), then its object.
  if (next === k + 1 && formOf(second.lower) === 'base' && isBaseVerb(second.lower) && !canBeNoun(second.lower) && !isPastTense(second.lower)) {
    return ['DET', 'PRON', 'ADJ', 'NUM', 'PROPN'].includes(object.pos);
  }
  return false;
}

/** "the have additional assistance", "The not disease": an article before an auxiliary or "not". */
function articleBeforeAuxiliary(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  // A lower-case article with a space before it ("Section 50-a was", "Bureau A is" are names).
  if (!ARTICLES.has(before.text) || before.pos !== 'DET' || !before.spaceBefore || after.type !== 'word' || !after.spaceBefore) return false;
  if (AUXILIARIES.has(word.lower)) return /^\p{Ll}/u.test(after.text);
  // "a not unreasonable sum" is English: only before a noun that cannot be an adjective.
  return word.lower === 'not' && after.pos === 'NOUN' && canBeNoun(after.lower) && !/(?:able|ible|ous|al|ful|ant|ent|ive|ic|ed|ing)$/.test(after.lower);
}

/** "would policy be solely", "would standing be": a noun or an "-ing" form between a modal and "be" or a base form. */
function betweenModalAndVerb(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (!MODALS.has(before.lower) || before.pos !== 'AUX') return false;
  const verbAfter = after.lower === 'be' || after.lower === 'have' || (after.pos === 'VERB' && formOf(after.lower) === 'base' && !canBeNoun(after.lower));
  if (!verbAfter) return false;
  if (word.pos === 'VERB' && word.lower.endsWith('ing')) return true;
  return word.pos === 'NOUN' && after.pos === 'AUX' && !isBaseVerb(word.lower);
}

/** "of also Great Britain", "with later his purchase": a clause adverb between a preposition and a determiner or a name. */
function adverbAfterPreposition(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const after = tokens[k + 1]!;
  if (!PREPOSITIONS.has(before.lower) || before.pos !== 'ADP' || !CLAUSE_ADVERBS.has(tokens[k]!.lower)) return false;
  // "of later FRUS volumes": "later" and "soon" may be adjectives before a name.
  const name = after.pos === 'PROPN' && !['later', 'soon'].includes(tokens[k]!.lower);
  return (after.pos === 'DET' || after.pos === 'PRON' || name) && after.spaceBefore;
}

/** Verbs whose object an adjective may follow ("make clear the", "laid bare the", "hold accountable the"). */
const COMPLEX_TRANSITIVE = new Set(
  (
    'make makes made making render renders rendered hold holds held holding keep keeps kept keeping leave leaves left leaving set sets ' +
    'setting lay lays laid push pushed break breaks broke cut cuts shake shook throw threw thrown find finds found consider considered ' +
    'prove proved declare declared deem deemed call called force forced wipe wiped get gets got getting pry pried slam slammed ' +
    'sell sold ring rang come came bring brought'
  ).split(' '),
);
/** Words tagged as adjectives that come before a determiner in English ("such a", "half the", "at least the"). */
const BEFORE_DETERMINER = new Set(
  'such many all half quite what rather worth like next last first same own only due near opposite enough both each several other few much more most less least best worst early late full whole'.split(' '),
);
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'all', 'its', 'his', 'their', 'her', 'our']);

/** "became enormous a part", "concerning major the oil resources": an adjective between a verb or a preposition and a determiner. */
function adjectiveBeforeDeterminer(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (word.pos !== 'ADJ' || !NOUN_OPENERS.has(after.text) || after.pos !== 'DET' || BEFORE_DETERMINER.has(word.lower)) return false;
  // Not a word that can be a verb ("helped secure the passage") or a noun.
  if (/(?:est|ed|ing|ly)$/.test(word.lower) || canBeNoun(word.lower) || isBaseVerb(word.lower)) return false;
  if (!/^\p{Ll}+$/u.test(before.text) || COMPLEX_TRANSITIVE.has(before.lower)) return false;
  return before.pos === 'VERB' || (before.pos === 'ADP' && PREPOSITIONS.has(before.lower));
}

/** Adjectives that follow their noun ("the members present", "ten feet high", "the Attorney General"). */
const POSTPOSITIVE = new Set(
  (
    'present available necessary responsible involved concerned general elect apparent possible required alone aplenty galore designate ' +
    'emeritus extraordinary plenipotentiary proper abroad ashore aboard alive awake aware enough ready able due old long wide high tall ' +
    'deep thick apart away ago total free full left right own else entire whole public overseas abroad there here inside outside ' +
    'below above elsewhere'
  ).split(' '),
);

/** "what one historian former described", "many officials useful were": an adjective between a noun and its verb. */
function adjectiveBeforeVerb(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (word.pos !== 'ADJ' || before.pos !== 'NOUN' || (after.pos !== 'AUX' && after.pos !== 'VERB') || POSTPOSITIVE.has(word.lower)) return false;
  const verb = after.pos === 'AUX' ? /^(?:is|are|was|were|has|have|had)$/.test(after.lower) : finite(after);
  if (!verb || tokens[k + 2] === undefined || tokens[k + 2]!.type !== 'word' || !/^\p{Ll}+$/u.test(before.text)) return false;
  return !/(?:able|ible|est|ed|ing|ly|er|wide)$/.test(word.lower) && !canBeNoun(word.lower) && !isBaseVerb(word.lower);
}

/** Prepositions that are not particles, so never open an inversion ("In came the rain", "Up went prices"). */
const PLAIN_PREPOSITIONS = new Set('of from with by for during without between against among within upon toward towards despite via amid throughout onto into at'.split(' '));
const BE_HAVE_DO = new Set('is are was were be been being has have had do does'.split(' '));
const POSSESSIVES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** "in the became treaty", "of took the", "was grew", "to chose": a simple past that is never a participle or a noun, after a word no verb follows. */
function pastAfterClosedWord(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  if (!isPastOnly(word.lower) || canBeNoun(word.lower) || word.lower === 'did' || k - 1 === 0 || !/^\p{Ll}+$/u.test(before.text)) return false;
  if (before.pos === 'ADP') return PLAIN_PREPOSITIONS.has(before.lower);
  if (before.pos === 'AUX') return BE_HAVE_DO.has(before.lower);
  // "to chose resign": "to" before a simple past.
  if (before.lower === 'to') return true;
  return before.pos === 'DET' && POSSESSIVES.has(before.lower);
}

/** Adjectives that never take an adverb in -ly after them ("more clearly", "the only partly"). */
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least', 'much', 'only', 'so', 'too', 'very', 'same', 'not', 'far', 'all', 'even', 'yet']);

/** "a new quickly treaty": an adverb in -ly between an adjective and its noun (not before an adjective: "a new largely ceremonial role"). */
function adverbBeforeNoun(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (word.pos !== 'ADV' || !/[^l]ly$/.test(word.lower) || LY_ADJECTIVES.has(word.lower) || DEGREE_WORDS.has(before.lower)) return false;
  // The tagger often reads the adjective as an adverb and the noun as a verb ("a/DET new/ADV quickly/ADV budget/VERB"):
  // an article, a lower-case word not in -ly, the adverb, then a word the dictionary reads as a noun that ends the phrase.
  const twoBefore = tokens[k - 2];
  if (twoBefore === undefined || twoBefore.pos !== 'DET' || !POSSESSIVES.has(twoBefore.lower)) return false;
  if (!(before.pos === 'ADJ' || before.pos === 'ADV') || !/^\p{Ll}+$/u.test(before.text) || /ly$/.test(before.lower)) return false;
  const next = tokens[k + 2];
  // Not before a compound adjective ("a new year-long inquiry"), a participle or an adjective with its noun.
  if (next === undefined || !next.spaceBefore || ['NOUN', 'ADJ', 'PROPN'].includes(next.pos)) return false;
  return (after.pos === 'NOUN' || after.pos === 'VERB') && /^\p{Ll}+$/u.test(after.text) && canBeNoun(after.lower) && !/(?:ed|ing|en)$/.test(after.lower);
}

/** Adjectives used as adverbs before a participle ("was first elected", "was hard pressed", "is best known"). */
const FLAT_ADVERBS = new Set(
  'first last best worst hard ill long fast high low late early direct wide deep close right wrong free loud clear fair full short sharp straight tight well least most more less further farther still just only newly sure real'.split(' '),
);

/** "was essential created by": an adjective between "be" and a past participle. */
function adjectiveBeforeParticiple(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (before.pos !== 'AUX' || !/^(?:is|are|was|were|be|been|being)$/.test(before.lower) || word.pos !== 'ADJ' || FLAT_ADVERBS.has(word.lower)) return false;
  if (/(?:ly|ed|ing|en|est|er)$/.test(word.lower) || isBaseVerb(word.lower)) return false;
  const participle = after.pos === 'VERB' && (isParticipleOnly(after.lower) || (after.lower.endsWith('ed') && isPastTense(after.lower)));
  const next = tokens[k + 2];
  return participle && next !== undefined && (next.pos === 'ADP' || next.type !== 'word');
}

/** "to asked do so": "to" before a past in -ed and a base form. */
function pastBetweenToAndVerb(tokens: Token[], k: number): boolean {
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (tokens[k - 1]!.lower !== 'to' || word.pos !== 'VERB' || !word.lower.endsWith('ed') || !isPastTense(word.lower) || canBeNoun(word.lower)) return false;
  return (after.pos === 'VERB' || after.pos === 'AUX') && formOf(after.lower) === 'base' && isBaseVerb(after.lower) && !canBeNoun(after.lower) && !isPastTense(after.lower);
}

/** "Marcy held was born in 1786": a past between the name that opens the sentence and its auxiliary. */
function pastBetweenNameAndAuxiliary(tokens: Token[], k: number): boolean {
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (after.pos !== 'AUX' || word.pos !== 'VERB' || !/^(?:is|was|were|are|has|had)$/.test(after.lower) || word.lower.endsWith('ing') || !isPastTense(word.lower)) return false;
  for (let i = 0; i < k; i++) if (tokens[i]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  // "Cities served are ...": a common noun that opens the sentence, with a participle after it.
  if (k === 1 && (inDictionary('en-US', tokens[0]!.lower) || inDictionary('en-GB', tokens[0]!.lower))) return false;
  return true;
}

/** "A also rage for all things", "the however plan": an article before a clause adverb. */
function articleBeforeClauseAdverb(tokens: Token[], k: number): boolean {
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  if (!ARTICLES.has(tokens[k - 1]!.lower) || tokens[k - 1]!.pos !== 'DET' || !CLAUSE_ADVERBS.has(word.lower) || ['later', 'soon', 'never'].includes(word.lower)) return false;
  return after.type === 'word' && after.spaceBefore && /^\p{Ll}/u.test(after.text);
}

/** Words before a noun, an auxiliary or "not" that the patterns look at ("he term", "the have", "would policy"). */
const LEFT_OF_CLOSED = new Set([...SINGULAR_SUBJECTS, 'i', ...ARTICLES, ...MODALS]);

/** The place of a stray word the word at `k` opens, if these patterns find one. */
export function strayInOrder(tokens: Token[], k: number): StrayPlace | undefined {
  const pos = tokens[k]!.pos;
  // Cheap first: most words are nouns, which only the patterns after a pronoun, an article or a modal look at.
  if (pos !== 'VERB' && pos !== 'ADJ' && pos !== 'ADV' && !LEFT_OF_CLOSED.has(tokens[k - 1]!.lower)) return undefined;
  if (pos === 'VERB' && twoFiniteVerbs(tokens, k)) return 'pair';
  if (baseAfterSingular(tokens, k) || adjectiveAfterSubject(tokens, k) || articleBeforeAuxiliary(tokens, k) || betweenModalAndVerb(tokens, k)) return 'word';
  if (pos === 'ADV') return adverbAfterPreposition(tokens, k) || articleBeforeClauseAdverb(tokens, k) || adverbBeforeNoun(tokens, k) ? 'word' : undefined;
  if (pos === 'ADJ') return adjectiveBeforeDeterminer(tokens, k) || adjectiveBeforeVerb(tokens, k) || adjectiveBeforeParticiple(tokens, k) ? 'word' : undefined;
  if (pos === 'VERB') return pastBetweenToAndVerb(tokens, k) || pastBetweenNameAndAuxiliary(tokens, k) || pastAfterClosedWord(tokens, k) ? 'word' : undefined;
  return undefined;
}
