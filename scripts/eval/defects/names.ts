// Name slips a copy editor finds: a person's family name misspelt where it stands alone after a title
// or before a reporting verb ("Mr Blair" → "Mr Bliar"), or in a repeated full name; replaced by a
// dictionary word ("Mr Blare"); a one-word name misspelt once among its repeats; a name glued together.
// A person here is a name of two or more words that starts with a common given name and whose last
// word the text also uses alone after a title or before a reporting verb.
import { mentionCue } from '../../../src/analysis/mentions.js';
import type { NameMention } from '../../../src/types.js';
import { inDictionary } from '../../../rules/spelling/dictionaries.js';
import { GIVEN_NAMES } from '../../../rules/name-consistency/given-names.js';
import { analysisOf, splice, type Draft, type Para } from '../draft.js';
import type { Random } from '../rng.js';
import type { DefectKind } from '../kinds.js';

const RULE = 'name-consistency';
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Found {
  para: Para;
  mention: NameMention;
  cue: ReturnType<typeof mentionCue>;
}

function mentionsOf(draft: Draft): Found[] {
  return draft.paras.flatMap((para) => {
    const analysis = analysisOf(para.text);
    return analysis.mentions.map((mention) => ({ para, mention, cue: mentionCue(analysis.tokens, mention) }));
  });
}

const isPlainName = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word);
const strongCue = (found: Found): boolean => found.cue === 'title' || found.cue === 'reporting';

/** Family names of the text's persons: last words of full names that the text also uses alone with a title or reporting verb. */
function familyNames(all: Found[]): Set<string> {
  const persons = all.filter((f) => f.mention.words.length >= 2 && GIVEN_NAMES.has(f.mention.words[0]!.toLowerCase()));
  const lastWords = new Set(persons.map((f) => f.mention.words[f.mention.words.length - 1]!));
  return new Set(all.filter((f) => f.mention.words.length === 1 && strongCue(f) && lastWords.has(f.mention.text)).map((f) => f.mention.text));
}

/** One random edit of the lower-case letters after the first: a letter changed, dropped, doubled, or two swapped. */
function editOnce(word: string, random: Random): string {
  const at = 1 + random.int(word.length - 1);
  const kind = random.int(4);
  if (kind === 0) {
    const letter = random.pick([...LETTERS].filter((l) => l !== word[at]));
    return word.slice(0, at) + letter + word.slice(at + 1);
  }
  if (kind === 1 && word.length > 4) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + word[at] + word.slice(at);
  if (at + 1 < word.length && word[at] !== word[at + 1]) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + random.pick([...LETTERS].filter((l) => l !== word[at])) + word.slice(at + 1);
}

/** `edits` random edits, giving a word that is neither the original nor a dictionary word. */
function misspell(word: string, edits: number, random: Random): string | undefined {
  for (let attempt = 0; attempt < 10; attempt++) {
    let written = word;
    for (let i = 0; i < edits; i++) written = editOnce(written, random);
    const long = edits === 1 || written.length >= 6;
    if (written !== word && long && !inDictionary('en-US', written.toLowerCase()) && (edits === 1 || !closeTo(written, word))) return written;
  }
  return undefined;
}

/** True when one edit turns one word into the other (used to make two-edit slips really two edits apart). */
function closeTo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  for (let i = 1; i < a.length; i++) {
    if (a.slice(0, i) + a.slice(i + 1) === b || b.slice(0, i) + b.slice(i + 1) === a) return true;
  }
  let diff = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) diff++;
  return a.length === b.length && diff <= 2;
}

/** Dictionary words of 5+ letters one or two edits from a name, with its first letter ("Blair" → "Blare"). */
function dictionaryNear(word: string): string[] {
  const lower = word.toLowerCase();
  const once = new Set<string>();
  for (let i = 1; i <= lower.length; i++) {
    if (i < lower.length) once.add(lower.slice(0, i) + lower.slice(i + 1));
    for (const letter of LETTERS) {
      once.add(lower.slice(0, i) + letter + lower.slice(i));
      if (i < lower.length) once.add(lower.slice(0, i) + letter + lower.slice(i + 1));
    }
    if (i + 1 < lower.length) once.add(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2));
  }
  const found = new Set<string>();
  for (const candidate of once) if (candidate.length >= 5 && inDictionary('en-US', candidate)) found.add(candidate);
  // Two edits: a changed letter on top of each one-edit form.
  for (const first of once) {
    for (let i = 1; i < first.length; i++) {
      for (const letter of 'aeiouy') {
        const candidate = first.slice(0, i) + letter + first.slice(i + 1);
        if (candidate !== lower && candidate.length >= 5 && inDictionary('en-US', candidate)) found.add(candidate);
      }
    }
  }
  found.delete(lower);
  return [...found].sort().map((w) => w[0]!.toUpperCase() + w.slice(1));
}

/** Later repeats (in unused paragraphs) of a person's full name whose words pass `fits`. */
function laterRepeats(draft: Draft, fits: (words: string[]) => boolean): Found[] {
  const all = mentionsOf(draft);
  const families = familyNames(all);
  const seen = new Set<string>();
  const found: Found[] = [];
  for (const f of all) {
    const words = f.mention.words;
    if (fits(words) && families.has(words[words.length - 1]!) && seen.has(f.mention.text) && !f.para.used) found.push(f);
    seen.add(f.mention.text);
  }
  return found;
}

function mark(found: Found, written: string, kind: string): true {
  const place = splice(found.para, found.mention.start, found.mention.end, written);
  found.para.used = true;
  found.para.marks.push({ ruleId: RULE, kind, detail: `${found.mention.text} → ${written}`, ...place });
  return true;
}

/** A lone family name after a title or before a reporting verb, misspelt by `edits` edits. */
function surnameSlip(edits: number, kind: string): DefectKind {
  return {
    kind,
    ruleId: RULE,
    apply(draft) {
      const all = mentionsOf(draft);
      const families = familyNames(all);
      const candidates = all.filter(
        (f) => !f.para.used && f.mention.words.length === 1 && strongCue(f) && families.has(f.mention.text) && f.mention.text.length >= (edits === 1 ? 4 : 6),
      );
      if (candidates.length === 0) return false;
      const found = draft.random.pick(candidates);
      const written = misspell(found.mention.text, edits, draft.random);
      return written ? mark(found, written, kind) : false;
    },
  };
}

/**
 * A person's full name with one word misspelt: in a later repeat of the full name, any word (of 4+
 * letters); in another use (most often the first, where the person is introduced), the family name,
 * the word the text also writes alone, twice or more ("Dean Achesen ... Secretary Acheson ... Acheson said").
 */
function fullNameSlip(edits: number, kind: string): DefectKind {
  return {
    kind,
    ruleId: RULE,
    apply(draft) {
      const all = mentionsOf(draft);
      const families = familyNames(all);
      const lone = new Map<string, number>();
      for (const f of all) if (f.mention.words.length === 1) lone.set(f.mention.text, (lone.get(f.mention.text) ?? 0) + 1);
      const seen = new Set<string>();
      const candidates: { found: Found; words: string[] }[] = [];
      for (const f of all) {
        const words = f.mention.words;
        const family = words[words.length - 1]!;
        if (words.length >= 2 && families.has(family) && !f.para.used) {
          if (seen.has(f.mention.text)) candidates.push({ found: f, words });
          // Where the family name stands alone once only, one use against one: no reader could tell the slip.
          else if (GIVEN_NAMES.has(words[0]!.toLowerCase()) && lone.get(family)! >= 2) candidates.push({ found: f, words: [family] });
        }
        seen.add(f.mention.text);
      }
      if (candidates.length === 0) return false;
      const { found, words: alterable } = draft.random.pick(candidates);
      const words = alterable.filter((word) => isPlainName(word) && word.length >= (edits === 1 ? 4 : 6));
      if (words.length === 0) return false;
      const word = draft.random.pick(words);
      const altered = misspell(word, edits, draft.random);
      if (!altered) return false;
      const at = found.mention.text.lastIndexOf(word);
      return mark(found, found.mention.text.slice(0, at) + altered + found.mention.text.slice(at + word.length), kind);
    },
  };
}

/** A lone family name after a title or before a reporting verb replaced by a dictionary word one or two edits away. */
const surnameWord: DefectKind = {
  kind: 'name-surname-word',
  ruleId: RULE,
  apply(draft) {
    const all = mentionsOf(draft);
    const families = familyNames(all);
    const candidates = all.filter((f) => !f.para.used && f.mention.words.length === 1 && strongCue(f) && families.has(f.mention.text) && f.mention.text.length >= 5);
    for (const found of draft.random.shuffle(candidates).slice(0, 4)) {
      const words = dictionaryNear(found.mention.text);
      if (words.length > 0) return mark(found, draft.random.pick(words), 'name-surname-word');
    }
    return false;
  },
};

/**
 * A name the text uses alone (after a title or before a reporting verb) three times or more: its full
 * forms are cut to the one word ("Dean Acheson" → "Acheson"), and one lone use is misspelt by one edit.
 */
const repeatedOneWord: DefectKind = {
  kind: 'name-one-word',
  ruleId: RULE,
  apply(draft) {
    const all = mentionsOf(draft);
    const families = [...familyNames(all)].filter((name) => name.length >= 5 && all.filter((f) => f.mention.text === name && strongCue(f)).length >= 3);
    if (families.length === 0) return false;
    const name = draft.random.pick(families.sort());
    const full = all.filter((f) => f.mention.words.length >= 2 && f.mention.words.includes(name));
    // Cutting the full names must not move the marks of a defect already inserted.
    if (full.some((f) => f.para.marks.length > 0)) return false;
    const lone = all.filter((f) => f.mention.text === name && strongCue(f) && !f.para.used && !full.some((g) => g.para === f.para));
    if (lone.length === 0) return false;
    const found = draft.random.pick(lone);
    const written = misspell(name, 1, draft.random);
    if (!written) return false;
    for (const f of [...full].sort((a, b) => b.mention.start - a.mention.start)) splice(f.para, f.mention.start, f.mention.end, name);
    return mark(found, written, 'name-one-word');
  },
};

/** A later repeat of a two-word person's name written without its space ("Joe Biden" → "JoeBiden"). */
const gluedName: DefectKind = {
  kind: 'name-glued',
  ruleId: RULE,
  apply(draft) {
    const candidates = laterRepeats(draft, (words) => words.length === 2 && words.every(isPlainName));
    if (candidates.length === 0) return false;
    const found = draft.random.pick(candidates);
    return mark(found, found.mention.words.join(''), 'name-glued');
  },
};

export const KINDS: DefectKind[] = [
  surnameSlip(1, 'name-surname-1'),
  surnameSlip(2, 'name-surname-2'),
  fullNameSlip(1, 'name-full-1'),
  fullNameSlip(2, 'name-full-2'),
  surnameWord,
  repeatedOneWord,
  gluedName,
];
