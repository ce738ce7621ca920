// stray-word-inside: a word dropped between two words of a sentence where English grammar has no place
// for it ("The committee approved the treaty of slavery the plan", "the United atrocities States"). Each
// pattern below is a sequence clean English essentially never has: a preposition before a finite verb,
// an article before a finite verb, a noun between a preposition and "the", a lower-case word inside a
// name the document writes elsewhere without it. The tagger adapts its tags to the stray word, so most
// stray words (an adjective or a noun inside a noun phrase) stay out of reach; these are the sure ones.
import type { Analysis, Sentence, Token } from '../../src/types.js';
import { affixFlags, inDictionary } from '../spelling/dictionaries.js';
import type { GarbleFinding } from './finding.js';
import { isCapitalised, proseSentences, sentenceTokens } from './prose.js';
import { canBeNoun, formOf, isBaseVerb } from './verb-forms.js';
import { baseVerbInName, strayAroundVerb } from './stray-word-verbs.js';
import { ARTICLES, LEFT_OF_CLASSES, strayBetweenClasses } from './stray-word-classes.js';
import { strayInOrder, type StrayPlace } from './stray-word-order.js';

/** Prepositions that cannot be adverbs or particles before a verb ("through", "over", "behind" can). */
const PREPOSITIONS = new Set('of in on at from with by for during without between against among within upon toward towards despite via amid throughout onto'.split(' '));
/** Determiners that open a noun phrase as "the" does ("many of parties its leaders", "based on public several factors"). */
const NEXT_DETERMINERS = new Set(['these', 'those', 'several', 'his', 'their', 'its', 'her', 'our']);
const DETERMINERS = new Set([...ARTICLES, 'his', 'her', 'its', 'their', 'our', 'my', 'every', 'each']);
/** Nouns that follow a preposition bare in set phrases, and may be followed by "the" ("in favor the", "for years the"). */
const BARE_NOUNS = new Set(
  (
    'course fact turn part particular general short sum addition contrast effect practice principle time times order advance ' +
    'person return response charge place total essence view case favor favour hopes duty law force action theory vain full ' +
    'brief common exchange light question detail secret private public concert tandem kind line touch sight hand front lieu ' +
    'spite terms accordance conjunction respect regard relation reference support opposition protest memory honor honour ' +
    'recognition preparation anticipation search pursuit need danger power office session absentia writing way ways years ' +
    'months decades weeks days hours minutes centuries generations ages instance example morning night evening winter summer ' +
    'spring autumn fall dawn dusk noon midnight arrival departure average limitation board home work school hospital church ' +
    'college prison court sea foot land camera stage top behalf exile custody command control name bed town mind use debt ' +
    'trouble chief depth earnest haste bulk unison confidence'
  ).split(' '),
);
/** Adjectives that follow a preposition bare ("at least the", "in full the"). */
const BARE_ADJECTIVES = new Set('least first last most best worst full brief private public general particular large length once present short whole such many late old'.split(' '));
/** Adverbs that split an infinitive: "to first apply", "to further reduce". */
const SPLITTING_ADVERBS = new Set('first further better best fully never also just still really even only always ever once'.split(' '));
/** Adverbs that never come between an article and its noun ("the also Eisenhower administration"). */
const SENTENCE_ADVERBS = new Set(['also', 'never', 'soon', 'again', 'thus', 'however', 'therefore', 'perhaps', 'instead']);
/** Nouns that form open compound verbs ("to self isolate", "to mass produce"). */
const COMPOUND_NOUNS = new Set(['hand', 'mass', 'home', 'air', 'custom', 'machine', 'self', 'state', 'government', 'family', 'court', 'jet', 'oven', 'sun', 'stone', 'spoon', 'water', 'wind', 'power']);
/** Words of a time phrase or a rate after a bare prepositional phrase: "in hospital the next day", "of dollars a piece". */
const TIME_WORDS = new Set(
  ('day days week weeks month months year years morning afternoon evening night time following next same previous last later earlier before after ago ' +
    'piece head person unit share ton tonne barrel kilo kilogram pound gallon litre liter mile kilometre kilometer').split(' '),
);
/** The words before a stray word that the patterns look at (with adjectives and capitalised words). */
const LEFT_WORDS = new Set([...PREPOSITIONS, ...DETERMINERS, 'to', 'he', 'she', 'they', 'we']);
const CLOSED = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';
const startsObject = (token: Token): boolean => ['DET', 'PRON', 'PROPN', 'NUM'].includes(token.pos);
const isName = (token: Token): boolean => isCapitalised(token) && token.pos === 'PROPN';

/** Do the names from `i` on modify a common noun ("Democratic nomination")? */
function nounAfterNames(tokens: Token[], i: number): boolean {
  while (i < tokens.length && isName(tokens[i]!)) i++;
  const next = tokens[i];
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/** Does a time phrase or a rate start at `i` ("the same day", "a week later", "a piece")? */
function timePhraseAt(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1, i + 4).some((token) => TIME_WORDS.has(token.lower));
}

/** A preposition that ends a relative clause without "that": "the questions we began with illuminate the past". */
function strandedPreposition(tokens: Token[], p: number): boolean {
  const verb = tokens[p - 1];
  const subject = tokens[p - 2];
  return verb?.pos === 'VERB' && (subject?.pos === 'PRON' || subject?.pos === 'NOUN' || subject?.pos === 'PROPN');
}

/**
 * A relative clause without "that" opens at `i`: an article's noun phrase, then its verb ("the types of rights
 * the United States would protect"), so the word before it is the clause's noun, not a stray.
 */
function contactClauseAt(tokens: Token[], i: number): boolean {
  let j = i + 1;
  // "its graduated students": a participle in -ed before a noun is part of the noun phrase.
  const inPhrase = (at: number) =>
    ['ADJ', 'NOUN', 'PROPN', 'DET'].includes(tokens[at]!.pos) || (tokens[at]!.pos === 'VERB' && /ed$/.test(tokens[at]!.lower) && ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? ''));
  while (j < tokens.length && j <= i + 5 && inPhrase(j)) j++;
  const verb = tokens[j];
  return j > i + 1 && verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)));
}

/** "kind of", "sort of" before a verb: a hedge, not a preposition. */
const HEDGES = new Set(['kind', 'sort']);
/** Prepositions of set phrases a verb takes before its object: "shown on screen the amounts", "put in place the rules". */
const SHIFT_PREPOSITIONS = new Set(['on', 'in', 'into', 'to', 'at', 'under']);

/** "shown on screen the amounts", "brought to light the facts": a verb, a bare singular noun after its preposition, then the object. */
function shiftedObject(tokens: Token[], k: number): boolean {
  const verb = tokens[k - 2];
  return verb?.pos === 'VERB' && SHIFT_PREPOSITIONS.has(tokens[k - 1]!.lower) && tokens[k]!.pos === 'NOUN' && !/s$/.test(tokens[k]!.lower) && ARTICLES.has(tokens[k + 1]!.lower);
}

/** The grammatical patterns: the word at `k` has no place between its neighbours. */
function outOfPlace(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  const form = word.pos === 'VERB' ? formOf(word.lower) : 'other';
  // A preposition the word could be misplaced after (not one that ends a clause: "we began with").
  // Not after a hedge: "has kind of become", "sort of agreed".
  const afterPreposition = PREPOSITIONS.has(before.lower) && before.pos === 'ADP' && !strandedPreposition(tokens, k - 1) && !(before.lower === 'of' && HEDGES.has(tokens[k - 2]?.lower ?? ''));
  // "the Annexation of win Texas", "in managed the Americas": a preposition before a finite verb.
  if (afterPreposition && word.pos === 'VERB' && !canBeNoun(word.lower)) {
    if (form === 'base' && startsObject(after)) return true;
    // Not an inversion that opens the sentence ("In came the tide").
    if ((form === 'past' || form === 'ed') && (after.pos === 'DET' || after.pos === 'PRON') && k > 1) return true;
  }
  // "from the chose state", "and edited the write Omaha World-Herald": an article before a finite verb. A
  // base form may name a thing in technical prose ("the fetch promise", "an ignore pattern"): only before a name.
  if (DETERMINERS.has(before.lower) && before.pos === 'DET' && word.pos === 'VERB' && !canBeNoun(word.lower)) {
    if (form === 'past' && ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(after.pos)) return true;
    if (form === 'base' && (isName(after) || after.pos === 'DET')) return true;
  }
  // "secured the bases Democratic nomination": a plural noun between an article and a name that modifies a noun
  // (not an appositive, "the rivals Apple and Samsung", nor a clause, "the promises Trump made").
  if (ARTICLES.has(before.lower) && word.pos === 'NOUN' && isPluralNoun(word.lower) && isName(after) && nounAfterNames(tokens, k + 1)) return true;
  // "trustee of ranks the Business Council", "in energy these": a bare noun or adjective between a preposition and "the", mid-clause.
  const clauseStart = k < 2 || [',', ';', ':', '—', '–', 'and', 'but', 'or'].includes(tokens[k - 2]!.lower);
  if (afterPreposition && (ARTICLES.has(after.lower) || NEXT_DETERMINERS.has(after.lower)) && !clauseStart && !/ing$/.test(word.lower) && !timePhraseAt(tokens, k + 1) && !contactClauseAt(tokens, k + 1)) {
    // A verb the dictionary also knows as a noun ("of build the") is out of place either way.
    if ((word.pos === 'NOUN' || (word.pos === 'VERB' && formOf(word.lower) !== 'ing')) && !BARE_NOUNS.has(word.lower) && !shiftedObject(tokens, k)) return true;
    if (word.pos === 'ADJ' && !BARE_ADJECTIVES.has(word.lower) && !/est$/.test(word.lower)) return true;
  }
  // "failed to education settle", "to returning expose": a word between "to" and its verb.
  if (before.lower === 'to' && after.pos === 'VERB' && !isCapitalised(after) && formOf(after.lower) === 'base' && !canBeNoun(after.lower)) {
    if ((word.pos === 'NOUN' || word.pos === 'ADJ') && !/er$/.test(word.lower) && !isBaseVerb(word.lower) && !COMPOUND_NOUNS.has(word.lower) && !SPLITTING_ADVERBS.has(word.lower)) return true;
    if (word.pos === 'VERB' && /ing$/.test(word.lower)) return true;
  }
  // "200 years of regular appoint trade": a verb between an adjective and its noun.
  if (before.pos === 'ADJ' && word.pos === 'VERB' && formOf(word.lower) === 'base' && !canBeNoun(word.lower) && after.pos === 'NOUN') return true;
  // "with the also Eisenhower administration": a sentence adverb between an article and its noun.
  return ARTICLES.has(before.lower) && word.pos === 'ADV' && SENTENCE_ADVERBS.has(word.lower) && ['NOUN', 'PROPN'].includes(after.pos);
}

/**
 * What the name checks ask of the document: whether it writes two words next to each other with a capital
 * on the second ("United States", "Secretary of State"), how often a capitalised word opens a longer name,
 * and whether it writes a name run right after a word ("the United States"). Asked first, answered in one
 * pass over the document that looks only at the words asked about.
 */
class NameFacts {
  /** "United States", "Secretary of State" (keyed with the word before "of"). */
  readonly pairs = new Set<string>();
  /** Per capitalised word: how often it is seen inside a sentence, and followed by a capital or "of". */
  readonly inside = new Map<string, { seen: number; followed: number }>();
  /** A lower-case word and the name run after it (up to three words): "the United States", "of France". */
  readonly afterWord = new Set<string>();
  /** The first words of the pairs asked about, the words whose counts are asked, the first names of the runs asked. */
  readonly pairFirsts = new Set<string>();
  readonly counted = new Set<string>();
  readonly runFirsts = new Set<string>();

  /** Looks at the places of the words asked about (line breaks skipped), within sentences. */
  answer(analysis: Analysis): void {
    const tokens = analysis.tokens;
    /** The next (`step` 1) or previous (-1) token in the sentence, line breaks skipped. */
    const near = (i: number, step: number): Token | undefined => {
      const sentence = tokens[i]!.sentence;
      for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
        const token = tokens[j]!;
        if (token.sentence !== sentence) return undefined;
        if (token.type === 'word' || !mayBeBlank(token.text.charCodeAt(0)) || token.text.trim() !== '') return token;
      }
      return undefined;
    };
    const nearIndex = (token: Token | undefined): number => (token === undefined ? -1 : token.index);
    // The places of the words asked about, in one pass that reads only each token's text.
    const places = new Map<string, number[]>();
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i]!.text;
      if (this.pairFirsts.has(text) || this.counted.has(text) || this.runFirsts.has(text)) {
        const list = places.get(text);
        if (list) list.push(i);
        else places.set(text, [i]);
      }
    }
    for (const text of new Set([...this.pairFirsts, ...this.counted])) {
      for (const i of places.get(text) ?? []) {
        const first = tokens[i]!;
        if (!isWord(first)) continue;
        const next = near(i, 1);
        if (next === undefined) continue;
        const capital = isWord(next) && isCapitalised(next);
        if (isCapitalised(first)) {
          const followed = capital || (isWord(next) && next.lower === 'of');
          if (this.counted.has(text) && isWord(near(i, -1))) {
            const counts = this.inside.get(text) ?? { seen: 0, followed: 0 };
            counts.seen++;
            if (followed) counts.followed++;
            this.inside.set(text, counts);
          }
          if (followed && next.lower !== 'of' && this.pairFirsts.has(text)) this.pairs.add(`${text} ${next.text}`);
        }
        // "Secretary of State": the word two before a capital, with "of" between.
        if (this.pairFirsts.has(text) && isWord(next) && next.lower === 'of' && !isCapitalised(next)) {
          const name = near(nearIndex(next), 1);
          if (isWord(name) && isCapitalised(name)) this.pairs.add(`${text} of ${name.text}`);
        }
      }
    }
    for (const text of this.runFirsts) {
      for (const i of places.get(text) ?? []) {
        const before = near(i, -1);
        if (!isWord(before) || !leftOfName(before)) continue;
        let run = before.lower;
        for (let name: Token | undefined = tokens[i]; isWord(name) && isCapitalised(name) && name.pos === 'PROPN' && run.split(' ').length < 4; name = near(nearIndex(name), 1)) {
          run = `${run} ${name.text}`;
          this.afterWord.add(run);
        }
      }
    }
  }
}

/** "the ships Confederacy", "to the forms United States": a plural noun between a word and a name the document writes right after that word. */
function pluralBeforeName(facts: NameFacts, tokens: Token[], k: number, asking: boolean): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  if (word.pos !== 'NOUN' || !isName(tokens[k + 1]!) || !leftOfName(before) || !isPluralNoun(word.lower)) return false;
  if (asking) {
    facts.runFirsts.add(tokens[k + 1]!.text);
    return true;
  }
  let name = before.lower;
  for (let i = k + 1; i < tokens.length && i <= k + 3 && isName(tokens[i]!); i++) {
    name += ` ${tokens[i]!.text}`;
    if (facts.afterWord.has(name)) return true;
  }
  return false;
}

/** Cheap first: a verb or a noun before an article after a verb ("announced guided the", "played law a"). */
const afterVerb = (tokens: Token[], k: number): boolean =>
  tokens[k - 1]!.pos === 'VERB' && (tokens[k]!.pos === 'VERB' || (tokens[k]!.pos === 'NOUN' && ARTICLES.has(tokens[k + 1]!.lower)));
/** Cheap first: a noun in -s before a capitalised word. */
const pluralBeforeCapital = (tokens: Token[], k: number): boolean => tokens[k]!.pos === 'NOUN' && tokens[k]!.lower.endsWith('s') && isCapitalised(tokens[k + 1]!);

/** A lower-case word, or a capitalised article or preposition ("The United States"), before a name. */
const leftOfName = (token: Token): boolean => !isCapitalised(token) || token.pos === 'DET' || token.pos === 'ADP';

/** Words in -s that are not plurals, or plurals that modify names ("the arms Control Agency", "the news Agency"). */
const NOT_PLURAL = new Set('news series species means arms sales sports politics economics physics headquarters works affairs relations customs services savings goods'.split(' '));

/** "ships", "countries": the plural of a word the dictionary knows (a plural cannot modify the name after it). */
function isPluralNoun(lower: string): boolean {
  if (!/[^su]s$/.test(lower) || NOT_PLURAL.has(lower)) return false;
  return [lower.slice(0, -1), lower.slice(0, -2), lower.replace(/ies$/, 'y')].some((stem) => stem.length > 2 && affixFlags(stem) !== undefined);
}

/** A word that only ever opens a longer name in this document ("United" in "United States"): never a subject on its own. */
function opensNamesOnly(facts: NameFacts, word: Token): boolean {
  const counts = facts.inside.get(word.text);
  // One of its occurrences is the one being judged, followed by the stray word.
  return counts !== undefined && counts.seen >= 3 && counts.followed >= counts.seen - 1;
}

/**
 * "the United atrocities States", "Secretary of friend State": a lower-case word inside a name the document
 * writes without it. `asking`: only note what the document must be asked (and say whether it must).
 */
function insideName(facts: NameFacts, tokens: Token[], k: number, asking: boolean): boolean {
  const before = tokens[k - 1]!;
  const word = tokens[k]!;
  const after = tokens[k + 1]!;
  // "Secretary profession of State": a word between the two parts of a name joined by "of".
  const name = tokens[k + 2];
  if (after.lower === 'of' && k - 1 > 0 && isCapitalised(before) && !CLOSED.has(before.pos) && isWord(name) && isCapitalised(name)) {
    if (asking) facts.pairFirsts.add(before.text);
    return asking || facts.pairs.has(`${before.text} of ${name.text}`);
  }
  if (!isCapitalised(after)) return false;
  if (before.lower === 'of') {
    const first = tokens[k - 2];
    if (first === undefined || k - 2 <= 0 || !isCapitalised(first)) return false;
    if (asking) facts.pairFirsts.add(first.text);
    return asking || facts.pairs.has(`${first.text} of ${after.text}`);
  }
  // A name may open the sentence ("Woodrow preceding Wilson"); another capitalised first word may not.
  if ((k - 1 === 0 && before.pos !== 'PROPN') || !isCapitalised(before) || CLOSED.has(before.pos)) return false;
  // A past or present tense between two names is a sentence's verb ("Adams became U.S. Minister"), unless
  // the first word only ever opens a longer name ("the United supported States").
  const tense = word.pos === 'VERB' && formOf(word.lower) !== 'base' && formOf(word.lower) !== 'ing';
  if (asking) {
    facts.pairFirsts.add(before.text);
    if (tense) facts.counted.add(before.text);
    return true;
  }
  if (tense && !opensNamesOnly(facts, before)) return false;
  // "Healthcare products Regulatory Agency" beside "Healthcare Products Regulatory Agency": a word of the
  // name written in lower case, not a stray word.
  if (facts.pairs.has(`${before.text} ${word.text.charAt(0).toUpperCase()}${word.text.slice(1)}`)) return false;
  return facts.pairs.has(`${before.text} ${after.text}`);
}

/** A character that may start a blank token (a line break inside a sentence). */
const mayBeBlank = (code: number): boolean => code <= 32 || code === 160 || (code >= 0x1680 && code <= 0x3000) || code === 0xfeff;

/** The sentence's tokens without the line breaks inside it. */
function nonBlankTokens(analysis: Analysis, sentence: Sentence): Token[] {
  const tokens = sentenceTokens(analysis, sentence);
  for (const token of tokens) {
    if (mayBeBlank(token.text.charCodeAt(0)) && token.text.trim() === '') return tokens.filter((other) => other.text.trim() !== '');
  }
  return tokens;
}

/** A place the patterns judge: the word at `k` of a sentence's tokens; `sure` unless the name checks must decide. */
interface Candidate {
  tokens: Token[];
  k: number;
  sentence: number;
  sure: boolean;
  /** 'pair': the word or the one after it is stray (two verbs in a row). */
  place: StrayPlace;
}

export function findStrayWordsInside(analysis: Analysis): GarbleFinding[] {
  const facts = new NameFacts();
  const candidates: Candidate[] = [];
  for (const sentence of proseSentences(analysis)) {
    const tokens = nonBlankTokens(analysis, sentence);
    for (let k = 1; k + 1 < tokens.length; k++) {
      const word = tokens[k]!;
      // Cheap first: a lower-case word (an ASCII fast path: this runs on every word) of an open class.
      const code = word.text.charCodeAt(0);
      if (code < 97 || (code > 122 && code < 128) || word.type !== 'word' || !word.spaceBefore || !isWord(tokens[k + 1])) continue;
      const ordered = isWord(tokens[k - 1]) ? strayInOrder(tokens, k) : undefined;
      if (ordered !== undefined) {
        candidates.push({ tokens, k, sentence: sentence.index, sure: true, place: ordered });
        continue;
      }
      if (CLOSED.has(word.pos) || !/^\p{Ll}+$/u.test(word.text)) continue;
      const before = tokens[k - 1]!;
      // Only these words can come before a stray word the patterns know.
      if (!isWord(before) || !(LEFT_WORDS.has(before.lower) || LEFT_OF_CLASSES.has(before.lower) || before.pos === 'ADJ' || isCapitalised(before) || afterVerb(tokens, k) || pluralBeforeCapital(tokens, k))) continue;
      if (!isWord(tokens[k + 1])) continue;
      const sure = outOfPlace(tokens, k) || strayAroundVerb(tokens, k, (i) => timePhraseAt(tokens, i)) || baseVerbInName(tokens, k) || strayBetweenClasses(tokens, k);
      // Both name checks note their questions (no short cut: each may be asked).
      const named = !sure && [insideName(facts, tokens, k, true), pluralBeforeName(facts, tokens, k, true)].includes(true);
      if (!sure && !named) continue;
      // A word no dictionary knows may be a name written in lower case ("the winkjs NLP package").
      if (!inDictionary('en-US', word.lower) && !inDictionary('en-GB', word.lower)) continue;
      candidates.push({ tokens, k, sentence: sentence.index, sure, place: 'word' });
    }
  }
  if (candidates.some((candidate) => !candidate.sure)) facts.answer(analysis);
  const findings: GarbleFinding[] = [];
  let last: Candidate | undefined;
  for (const candidate of candidates) {
    const { tokens, k } = candidate;
    // The word after a stray word is not judged again.
    if (last !== undefined && last.tokens === tokens && last.k === k - 1) continue;
    if (!candidate.sure && !insideName(facts, tokens, k, false) && !pluralBeforeName(facts, tokens, k, false)) continue;
    last = candidate;
    const word = tokens[k]!;
    if (candidate.place === 'pair') {
      const next = tokens[k + 1]!;
      findings.push({
        start: word.start,
        end: next.end,
        reason: `Stray word: "${word.text} ${next.text}" are two verbs where the sentence has room for one`,
        sentence: candidate.sentence,
        data: { kind: 'stray-word-inside' },
      });
      continue;
    }
    // The word and the space after it: deleting both leaves the sentence as it was meant.
    const end = analysis.text.slice(word.end, tokens[k + 1]!.start) === ' ' ? tokens[k + 1]!.start : word.end;
    findings.push({
      start: word.start,
      end,
      reason: `Stray word "${word.text}": it has no place between "${tokens[k - 1]!.text}" and "${tokens[k + 1]!.text}"`,
      expected: [''],
      sentence: candidate.sentence,
      data: { kind: 'stray-word-inside' },
    });
  }
  return findings;
}
