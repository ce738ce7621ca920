// Whether a word is spelled correctly: either dictionary, the personal words, or a regular derivation.
import { affixFlags, inDictionary, otherDialect, type Dialect } from './dictionaries.js';
import { EXTRA_WORDS } from './extra-words.js';
import { oneEditFromKnown } from './nearness.js';
import { Memo } from '../../src/memo.js';

/**
 * Prefixes written solid before a known word ("nonbinding", "counterterrorism"). Short ones that
 * misspellings often start with ("ex", "co", "pre", "inter") count only before a hyphen.
 */
const SOLID_PREFIXES = [
  'counter', 'multi', 'super', 'under', 'micro', 'macro', 'hyper', 'ultra', 'neuro', 'nano', 'over', 'anti', 'post', 'semi', 'mega', 'non',
  // Combining forms of science and technology ("mesophase", "pluripotent", "photogrammetry"):
  'electro', 'thermo', 'pseudo', 'quadri', 'photo', 'hydro', 'proto', 'pluri', 'meso', 'poly', 'mono', 'endo', 'bio', 'geo', 'exo', 'neo',
  // and of society, the environment and the body ("socio-economic", "eco-tourism", "agroforestry"):
  'socio', 'psycho', 'astro', 'aero', 'agro', 'eco',
];
/** Prefixes that need a known word of six letters or more after them ("unswerving", "decarbonise"). */
const SHORT_PREFIXES = ['un', 're', 'de'];
const HYPHEN_PREFIXES = new Set([...SOLID_PREFIXES, ...SHORT_PREFIXES, 'pre', 'co', 'ex', 'sub', 'mid', 'inter', 'trans', 'self', 'out', 'cyber', 'intra', 'extra', 'pan', 'quasi', 'mis', 'pro']);
/** Words that end or start a closed compound freely ("shootdown", "uplink"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'over']);
/**
 * Function words: a "compound" with one of these is two words run together ("infact", "aboutthe"),
 * not a compound.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but nor for yet so of in on at to by up as is am are was were be been being has have had do does did ' +
    'not no it its he him his she her they them their we us our you your i me my this that these those there here what ' +
    'which who whom whose when where why how all any each every some such than then too very just only also even ever ' +
    'well though although with from into onto upon about above after again against before below between both during ' +
    'off over out under until while most more other same own can will shall may might must would could should said says ' +
    'one two three let lot get got way time case spite least long much many thank itself himself herself themselves ' +
    'ourselves myself yourself through throughout among amongst alongside across around toward towards within without ' +
    'behind beyond despite because since whether').split(' '),
);
/** Words that look like a suffix when they end a run-together word ("powerfull", "desireable"). */
export const SUFFIX_LIKE: ReadonlySet<string> = new Set(['full', 'fully', 'able', 'ably', 'ible', 'ness', 'ment', 'ally', 'ting', 'ling', 'less', 'ward', 'wards']);
/** Three-letter words that are also suffixes: not the last word of a compound ("persist|ant", "defin|ate"). */
const SUFFIX_WORDS: ReadonlySet<string> = new Set(['ant', 'ate', 'age', 'ion', 'ism', 'ist', 'ess', 'est', 'ous', 'ive', 'ity', 'ory', 'ery', 'ful', 'ish', 'ing', 'ise', 'ize', 'ure', 'ent', 'ary', 'dom']);
/** -ise/-ize verb endings, and the stem endings they attach to ("concret-ise" from "concrete"). */
const VERB_ENDING = /^(\p{L}{4,}?)(?:is|iz)(e|es|ed|ing|ation|ations|er|ers)$/u;

export interface WordBook {
  primary: Dialect;
  /** Personal words, as written and in lower case. */
  personal: ReadonlySet<string>;
}

/** Known to either dictionary or the built-in words: the same answer whichever dialect is primary. */
const eitherMemo = new Memo<boolean>('spelling:in-either-dictionary');
const lookUpEither = (word: string): boolean => inDictionary('en-US', word) || inDictionary('en-GB', word) || EXTRA_WORDS.has(word.toLowerCase());

function inEither(_book: WordBook, word: string): boolean {
  return eitherMemo.get(word, lookUpEither);
}

/** A half of a closed compound: a dictionary word, or a built-in word of five letters or more ("dev" + "elope" is not one). */
function compoundHalf(book: WordBook, word: string): boolean {
  return inDictionary(book.primary, word) || inDictionary(otherDialect(book.primary), word) || (word.length >= 5 && EXTRA_WORDS.has(word));
}

/** A known word, or regular derivations of one (prefix, -ly, -ness, -less, plural -s, -ise/-ize), up to `depth` steps. */
function derived(book: WordBook, lower: string, depth: number): boolean {
  if (inEither(book, lower)) return true;
  if (depth === 0) return false;
  // Three-letter words after prefixes of four letters or more ("megacap", "microcap"), else four.
  for (const prefix of SOLID_PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && rest.length >= (prefix.length >= 4 ? 3 : 4) && !FUNCTION_WORDS.has(rest) && derived(book, rest, depth - 1)) return true;
  }
  for (const prefix of SHORT_PREFIXES) {
    const rest = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && rest.length >= 6 && derived(book, rest, depth - 1)) return true;
  }
  // "pre" before a word of five letters or more ("prebuilt", "preorders"); shorter rests are typos' shapes.
  if (lower.startsWith('pre') && lower.length >= 8 && derived(book, lower.slice(3), depth - 1)) return true;
  // "-ly" after a participle ("unswervingly") or -ic ("synergistically"), "-ness" and "-less" after a
  // word not ending in -y ("sightedness", "frictionless"), "-ment" after one not ending in -e ("entrustment").
  const suffix = /^(\p{L}{3,}(?:ing|ed))ly$|^(\p{L}{3,}ic)ally$|^(\p{L}{4,}[^y])(?:ness|less)$|^(\p{L}{4,}[^e])ment$/u.exec(lower);
  if (suffix && derived(book, suffix[1] ?? suffix[2] ?? suffix[3] ?? suffix[4]!, depth - 1)) return true;
  // A plural the dictionary lacks ("wearables", "podcasters"), not of a word that takes -es or -ies.
  if (/^\p{L}{3,}[^sxzyoh]s$/u.test(lower) && !FUNCTION_WORDS.has(lower.slice(0, -1)) && derived(book, lower.slice(0, -1), depth - 1)) return true;
  if (agentNoun(book, lower, depth)) return true;
  return verbFromBase(book, lower);
}

/**
 * "-er" on a verb or noun: "bundle-r", "backbench-er", "brain-er" (no-brainer), "hyperscal-er". Not after a
 * single vowel and consonant, where the consonant doubles ("swimmer", not "swimer"), nor where the
 * dictionary has the word in -or or -ar ("governer", "translater").
 */
function agentNoun(book: WordBook, lower: string, depth: number): boolean {
  if (!/^\p{L}{4,}er$/u.test(lower)) return false;
  const stem = lower.slice(0, -2);
  if (/e$/.test(stem)) return false; // "bundl-er" comes from "bundle" + r, tried below
  if (inEither(book, `${stem}or`) || inEither(book, `${stem}ar`)) return false; // "governer" is "governor"
  const doubling = /(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(stem);
  if ((!doubling && derived(book, stem, depth - 1)) || derived(book, `${stem}e`, depth - 1)) return true;
  // The final consonant doubled after a single vowel: "format-t-er", "wrap-p-er".
  const single = stem.slice(0, -1);
  return /([b-df-hj-np-tvz])\1$/.test(stem) && single.length >= 4 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(single) && derived(book, single, depth - 1);
}

/**
 * An agent noun, or its plural, of a known verb of four letters or more, written without doubling: "lint-er-s",
 * "parse-r-s". Such a word is what the writer meant even when another word is one slip away ("lingers").
 */
function plainAgentNoun(book: WordBook, lower: string): boolean {
  const match = /^(\p{L}{4,})ers?$/u.exec(lower);
  if (!match) return false;
  const stem = match[1]!;
  if (inEither(book, `${stem}or`) || inEither(book, `${stem}ar`)) return false; // "governer" is "governor"
  // "lint-er"; not after a single vowel and consonant, where the consonant doubles ("swimer"); or "parse-r".
  const doubling = /(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$/.test(stem);
  return (!doubling && !stem.endsWith('e') && inEither(book, stem)) || inEither(book, `${stem}e`);
}

/** A regular derivation of a known word (prefix, suffix, plural, agent noun), whatever words are one slip away. */
export function isRegularDerivation(book: WordBook, lower: string): boolean {
  return lower.length >= 6 && derived(book, lower, 3);
}

/** An -ise/-ize verb made from a known word: "concret-ise" (concrete), "digital-ise", "securit-ise" (security). */
function verbFromBase(book: WordBook, lower: string): boolean {
  const verb = VERB_ENDING.exec(lower);
  if (!verb) return false;
  const stem = verb[1]!;
  const bases = [stem, `${stem}e`, `${stem}al`, ...(stem.endsWith('it') ? [`${stem}y`] : [])];
  return bases.some((base) => inEither(book, base));
}

/**
 * True when a dictionary word is one edit away ("diffrent" -> "different"). With `inside`, edits of
 * the last letter are not tried (the compound "hardline" is not a slip for "hardliner").
 */
export function nearWord(book: WordBook, lower: string, inside = false, until = inside ? lower.length - 1 : lower.length + 1): boolean {
  return nearMemo.get(`${until - lower.length}|${lower}`, () => oneEditFromKnown(lower, until));
}

/** Answers of nearWord (which depend on neither the primary dialect nor personal words), by edits-until and word. */
const nearMemo = new Memo<boolean>('spelling:near-word');

/**
 * Two content words written as one ("homebuyers", "bottlenecked") or a word with a particle
 * ("uplink", "shootdown"); not when a dictionary word is one edit away ("diff|rent" is "different").
 */
function isCompound(book: WordBook, lower: string): boolean {
  if (splitsOffFunctionWord(book, lower)) return false;
  for (let i = 2; i <= lower.length - 2; i++) {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    if (FUNCTION_WORDS.has(left) && !PARTICLES.has(left)) continue;
    if (FUNCTION_WORDS.has(right) && !PARTICLES.has(right)) continue;
    if (SUFFIX_LIKE.has(right)) continue;
    // Content halves of four letters or more; a three-letter first half before a longer word ("jobseekers").
    const leftOk = PARTICLES.has(left) ? right.length >= 4 && right.length <= 8 : (left.length >= 4 || right.length >= 5) && left.length >= 3 && compoundHalf(book, left);
    // A three-letter last word after a longer first one ("road|map"), not one that reads as a suffix ("persist|ant").
    const rightOk = PARTICLES.has(right) ? left.length >= 4 && left.length <= 6 : (right.length >= 4 || (right.length === 3 && left.length >= 4 && !SUFFIX_WORDS.has(right))) && compoundHalf(book, right);
    if (leftOk && rightOk && !PARTICLES.has(left) && !PARTICLES.has(right) && looksLikePhrase(book, left, right)) continue;
    if (!leftOk || !rightOk || (PARTICLES.has(left) && PARTICLES.has(right))) continue;
    // After a three-letter last word, no slip of the last letter either ("threat|end" is "threatens" or "threatened").
    return PARTICLES.has(left) || PARTICLES.has(right) || !nearWord(book, lower, right.length > 3);
  }
  return false;
}

/** A function word (not a particle) and a dictionary word run together: "soldiers|and", "were|interned", "of|travel" (not "soldier|sand"). */
function splitsOffFunctionWord(book: WordBook, lower: string): boolean {
  for (let i = 2; i <= lower.length - 2; i++) {
    const left = lower.slice(0, i);
    const right = lower.slice(i);
    if (FUNCTION_WORDS.has(left) && !PARTICLES.has(left) && right.length >= 4 && compoundHalf(book, right)) return true;
    if (FUNCTION_WORDS.has(right) && !PARTICLES.has(right) && left.length >= 4 && compoundHalf(book, left)) return true;
  }
  return false;
}

/**
 * Two words that read as a phrase run together, not a closed compound: a first word with an inflection or a
 * derivational ending ("failed|attempts", "financial|demands", "officials|claimed", "security|concerns"), or
 * halves longer than compounds' ("merchant|shipping", "nearstarvation" is "near" + a ten-letter word).
 */
function looksLikePhrase(book: WordBook, left: string, right: string): boolean {
  if (left.length > 9 || right.length > 9 || left.length + right.length > 15) return true;
  if (PHRASE_ENDING.test(left)) return true;
  // A plural first word ("officials|claimed"); not "-ss", "-us", "-is" ("glass", "campus", "crisis").
  return /[^siu]s$/.test(left) && left.length >= 5 && compoundHalf(book, left.slice(0, -1));
}

/** Endings of a first word that mark it as a participle, adverb, adjective or abstract noun (long enough to be one). */
const PHRASE_ENDING = /^\p{L}{3,}(?:ed|ly)$|^\p{L}{4,}ing$|^\p{L}{3,}(?:ous|ive|ful|ical|ion|ions|ity|ary|ory|ial|ment|ness|ance|ence)$|^\p{L}{5,}al$|^\p{L}{4,}(?:ent|ant)$/u;

/**
 * An -ise/-ize verb of a known word, or a derivation or compound unless a dictionary word is one
 * slip away (then it is a typo: "decomposited").
 */
function byDerivation(book: WordBook, lower: string): boolean {
  return verbFromBase(book, lower) || inflectionOfWord(book, lower) || prefixedWord(book, lower) || plainAgentNoun(book, lower) || ismPartner(book, lower) || (derived(book, lower, 3) && !nearWord(book, lower, true, slipsUntil(lower))) || isCompound(book, lower);
}

/**
 * An -ist (or -ists) or -ism made on a known adjective in -al: "localist", "regionalism". Words are made so
 * (the dictionaries list few), and such a word is what the writer meant even when another word is one slip
 * away ("localist" is no "vocalist"). Not the -ist of any -ism ("criticists" is no word).
 */
function ismPartner(book: WordBook, lower: string): boolean {
  const match = /^(\p{L}{3,}al)is(?:ts?|m)$/u.exec(lower);
  return match !== null && inEither(book, match[1]!);
}

/**
 * A plural or past form of a dictionary word that the dictionary lacks: "ratification-s", "militar-ies",
 * "abide-d", "balustrade-d". Not -ed after a vowel and consonant, where the consonant may need doubling
 * ("commited", "occured", "refered" stay misspellings).
 */
function inflectionOfWord(book: WordBook, lower: string): boolean {
  if (lower.length < 6) return false;
  if (/[^sxzyoh]s$/.test(lower) && inEither(book, lower.slice(0, -1)) && !FUNCTION_WORDS.has(lower.slice(0, -1))) return true; // not "again-s"
  if (/[^aeiou]ies$/.test(lower) && inEither(book, `${lower.slice(0, -3)}y`)) return true;
  if (!lower.endsWith('ed')) return false;
  if (inEither(book, lower.slice(0, -1))) return !adjectiveOnly(lower.slice(0, -1)); // abide-d; not "aware-d" ("awarded")
  const stem = lower.slice(0, -2);
  return stem.length >= 5 && !/[aeiou][b-df-hj-np-tvz]$|e$/.test(stem) && inEither(book, stem); // decrypt-ed, ensnarl-ed; not "average-ed"
}

/** An adjective that is not a verb in the en-US dictionary: it takes -ness (flag P) but neither -ed nor -ing ("aware"). */
function adjectiveOnly(word: string): boolean {
  const flags = affixFlags(word);
  return flags !== undefined && flags.includes('P') && !flags.includes('D') && !flags.includes('G');
}

/**
 * A long prefix before a dictionary word of six letters or more ("non-contiguous" written solid,
 * "re-militarization"): what the writer built, even when another prefix makes a word one slip away.
 */
function prefixedWord(book: WordBook, lower: string): boolean {
  for (const prefix of ['non', 'counter', 'anti', 'multi', 'inter', 'under', 'over', 'post', 'semi', 're', 'un']) {
    const rest = lower.slice(prefix.length);
    if (lower.startsWith(prefix) && rest.length >= 6 && inEither(book, rest)) return true;
  }
  return false;
}

/**
 * Where the slip check of a derivation stops: an agent noun's plural may be one slip from another form of
 * the same stem ("backbenchers" / "backbenches"), which is not the word meant.
 */
function slipsUntil(lower: string): number {
  return /ers$/.test(lower) ? lower.length - 2 : lower.length - 1;
}

/** True when the word (letters, apostrophes and hyphens) is spelled correctly. */
export function isKnown(book: WordBook, word: string): boolean {
  const plain = word.replace(/’/g, "'").replace(/'s?$/i, '');
  if (plain === '') return true;
  if (book.personal.has(plain) || book.personal.has(plain.toLowerCase())) return true;
  if (inEither(book, plain)) return true;
  // Inner apostrophes: "rock'n'roll", "gov't", "int'l" (but not "does'nt": a two-letter part must be a word).
  if (/\p{L}'\p{L}/u.test(plain)) {
    const parts = plain.split("'");
    if (inEither(book, parts.join(''))) return true;
    return parts.every((part) => part.length === 1 || isKnown(book, part));
  }
  if (plain.includes('-')) {
    // A prefix written with a hyphen before the word the dictionary writes solid: "co-ordinator", "re-election".
    const [first, ...rest] = plain.toLowerCase().split('-');
    if (rest.length === 1 && HYPHEN_PREFIXES.has(first!) && inEither(book, first! + rest[0]!)) return true;
    return plain
      .split('-')
      .every((part) => part.length <= 1 || /^\d+$/.test(part) || /^\p{Lu}+$/u.test(part) || HYPHEN_PREFIXES.has(part.toLowerCase()) || isKnownPart(book, part));
  }
  return byDerivation(book, plain.toLowerCase());
}

/**
 * A word joined to another by a hyphen: a regular derivation or a plural is accepted even with a dictionary word one slip
 * away ("no-brainer" is not "no-drainer"), since the compound as a whole is what the writer chose.
 */
export function isKnownPart(book: WordBook, word: string): boolean {
  const lower = word.toLowerCase();
  // A plural of the compound's last word, whatever it is ("have-nots", "also-rans", "has-beens").
  return isKnown(book, word) || derived(book, lower, 3) || (/^\p{L}{3,}s$/u.test(lower) && inEither(book, lower.slice(0, -1)));
}

/** A prefix that is written with a hyphen before a word ("co-", "re-", "anti-"). */
export function isHyphenPrefix(lower: string): boolean {
  return HYPHEN_PREFIXES.has(lower);
}

/** A prefix of three letters or more before a dictionary word: "inter|allied", "counter|attacked". */
export function isPrefixedWord(lower: string): boolean {
  for (const prefix of HYPHEN_PREFIXES) if (prefix.length >= 3 && lower.length > prefix.length + 2 && lower.startsWith(prefix) && eitherMemo.get(lower.slice(prefix.length), lookUpEither)) return true;
  return false;
}
