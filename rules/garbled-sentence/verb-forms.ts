// A second opinion on verbs, independent of the tagger: the English dictionary's affix flags (a stem
// that takes "-ing" is a verb) and the irregular verbs. "limited", "sets", "starred", "resold" and
// "realised" are verb forms here even where wink-nlp tagged them as adjectives or nouns.
import { affixFlags } from '../spelling/dictionaries.js';

/** Simple past tenses of irregular verbs (finite forms). */
const IRREGULAR_PAST = new Set(
  [
    'arose ate awoke bade became began beheld bent besought bit bled blew bore bought bound bred brought broke built',
    'burnt came caught chose clung crept dealt dived drew dreamt drank drove dug dwelt fed fell felt fled flew',
    'flung forbade forecast foresaw foretold forgave forgot forsook fought found froze gave got grew ground hung',
    'heard held hid kept knelt knew laid lay led leant leapt learnt left lent lit lost made meant met mistook',
    'overcame overran oversaw overtook overthrew paid partook pled proved quit ran rang rebuilt repaid resold',
    'retold rode rose sang sank sat saw said sought sold sent shook shone shot showed shrank slew slept slid',
    'slung smelt sped spelt spent spilt spoke spun sprang stank stole stood strode struck strove strung stuck',
    'stung swam swept swore swung taught tore told took thought threw throve trod undertook underwent understood',
    'upheld withdrew withheld withstood woke wore wove wept won wound wrote wrung',
  ]
    .join(' ')
    .split(' '),
);

/** Past participles that are never a simple past: "born", "known", "taken" need "was" or "has". */
const PARTICIPLE_ONLY = new Set(
  (
    'arisen awoken been beaten begun bitten blown born borne broken chosen done drawn driven drunk eaten fallen ' +
    'flown forbidden forgiven forgotten frozen given gone grown hidden known lain mistaken overcome overtaken ' +
    'proven ridden risen seen shaken shown shrunk spoken stolen sung sunk sworn taken thrown torn undertaken ' +
    'withdrawn woken worn woven written'
  ).split(' '),
);

/** Irregular pasts that are never participles: "chose", "wrote" (not "built", "lost", "held"). */
const PAST_ONLY = new Set(
  'arose ate became began blew broke chose drew drank drove fell flew forgot froze gave grew hid knew ran rang rode rose sang sank saw shook spoke stole swore took threw tore wore woke withdrew wrote came did went'.split(' '),
);

/** Prefixes the dictionary adds to a stem ("resell", "disappoint", "outpaced"). */
const PREFIXES = ['re', 'un', 'dis', 'de', 'mis', 'over', 'out', 'under', 'pre', 'co', 'con', 'pro', 'in', 'up'];

const pasts = new Map<string, boolean>();
const thirdPersons = new Map<string, boolean>();
const bases = new Map<string, boolean>();

function known(word: string): boolean {
  return affixFlags(word) !== undefined;
}

/** Does the dictionary give this stem an "-ing" form (a verb), directly or as a listed word ("planning")? */
function takesIng(stem: string): boolean {
  if (stem.length < 2) return false;
  if (affixFlags(stem)?.includes('G')) return true;
  const last = stem[stem.length - 1]!;
  return known(stem + 'ing') || (last === 'e' && known(stem.slice(0, -1) + 'ing')) || known(stem + last + 'ing');
}

/** American spelling of a British "-ise" verb form ("realised" -> "realized"). */
const americanise = (word: string): string => word.replace(/is(e|ed|es|ing)$/, 'iz$1');

function withPrefixes(word: string, test: (word: string) => boolean, baseOfItsOwn = false): boolean {
  if (test(word)) return true;
  const american = americanise(word);
  if (american !== word && test(american)) return true;
  // "dissent", "consent", "present" are base forms of their own, not "sent" with a prefix.
  if (baseOfItsOwn && takesIng(word)) return false;
  return PREFIXES.some((prefix) => word.startsWith(prefix) && word.length - prefix.length >= 3 && test(word.slice(prefix.length)));
}

function regularPast(word: string): boolean {
  if (!word.endsWith('ed') || word.length < 4) return false;
  const stem = word.slice(0, -2);
  const last = stem[stem.length - 1]!;
  const candidates = [stem, word.slice(0, -1)];
  if (stem.endsWith('i')) candidates.push(stem.slice(0, -1) + 'y');
  if (stem.length > 2 && last === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  return candidates.some(takesIng);
}

function regularThirdPerson(word: string): boolean {
  if (!word.endsWith('s') || /(?:ss|us|is)$/.test(word) || word.length < 4) return false;
  const candidates = [word.slice(0, -1)];
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('ies')) candidates.push(word.slice(0, -3) + 'y');
  return candidates.some(takesIng);
}

function cached(memo: Map<string, boolean>, word: string, compute: (word: string) => boolean): boolean {
  let value = memo.get(word);
  if (value === undefined) {
    if (memo.size > 50_000) memo.clear();
    value = compute(word);
    memo.set(word, value);
  }
  return value;
}

const pastTense = (word: string): boolean => withPrefixes(word, (w) => IRREGULAR_PAST.has(w) || regularPast(w), true);
const thirdPerson = (word: string): boolean => withPrefixes(word, regularThirdPerson);
const baseVerb = (word: string): boolean => withPrefixes(word, takesIng);

/** A simple past tense: "limited", "resold", "realised", "planned", "led" (a form that can be finite). */
export function isPastTense(lower: string): boolean {
  return cached(pasts, lower, pastTense);
}

/** A third person singular present: "sets", "charges", "carries" (also the plural of a noun: "sets"). */
export function isThirdPerson(lower: string): boolean {
  return cached(thirdPersons, lower, thirdPerson);
}

/** A base form a plural subject takes: "charge" in "Most airlines charge for bags". */
export function isBaseVerb(lower: string): boolean {
  return cached(bases, lower, baseVerb);
}

/** "born", "taken": a participle that needs an auxiliary, never finite on its own. */
export function isParticipleOnly(lower: string): boolean {
  return PARTICIPLE_ONLY.has(lower);
}

/** "chose", "wrote": a simple past that is never a participle, so it never opens a fronted phrase or modifies a noun. */
export function isPastOnly(lower: string): boolean {
  return PAST_ONLY.has(lower);
}

export type Form = 'ing' | 'ed' | 's' | 'past' | 'base' | 'other';

/** The form a word tagged as a verb has. */
export function formOf(lower: string): Form {
  if (/ing$/.test(lower)) return 'ing';
  if (/ed$/.test(lower)) return 'ed';
  if (isPastOnly(lower)) return 'past';
  if (/[^s]s$/.test(lower)) return 's';
  if (isParticipleOnly(lower) || isPastTense(lower)) return 'other';
  return isBaseVerb(lower) ? 'base' : 'other';
}

/** Can the dictionary read the word as a noun ("trade", "support": a possessive form)? */
export const canBeNoun = (lower: string): boolean => affixFlags(lower)?.includes('M') ?? false;
