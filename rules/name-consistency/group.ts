// Finding the forms that are variants of another: bucketed by shared words, so the work stays linear.
import { differsOnlyInEnding, editDistance, hasDiacritics, isGenderPair, isInflection, isInitialWord, isVowelSwap, likeness } from './similarity.js';
import { GIVEN_NAMES } from './given-names.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { keyOf, roleHead, rolesMatch } from './forms.js';

export interface GroupForm {
  key: string;
  folded: string[];
  text: string;
  count: number;
  first: number;
  roles: string[];
  preferred?: boolean;
  /** A person named given name first ("Tony Blair"): the last word is the family name. */
  western?: boolean;
  /** Uses that back this form: its own, plus lone uses of its family name ("Blair" for "Tony Blair"). */
  support?: number;
  /** Names a person (see people.ts). */
  person?: boolean;
}

export type MatchKind = 'spelling' | 'diacritics' | 'spacing' | 'context' | 'listed';

export interface Match<F extends GroupForm> {
  variant: F;
  canonical: F;
  kind: MatchKind;
  /** High: a fix may be offered. Medium: reported, with the reason for doubt in `doubt`. */
  confidence: 'high' | 'medium';
  doubt?: string;
}

export interface GroupSettings<F extends GroupForm> {
  minOccurrences: number;
  /** Forms never reported (lower case keys). */
  allow: Set<string>;
  /** Configured spellings to reject, by lower-case key, with the form to use instead. */
  rejected: Map<string, F>;
  /** Within one document: a word no dictionary knows beside a known one in a name used more often is a slip. */
  misspelt?: boolean;
  /** True when two forms are used in one sentence: a text does not name one person two ways at once. */
  together?: (a: F, b: F) => boolean;
}

/** Particles of an Arabic patronymic: brothers share "bin Abdulaziz", so the title alone cannot join them. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'ben', 'bar']);

/** How many canonical forms of one bucket are looked at: keeps a crowded bucket from going quadratic. */
const BUCKET_LOOK = 8;
/** More forms than this under one title with all words but one alike: the title is not one person's. */
const MAX_HOLDERS = 3;
const KIND_ORDER: Record<MatchKind, number> = { listed: 0, diacritics: 1, spelling: 2, spacing: 3, context: 4 };

/** The letters of a name without spaces or hyphens ("Kim Jong-un" = "Kim Jong Un"). */
function joinedKey(form: GroupForm): string {
  return form.folded.join('').replace(/[^\p{L}]/gu, '');
}

function sharesRole(a: GroupForm, b: GroupForm): boolean {
  return a.roles.some((role) => b.roles.some((other) => rolesMatch(role, other)));
}

function outranks(a: GroupForm, b: GroupForm): boolean {
  if (!!a.preferred !== !!b.preferred) return !!a.preferred;
  const [x, y] = [Math.max(a.count, a.support ?? 0), Math.max(b.count, b.support ?? 0)];
  return x !== y ? x > y : a.first < b.first;
}

/**
 * Two spellings of one word of a Western person's name, both forms backed as persons: the family
 * name one edit apart (two for 6+ letters), or a given or middle name not in the names list against one that is.
 */
function personAlike(word: string, theirs: string, k: number, n: number): boolean {
  const shortest = Math.min(word.length, theirs.length);
  const distance = editDistance(word, theirs, 2);
  const close = distance === 1 ? shortest >= 4 : distance === 2 && shortest >= 6;
  if (!close || isInitialWord(word) || isInitialWord(theirs) || differsOnlyInEnding(word, theirs) || isInflection(word, theirs)) return false;
  // Hyphenated given names are East Asian ("Kim Jong-un", "Kim Jong-il"): siblings differ by a syllable.
  if (word.includes('-') || theirs.includes('-')) return false;
  if (k === n - 1) return !isGenderPair(word, theirs, false);
  // A given or middle name: a common one against a spelling that is no name at all ("Jammes"/"James").
  // A vowel for a vowel is transliteration ("Sergei"/"Sergey"), not a slip.
  if (!GIVEN_NAMES.has(theirs) || isVowelSwap(word, theirs)) return false;
  // A known given name is another person ("Joan Adams"/"John Adams"), unless a shared middle name
  // makes the rest of a long name one person's; a word that is no name is no feminine form either.
  return GIVEN_NAMES.has(word) ? n >= 3 && distance === 1 && !isGenderPair(word, theirs) : true;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * One word of a place or body misspelt: "United Stetes" beside "United States". The odd word is no
 * dictionary word and no given name, the other a common word ("States", "Government").
 */
function misspeltAlike(word: string, theirs: string): boolean {
  const shortest = Math.min(word.length, theirs.length);
  const distance = editDistance(word, theirs, 2);
  if (!(distance === 1 ? shortest >= 4 : distance === 2 && shortest >= 7)) return false;
  if (isInitialWord(word) || isInitialWord(theirs) || isInflection(word, theirs) || differsOnlyInEnding(word, theirs)) return false;
  if (GIVEN_NAMES.has(word) || !/^\p{L}+$/u.test(word)) return false;
  return inDictionary('en-US', theirs) && !inDictionary('en-US', capitalised(word)) && !inDictionary('en-US', word);
}

/** The bucket keys of one form, computed once. */
interface Keys {
  fold: string;
  /** The letters without spaces or hyphens; '' for a one-word form (compared only with forms of two words or more). */
  join: string;
  /** Per word: the other words (`bases`), and those plus the word's first letter (`spell`); none for a one-word form. */
  bases: string[];
  spell: string[];
  /** One-holder offices before the form, without their bodies. */
  heads: string[];
}

const NO_KEYS: string[] = [];

function keysOf(form: GroupForm): Keys {
  const n = form.folded.length;
  // A one-word form is only compared letter for letter (diacritics): its other keys would never be read.
  if (n === 1) return { fold: form.folded[0]!, join: '', bases: NO_KEYS, spell: NO_KEYS, heads: NO_KEYS };
  // Loops, not `map`: optimised code makes `map` return holey arrays, another shape for later reads.
  const bases: string[] = [];
  const spell: string[] = [];
  for (let j = 0; j < n; j++) {
    // "n|j|" and the other words joined by spaces (no array or closure per word).
    let base = `${n}|${j}|`;
    let first = true;
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      base += first ? form.folded[i]! : ' ' + form.folded[i]!;
      first = false;
    }
    bases.push(base);
    spell.push(`${base}|${form.folded[j]![0]}`);
  }
  return {
    fold: form.folded.join(' '),
    join: joinedKey(form),
    bases,
    spell,
    heads: form.roles.length === 0 ? NO_KEYS : [...new Set(form.roles.map(roleHead))],
  };
}

/** Adds a form to the list under a key. */
function addTo<F>(buckets: Map<string, F[]>, key: string, form: F): void {
  const list = buckets.get(key);
  if (list) list.push(form);
  else buckets.set(key, [form]);
}

export function findVariants<F extends GroupForm>(forms: readonly F[], settings: GroupSettings<F>): Match<F>[] {
  const order = [...forms].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
  const keys = new Map<F, Keys>(forms.map((form) => [form, keysOf(form)]));
  // Forms by their letters, by their letters without spaces, by all words but one (with the odd
  // word's first letter), and by all words but one under a title.
  const sameFold = new Map<string, F[]>();
  const sameJoin = new Map<string, F[]>();
  const sameSpell = new Map<string, F[]>();
  const sameRole = new Map<string, F[]>();

  // How many forms share a title and all words but one: a title is evidence only while it names few.
  const holders = new Map<string, number>();
  for (const form of forms) {
    const { bases, heads } = keys.get(form)!;
    if (heads.length === 0) continue;
    for (const base of bases) {
      for (const head of heads) holders.set(`${base}|role:${head}`, (holders.get(`${base}|role:${head}`) ?? 0) + 1);
    }
  }
  const sameHolder = (form: F, other: F, k: number): boolean =>
    form.roles.length > 0 &&
    form.roles.some(
      (role) =>
        other.roles.some((theirs) => rolesMatch(role, theirs)) &&
        (holders.get(`${keys.get(form)!.bases[k]}|role:${roleHead(role)}`) ?? 0) <= MAX_HOLDERS,
    );

  const index = (form: F): void => {
    const own = keys.get(form)!;
    addTo(sameFold, own.fold, form);
    if (form.folded.length === 1) return;
    addTo(sameJoin, own.join, form);
    own.spell.forEach((key, k) => {
      addTo(sameSpell, key, form);
      // Titles are compared only between forms of three words or more (see candidates).
      if (own.bases.length >= 3) for (const head of own.heads) addTo(sameRole, `${own.bases[k]}|role:${head}`, form);
    });
  };

  const candidates = (form: F): { canonical: F; kind: MatchKind }[] => {
    const found: { canonical: F; kind: MatchKind }[] = [];
    const own = keys.get(form)!;
    const n = form.folded.length;
    // No `?? []` here: iterating that empty array (another elements kind) and the rare bucket at one site deopts.
    const sameLetters = sameFold.get(own.fold);
    if (sameLetters) {
      for (const other of sameLetters) {
        // Only a name written with its diacritics against one written without any ("Chính"/"Chinh").
        if (other.key !== form.key && hasDiacritics(other.text) !== hasDiacritics(form.text)) {
          found.push({ canonical: other, kind: 'diacritics' });
          break;
        }
      }
    }
    // A one-word form has no other keys (keysOf): lone words are compared by the people check (people.ts).
    if (n === 1) return found;
    if (own.join.length >= 6) {
      const other = sameJoin.get(own.join)?.find((o) => o.folded.length !== n && Math.min(n, o.folded.length) >= 2);
      if (other) found.push({ canonical: other, kind: 'spacing' });
    }
    for (let k = 0; k < n; k++) {
      const word = form.folded[k]!;
      const near = sameSpell.get(own.spell[k]!) ?? [];
      const initial = near.length > 0 && isInitialWord(word);
      for (let i = 0; i < near.length && i < BUCKET_LOOK; i++) {
        const other = near[i]!;
        const theirs = other.folded[k]!;
        if (Math.abs(theirs.length - word.length) > 2) continue;
        // Lone words are compared by the people check (people.ts), which knows their cues.
        const alike =
          !initial &&
          !isInitialWord(theirs) &&
          (likeness(word, theirs, sameHolder(form, other, k), k === 0) === 'spelling' ||
            (!!form.western && !!other.western && personAlike(word, theirs, k, n)) ||
            (!!settings.misspelt && !form.person && !other.person && form.roles.length + other.roles.length === 0 && other.count > form.count && misspeltAlike(word, theirs)));
        if (alike) {
          found.push({ canonical: other, kind: 'spelling' });
          break;
        }
      }
      // The same one-holder office and all words but one: the document's one prime minister.
      if (n >= 3 && !form.folded.some((w) => PATRONYMIC.has(w))) {
        for (const head of own.heads) {
          const other = (sameRole.get(`${own.bases[k]}|role:${head}`) ?? [])
            .slice(0, BUCKET_LOOK)
            // Initials are style ("Lyndon B."/"Lyndon Baines") or another person ("George W."/"George H.W.").
            .find((o) => o.folded[k] !== word && !isInitialWord(word) && !isInitialWord(o.folded[k]!) && sameHolder(form, o, k));
          if (other) found.push({ canonical: other, kind: 'context' });
        }
      }
    }
    // Two near spellings in one sentence are two people ("Gabriel and Gabriela Martinez"); the same
    // letters spaced or accented differently are not.
    const apart = ({ canonical, kind }: { canonical: F; kind: MatchKind }): boolean =>
      kind === 'spacing' || kind === 'diacritics' || !settings.together?.(form, canonical);
    return found.filter(apart);
  };

  const matches: Match<F>[] = [];
  for (const form of order) {
    const rejectedFor = settings.rejected.size > 0 ? settings.rejected.get(form.key) : undefined;
    if (rejectedFor) {
      matches.push({ variant: form, canonical: rejectedFor, kind: 'listed', confidence: 'high' });
      continue;
    }
    if (form.preferred || (settings.allow.size > 0 && settings.allow.has(form.key))) {
      index(form);
      continue;
    }
    const best = candidates(form).sort(
      (a, b) => (outranks(a.canonical, b.canonical) ? -1 : outranks(b.canonical, a.canonical) ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]),
    )[0];
    const match = best && judge(form, best.canonical, best.kind, settings.minOccurrences);
    if (match) matches.push(match);
    else if (!best) index(form);
  }
  return matches;
}

/** Decides whether the evidence is enough to report, and how sure the report is. */
function judge<F extends GroupForm>(variant: F, canonical: F, kind: MatchKind, minOccurrences: number): Match<F> | undefined {
  if (canonical.preferred) return { variant, canonical, kind, confidence: kind === 'context' ? 'medium' : 'high' };
  const c = Math.max(canonical.count, canonical.support ?? 0);
  const v = Math.max(variant.count, variant.support ?? 0);
  if (c < minOccurrences || c < v) return undefined;
  const words = variant.folded.length;
  if (c === v) {
    if (kind === 'context' || (words < 3 && !sharesRole(variant, canonical))) return undefined;
    return { variant, canonical, kind, confidence: 'medium', doubt: `each used ${c === 1 ? 'once' : `${c} times`}; check which is right` };
  }
  if (words === 1) return { variant, canonical, kind, confidence: 'medium', doubt: 'a one-word name is weak evidence' };
  // Same title and all words but one: telling, but the odd word is not a spelling of the other.
  if (kind === 'context') return { variant, canonical, kind, confidence: 'medium' };
  return { variant, canonical, kind, confidence: 'high' };
}

/** Lower-case key of a configured name (exported for the options). */
export function nameKey(name: string): string {
  return keyOf(name.trim().split(/\s+/));
}
