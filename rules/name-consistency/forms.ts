// The distinct written forms of names in a document: how often, where, and under which title.
import type { NameMention } from '../../src/types.js';
import { fold } from './similarity.js';

export interface Place {
  start: number;
  end: number;
}

export interface NameForm {
  /** The words in lower case, joined by spaces (case is not a difference: "LEE" = "Lee"). */
  key: string;
  /** The words folded (no case, no diacritics). */
  folded: string[];
  /** The form as first written. */
  text: string;
  count: number;
  /** Offset of the first use (or a run-wide order for cross-file checks). */
  first: number;
  places: Place[];
  /** Indexes of the sentences the form is used in: made on first need (`sentencesOf`). */
  sentenceSet: Set<number> | undefined;
  /** Titles naming a one-holder office ("Prime Minister") used before this form. */
  roles: string[];
  /** Set for a name the configuration prefers. */
  preferred: boolean;
  /** A person named given name first ("Tony Blair"). */
  western: boolean;
  /** Uses that back this form beyond its own (lone uses of its family name); 0 when none are counted. */
  support: number;
  /** Names a person (see people.ts). */
  person: boolean;
}

/**
 * A new form. Every form (of a document, of a run, or configured) is made here, so that all have
 * one shape and the grouping code sees a single kind of object.
 */
export function newForm(key: string, folded: string[], text: string, first: number): NameForm {
  return { key, folded, text, count: 0, first, places: [], sentenceSet: undefined, roles: [], preferred: false, western: false, support: 0, person: false };
}

/** The sentences a form is used in (its places are mentions; a run's or a configured form has none). */
export function sentencesOf(form: NameForm): Set<number> {
  if (!form.sentenceSet) {
    form.sentenceSet = new Set();
    for (const place of form.places as NameMention[]) form.sentenceSet.add(place.sentence);
  }
  return form.sentenceSet;
}

/** The words folded. A loop, not `map`: optimised code makes `map` return holey arrays, another shape. */
export function foldWords(words: readonly string[]): string[] {
  const folded: string[] = [];
  for (const word of words) folded.push(fold(word));
  return folded;
}

/** Offices that one person holds at a time in a country: the same title makes the same person likely. */
const ROLE_ALIASES: Record<string, string> = {
  'prime minister': 'prime minister',
  pm: 'prime minister',
  premier: 'premier',
  president: 'president',
  'general secretary': 'general secretary',
  'party general secretary': 'general secretary',
  chancellor: 'chancellor',
  'foreign minister': 'foreign minister',
  king: 'king',
  queen: 'queen',
};

/** Words that make a capitalised run a title or an institution rather than a person's name. */
const NOT_NAME_WORDS = new Set([
  'minister', 'ministers', 'president', 'presidents', 'secretary', 'premier', 'chairman', 'government',
  'ministry', 'party', 'committee', 'council', 'assembly', 'office', 'department', 'university', 'news',
  'photo', 'agreement', 'partnership', 'program', 'programme', 'programs', 'programmes', 'day', 'week',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * The one-holder office a title names, as "head" or "head@body" when the title says whose office
 * it is ("Prime Minister of Singapore" → "prime minister@singapore").
 */
export function roleOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const match = /^(.*?)(?:\s+of\s+(?:the\s+)?(.*))?$/i.exec(title.replace(/\./g, '').trim())!;
  const head = ROLE_ALIASES[match[1]!.toLowerCase()];
  if (!head) return undefined;
  // One path for both cases (an empty body adds nothing): a rarely taken branch deopts optimised callers.
  const body = match[2] ?? '';
  return head + (body ? '@' : '') + fold(body);
}

export function roleHead(role: string): string {
  const at = role.indexOf('@');
  return at < 0 ? role : role.slice(0, at);
}

/** Same office, and not offices of two different bodies ("President of A" / "President of B"). */
export function rolesMatch(a: string, b: string): boolean {
  if (roleHead(a) !== roleHead(b)) return false;
  return !a.includes('@') || !b.includes('@') || a === b;
}

export function keyOf(words: readonly string[]): string {
  let key = '';
  for (let i = 0; i < words.length; i++) key += (i > 0 ? ' ' : '') + words[i]!.toLowerCase();
  return key;
}

/** Could this mention be a person's (or body's) name whose spelling matters? */
export function isNameLike(mention: NameMention): boolean {
  const { words } = mention;
  if (words.some((word) => /\d/.test(word) || NOT_NAME_WORDS.has(word.toLowerCase()))) return false;
  // A lone acronym ("ASEAN") or initial is not a spelled name.
  if (words.length === 1 && (words[0]!.length < 3 || /^[\p{Lu}\d]+$/u.test(words[0]!))) return false;
  return true;
}

export function collectForms(mentions: readonly NameMention[]): NameForm[] {
  const forms = new Map<string, NameForm>();
  // Most mentions repeat a text already seen: look the text up before building keys.
  const byText = new Map<string, NameForm | null>();
  const roles = new Map<string, string | undefined>();
  for (const mention of mentions) {
    let form = byText.get(mention.text);
    if (form === undefined) {
      form = null;
      if (isNameLike(mention)) {
        const key = keyOf(mention.words);
        form = forms.get(key) ?? null;
        if (!form) {
          form = newForm(key, foldWords(mention.words), mention.words.join(' '), mention.start);
          forms.set(key, form);
        }
        // An ALL-CAPS byline should not decide how the name is shown.
        if (!/\p{Ll}/u.test(form.text) && /\p{Ll}/u.test(mention.text)) form.text = mention.words.join(' ');
      }
      byText.set(mention.text, form);
    }
    if (!form) continue;
    form.count++;
    form.places.push(mention);
    if (mention.title) {
      if (!roles.has(mention.title)) roles.set(mention.title, roleOf(mention.title));
      const role = roles.get(mention.title);
      if (role && !form.roles.includes(role)) form.roles.push(role);
    }
  }
  return [...forms.values()];
}
