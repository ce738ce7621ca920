// Words glued together by bad text extraction: "theGovernment", "governmentsaid", "5thplenum".
import { inDictionary } from './dictionaries.js';
import { FUNCTION_WORDS, isKnown, isRegularDerivation, SUFFIX_LIKE, type WordBook } from './known.js';

/** Short words that may stand as one half of a glued pair (longer halves only need to be known). */
const SHORT_WORDS = new Set(
  ('a an as at be by do go he if in is it me my no of on or so to up us we the and for but not are was has had his her its ' +
    'our who new two all can may lot day way one end old big out off any few how now own see set six ten too use ' +
    'did she him why yet nor got let').split(' '),
);

function isHalf(book: WordBook, word: string): boolean {
  const lower = word.toLowerCase();
  if (SHORT_WORDS.has(lower)) return true;
  return word.length >= 4 && isKnown(book, word);
}

/** Capitalised words that may lead a run-together pair ("TheGovernment"); brand names start with others ("WeChat"). */
const CAPITAL_LEADS = new Set(['The', 'And', 'Of']);

/**
 * First words of camelCase identifiers before a common word ("onError", "getUser", "isEnabled"); glued text
 * puts them before a name or a title instead ("onMonday", "inBeijing"), which stays a finding.
 */
const IDENTIFIER_LEADS = new Set(
  'on get set is has use add can should max min num handle create remove update enable disable allow show skip include'.split(' '),
);

/** "theGovernment" -> "the Government": a lower-case word (or "The", "Of", "And") glued to a capitalised one. */
export function splitCamel(book: WordBook, word: string): string | undefined {
  const match = /^(\p{L}\p{Ll}+)(\p{Lu}\p{Ll}{2,})$/u.exec(word);
  if (!match) return undefined;
  const [, first, second] = match as unknown as [string, string, string];
  if (IDENTIFIER_LEADS.has(first) && /^\p{Ll}+$/u.test(second.slice(1)) && isKnown(book, second.toLowerCase())) return undefined;
  const firstOk = /^\p{Lu}/u.test(first) ? CAPITAL_LEADS.has(first) : isHalf(book, first);
  return firstOk && isHalf(book, second) ? `${first} ${second}` : undefined;
}

/**
 * A brand in camelCase written the same way again ("wikiHow" twice or more): text glued by extraction runs
 * a function word into a name ("theGovernment", "inBeijing") at random places, it does not repeat a content
 * word glued to the same word.
 */
export function isCamelBrand(word: string, uses: number): boolean {
  const lead = /^(\p{Ll}{2,})\p{Lu}/u.exec(word)?.[1];
  return uses >= 2 && lead !== undefined && !FUNCTION_WORDS.has(lead) && !SHORT_WORDS.has(lead);
}

/** Function words that are often run into their neighbour ("inthe", "alot", "ofthe"). */
const RUN_IN_WORDS = new Set('a an the of in on at to by for and or but is it as be was not lot'.split(' '));

/** True when one half of a split is a function word often run in ("in the", "a lot"): the split is then the likeliest fix. */
export function splitsOffShortWord(split: string): boolean {
  return split.split(' ').some((half) => RUN_IN_WORDS.has(half.toLowerCase()));
}

/** A three-letter word next to a function word often run in: "met|at", "got|to". */
function besideRunIn(book: WordBook, word: string, other: string): boolean {
  return word.length === 3 && other.length >= 2 && RUN_IN_WORDS.has(other) && isKnown(book, word);
}

/** "governmentsaid" -> "government said": the best split of an unknown word into two words, if any. */
export function splitRun(book: WordBook, word: string): string | undefined {
  // A regular derivation of a known word is one word, even with another word one slip away ("format-t-er").
  if (isRegularDerivation(book, word)) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (let i = 1; i < word.length; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (!(isHalf(book, left) || besideRunIn(book, left, right)) || !(isHalf(book, right) || besideRunIn(book, right, left)) || SUFFIX_LIKE.has(right)) continue;
    // A function word run in is the likelier slip: "soldiers and" over "soldier sand", "to recover" over "tore cover".
    const score = Math.min(left.length, right.length) + (isGlueWord(left) || isGlueWord(right) ? 3 : 0);
    if (score > bestScore) {
      best = `${left} ${right}`;
      bestScore = score;
    }
  }
  return best;
}

/** A word (not a unit like "km") that an ordinal or number can be glued to: "5thplenum", "10years". */
export function isGluedToNumber(book: WordBook, number: string, word: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(word) || !isKnown(book, word)) return false;
  return /^\d+(?:st|nd|rd|th)$/i.test(number) || (/^\d+$/.test(number) && word.length >= 4);
}

/**
 * Endings of family and place names built from words ("Robertson", "Greenfield", "Kingston", "Goldman"): a
 * capitalised word that ends so is a name, not a name run into a word.
 */
const NAME_ENDINGS = new Set(
  ('son sen ton town ville burg berg borough bury field wood ford well man men land stone brook water house hall way ley ham bridge side ' +
    'view dale more moor mont port mouth wick wich sex shire stead castle ridge hill gate cliff bourne worth ball berry stan head').split(' '),
);

/** The longest name ending of four letters or more a word ends with ("Tatarstan": "stan"), or ''. */
function longNameEnding(lower: string): string {
  let found = '';
  for (let n = 4; n <= Math.min(7, lower.length - 2); n++) if (NAME_ENDINGS.has(lower.slice(-n))) found = lower.slice(-n);
  return found;
}

/** What the caller knows about the left part of a capitalised word: whether it may lead words run together. */
export type LeadTest = (left: string, right: string) => boolean;

/**
 * "Accordingto" -> "According to", "Hanoivisited" -> "Hanoi visited": a capitalised word that is a word the
 * caller accepts as its lead (a name of the document, or a word opening the sentence) run into a lower-case word.
 */
export function splitCapitalised(book: WordBook, word: string, leads: LeadTest): string | undefined {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(word) || isRegularDerivation(book, word.toLowerCase())) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  // A cut inside a name's ending splits no words ("Tatars|tan" is "Tatar|stan").
  const ending = longNameEnding(word.toLowerCase());
  for (let i = 2; i <= word.length - 2; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    // No name starts with "The" ("The|house"); others end so ("Kingston", "Greenfield").
    if (left !== 'The' && (NAME_ENDINGS.has(right) || NAME_ENDINGS.has(right.replace(/s$/, '')) || right.length < ending.length)) continue;
    if (SUFFIX_LIKE.has(right)) continue;
    // Three-letter words too ("Roosevelt|led"): the caller's test decides which may follow.
    if (!(isHalf(book, right) || (right.length === 3 && isKnown(book, right))) || !leads(left, right)) continue;
    // Not a compound of two more words ("Comm|unitytied" is "Community|tied").
    const listed = inDictionary('en-US', right) || inDictionary('en-GB', right);
    if (!listed && !isGlueWord(right) && !isRegularDerivation(book, right)) continue;
    // A function word is likelier than a longer other part: "In|this", not "Int|his"; "Governments|had", not "Government|shad".
    const score = Math.min(left.length, right.length) + (listed ? 1 : 0) + (isGlueWord(left) ? 2 : 0) + (isGlueWord(right) ? 2 : 0);
    if (score > bestScore) {
      best = `${left} ${right}`;
      bestScore = score;
    }
  }
  return best;
}

/** A function word (or a short common word) that is often run into its neighbour. */
export function isGlueWord(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || SHORT_WORDS.has(lower);
}
