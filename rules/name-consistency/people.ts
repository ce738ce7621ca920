// People in one document: which forms name persons, their family names, and the lone family
// names (and one-word names) that are slips of them: "Tony Blair ... Mr Blair said ... Mr Bliar".
import { mentionCue, type MentionCue } from '../../src/analysis/mentions.js';
import type { Analysis, NameMention } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { roleOf, rolesMatch, type NameForm } from './forms.js';
import { GIVEN_NAMES } from './given-names.js';
import { editDistance, fold, isInflection } from './similarity.js';
import { DeletionIndex } from './deletion-index.js';

/** Words that make a capitalised run a place, a body or an event even after a given name. */
const NOT_PERSON_WORDS = new Set([
  'treaty', 'war', 'conference', 'organization', 'organisation', 'union', 'states', 'state', 'republic',
  'bank', 'company', 'act', 'doctrine', 'plan', 'county', 'city', 'river', 'island', 'islands', 'bay', 'park',
  'street', 'avenue', 'hall', 'house', 'building', 'school', 'college', 'institute', 'library', 'center',
  'centre', 'foundation', 'fund', 'corporation', 'airport', 'station', 'hospital', 'church', 'tavern',
  'administration', 'commission', 'court', 'army', 'navy', 'corps', 'convention', 'agency', 'prize', 'award',
  'center', 'museum', 'post', 'times', 'journal', 'review', 'press', 'line', 'canal', 'mountains', 'valley',
]);
/** Generational suffixes: the family name is the word before them ("Martin Luther King Jr."). */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** A lone name as written: a capital, then lower case, perhaps a second capital ("McKinley", "MacArthur"). */
const LONE_NAME = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;

export interface Person {
  form: NameForm;
  family: string;
}

export interface PeopleFacts {
  /**
   * Forms of two or more words that name persons: by a given name, a title or a reporting verb, or a
   * family name the text uses alone after a title or before a reporting verb ("Secretary Hull").
   */
  persons: Set<NameForm>;
  /** The persons named so by the form itself (a given name or a title): evidence enough across files. */
  namedPersons: Set<NameForm>;
  /** Folded family name → the person forms with it, most used first. */
  families: Map<string, Person[]>;
  /** Folded family name → uses of the person forms plus lone uses of the family name. */
  support: Map<string, number>;
  /** Folded family name → lone uses of it ("Blair said"). */
  alone: Map<string, number>;
  /** Each mention's cue, by mention (only the mentions that have one). */
  cues: Map<NameMention, MentionCue | undefined>;
}

export function familyWord(form: NameForm): string | undefined {
  const words = form.folded;
  let k = words.length - 1;
  if (k > 0 && SUFFIXES.has(words[k]!.replace(/,$/, ''))) k--;
  const word = words[k]!;
  return k >= 1 && /^\p{L}{2,}$/u.test(word) ? word : undefined;
}

/** True when the form's first word is a common given name ("Tony Blair"): a Western name, family name last. */
export function startsWithGivenName(form: NameForm): boolean {
  return form.folded.length >= 2 && GIVEN_NAMES.has(form.folded[0]!);
}

export function peopleFacts(analysis: Analysis, forms: readonly NameForm[]): PeopleFacts {
  // Only the mentions with a cue are kept (a missing one reads as undefined, as no cue).
  const cues = new Map<NameMention, MentionCue | undefined>();
  // Words used alone after a title or before a reporting verb ("Secretary Hull", "Hull said").
  const loneWithCue = new Set<string>();
  const { tokens } = analysis;
  for (const mention of analysis.mentions) {
    const cue = mentionCue(tokens, mention);
    if (cue === undefined) continue;
    cues.set(mention, cue);
    if (mention.words.length === 1 && (cue === 'title' || cue === 'reporting')) loneWithCue.add(fold(mention.words[0]!));
  }
  const persons = new Set<NameForm>();
  const namedPersons = new Set<NameForm>();
  const families = new Map<string, Person[]>();
  for (const form of forms) {
    if (form.folded.length < 2 || form.folded.some((word) => NOT_PERSON_WORDS.has(word))) continue;
    const family = familyWord(form);
    if (!family) continue;
    const cued = (form.places as NameMention[]).some((place) => {
      const cue = cues.get(place);
      return cue === 'title' || cue === 'reporting';
    });
    const titled = (form.places as NameMention[]).some((place) => cues.get(place) === 'title');
    const named = titled || startsWithGivenName(form);
    if (!named && !loneWithCue.has(family)) continue;
    persons.add(form);
    if (named) namedPersons.add(form);
    const list = families.get(family);
    if (list) list.push({ form, family });
    else families.set(family, [{ form, family }]);
  }
  const support = new Map<string, number>();
  for (const [family, list] of families) {
    list.sort((a, b) => b.form.count - a.form.count || a.form.first - b.form.first);
    support.set(family, list.reduce((sum, person) => sum + person.form.count, 0));
  }
  const alone = new Map<string, number>();
  for (const form of forms) {
    const word = form.folded[0]!;
    if (form.folded.length === 1 && support.has(word)) {
      support.set(word, support.get(word)! + form.count);
      alone.set(word, (alone.get(word) ?? 0) + form.count);
    }
  }
  return { persons, namedPersons, families, support, alone, cues };
}

/** A lone name reported as a slip of a person's family name (or of a one-word name used more often). */
export interface SurnameSlip {
  mention: NameMention;
  /** The usual family name, the fix. */
  surname: string;
  /** The person's full name as the text writes it (the surname itself for a one-word name). */
  full: string;
  count: number;
  firstAt: number;
  kind: 'spelling' | 'word' | 'spacing';
  confidence: 'high' | 'medium';
}

/** Deletion keys of a word: every form with up to `depth` letters removed (symmetric-delete lookup). */
export function deletions(word: string, depth: number, into: Set<string> = new Set()): Set<string> {
  into.add(word);
  if (depth === 0 || word.length <= 3) return into;
  // Each pair of positions once (i before j), in the order a recursive deletion would find them.
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1);
    into.add(once);
    if (depth < 2 || once.length <= 3) continue;
    for (let j = i + 1; j < word.length; j++) into.add(word.slice(0, i) + word.slice(i + 1, j) + word.slice(j + 1));
  }
  return into;
}

const isDictionaryWord = (word: string): boolean => inDictionary('en-US', word.toLowerCase());

/**
 * How far a lone word may be from a family name; 0 when it may not be compared. Two edits need a
 * title or reporting verb and 6 letters (5 for a dictionary word: "Mr Blare said").
 */
function reach(word: string, family: string, strong: boolean, dictionary: boolean): number {
  const shortest = Math.min(word.length, family.length);
  if (shortest < 4) return 0;
  if (strong && shortest >= (dictionary ? 5 : 6)) return 2;
  return 1;
}

/** A family name's masculine and feminine forms: "Petrov"/"Petrova", "Zelensky"/"Zelenska". */
function isFamilyGenderPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === short + 'a') return true;
  const [feminine, masculine] = a.endsWith('a') ? [a, b] : [b, a];
  return feminine.length === masculine.length && /[yi]$/.test(masculine) && feminine === masculine.slice(0, -1) + 'a';
}

/** True when two spellings are different words (a plural, a demonym: "Iraq"/"Iraqi") or relatives, not slips of one name. */
function differentWords(a: string, b: string): boolean {
  return isInflection(a, b) || isFamilyGenderPair(a, b);
}

export function findSurnameSlips(facts: PeopleFacts, forms: readonly NameForm[]): SurnameSlip[] {
  const { families, support, cues } = facts;
  const givenOfPersons = new Set([...facts.persons].map((form) => form.folded[0]!));
  // One-word names used often with a person's cue: the evidence for a repeated one-word name.
  const loneNames = new Map<string, NameForm>();
  for (const form of forms) {
    if (form.folded.length !== 1 || families.has(form.folded[0]!) || form.count < 3) continue;
    const strongUses = (form.places as NameMention[]).filter((place) => {
      const cue = cues.get(place);
      return cue === 'title' || cue === 'reporting' || cue === 'possessive';
    }).length;
    if (strongUses >= 2 && LONE_NAME.test(form.text)) loneNames.set(form.folded[0]!, form);
  }
  // Family names and repeated one-word names by their deletions; a deletion shared by many words
  // stands for the first eight only (hashed: see deletion-index.ts).
  const index = new DeletionIndex();
  for (const family of families.keys()) index.add(family, family.length >= 5 ? 2 : 1);
  for (const word of loneNames.keys()) index.add(word, word.length >= 5 ? 2 : 1);

  const slips: SurnameSlip[] = [];
  for (const form of forms) {
    const word = form.folded[0]!;
    if (form.folded.length !== 1 || families.has(word) || loneNames.has(word) || givenOfPersons.has(word)) continue;
    if (index.isEmpty() || !LONE_NAME.test(form.text) || word.length < 4) continue;
    // Two edits are looked for only where a title or reporting verb names the word a person.
    const strongly = (form.places as NameMention[]).some((place) => {
      const cue = cues.get(place);
      return cue === 'title' || cue === 'reporting';
    });
    const near = index.nearCapped(word, strongly && word.length >= 5 ? 2 : 1, 8);
    if (near.length === 0) continue;
    let dictionary: boolean | undefined;
    for (const mention of form.places as NameMention[]) {
      const cue = cues.get(mention);
      const strong = cue === 'title' || cue === 'reporting';
      let best: { target: string; distance: number } | undefined;
      for (const target of near) {
        const distance = editDistance(word, target, 2);
        if (distance > reach(word, target, strong, true) || differentWords(word, target)) continue;
        // The dictionary is asked only about the few words near a family name.
        dictionary ??= isDictionaryWord(form.text);
        if (distance > reach(word, target, strong, dictionary)) continue;
        if (word[0] !== target[0] && (distance > 1 || Math.min(word.length, target.length) < 6)) continue;
        if (!best || distance < best.distance) best = { target, distance };
      }
      if (!best) continue;
      // A dictionary word is a name only where a title or a reporting verb says so ("Mr Blare said").
      if (dictionary ? !strong : cue === undefined && (best.distance > 1 || word[0] !== best.target[0])) continue;
      if (GIVEN_NAMES.has(word) && !strong) continue;
      const person = families.get(best.target)?.[0];
      if (person) {
        // The usual spelling must be used more, or (after a title or a reporting verb) at least as
        // often; for a dictionary word, only under the one-holder title the person's full name has
        // ("President Harry S. Truman ... President Toucan's refusal", not "Ambassador Carver").
        const count = support.get(best.target) ?? 0;
        const role = roleOf(mention.title);
        const sameOffice = role !== undefined && startsWithGivenName(person.form) && person.form.roles.some((theirs) => rolesMatch(theirs, role));
        if (strong && (!dictionary || sameOffice) ? count < form.count : count < 2 || count <= form.count) continue;
        const surname = person.form.text.split(' ')[person.form.folded.lastIndexOf(best.target)] ?? best.target;
        // A fix only where a title, a reporting verb or a possessive says the word names a person.
        const confidence = strong || cue === 'possessive' ? 'high' : 'medium';
        slips.push({ mention, surname, full: person.form.text, count, firstAt: person.form.first, kind: dictionary ? 'word' : 'spelling', confidence });
      } else {
        const lone = loneNames.get(best.target)!;
        // A repeated one-word name: only a close, non-dictionary spelling used at most a third as often.
        if (dictionary || best.distance > 1 || cue === undefined || form.count * 3 > lone.count) continue;
        slips.push({ mention, surname: lone.text, full: lone.text, count: lone.count, firstAt: lone.first, kind: 'spelling', confidence: 'medium' });
      }
    }
  }
  return slips;
}

/** Glued or hyphenated names beside the spaced form: "JoeBiden" / "Joe Biden", "Smith-Jones" / "Smith Jones". */
export function findGluedNames(forms: readonly NameForm[]): SurnameSlip[] {
  const byKey = new Map(forms.map((form) => [form.key, form]));
  const slips: SurnameSlip[] = [];
  for (const form of forms) {
    if (form.folded.length !== 1) continue;
    const parts = form.text.includes('-') ? form.text.split('-') : form.text.split(/(?<=\p{Ll})(?=\p{Lu})/u);
    if (parts.length < 2 || parts.some((part) => !/^\p{Lu}\p{Ll}+$/u.test(part))) continue;
    const spaced = byKey.get(parts.join(' ').toLowerCase());
    if (!spaced || spaced.count === 0) continue;
    // The less used way is the slip (a tie: the glued or hyphenated one, unless it came first).
    const [variant, canonical] = spaced.count > form.count || (spaced.count === form.count && spaced.first < form.first) ? [form, spaced] : [spaced, form];
    for (const mention of variant.places as NameMention[]) {
      slips.push({ mention, surname: canonical.text, full: canonical.text, count: canonical.count, firstAt: canonical.first, kind: 'spacing', confidence: 'high' });
    }
  }
  return slips;
}

/**
 * Marks the forms written given name first, family name last: those that start with a common given
 * name, and those whose last word is the family name of such a person ("Geore Bush" beside "George Bush").
 */
export function markWestern(forms: readonly NameForm[], facts: PeopleFacts): void {
  const westernFamilies = new Set<string>();
  for (const [family, people] of facts.families) if (people.some((person) => startsWithGivenName(person.form))) westernFamilies.add(family);
  for (const form of forms) {
    if (form.folded.length < 2) continue;
    const family = familyWord(form);
    form.western = startsWithGivenName(form) || (family !== undefined && westernFamilies.has(family));
  }
}
