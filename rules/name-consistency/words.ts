// One word of a longer name misspelt where the rest of the name stays: "Unoted States" beside the
// document's "United" ("United States", "United Nations"), "Trumun Doctrine" beside "Harry S. Truman",
// "Jobn Quincy Adams" beside the "John" of the text's other names. The words of all name mentions are
// counted; a rare word that is no word and no name, one edit from a word the names use more, is a slip.
import type { NameMention } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { GIVEN_NAMES } from './given-names.js';
import { sentencesOf as formSentences, type NameForm } from './forms.js';
import { deletions, type PeopleFacts } from './people.js';
import { DeletionIndex } from './deletion-index.js';
import { differsOnlyInEnding, editDistance, fold as foldWord, isGenderPair, isInflection, isVowelSwap } from './similarity.js';

/** A plain name word: a capital, then lower case ("States", "Truman"); not "U.S." or "McKinley". */
const PLAIN_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

interface WordUse {
  /** The word as first written. */
  text: string;
  count: number;
  first: number;
  /** The mentions it is used in, by text (the sentences are gathered only when asked). */
  groups: NameMention[][];
  sentences?: Set<number>;
  /** True when it is used in a name of two words or more. */
  inLonger: boolean;
}

/** A word of a name mention reported as a slip of a word the document's names use more often. */
export interface WordSlip {
  mention: NameMention;
  /** Offsets of the misspelt word. */
  start: number;
  end: number;
  word: string;
  /** The usual spelling of the word, and the mention with it put right. */
  usual: string;
  corrected: string;
  count: number;
  firstAt: number;
  confidence: 'high' | 'medium';
}

/** Words inside names that are also common words ("Nguyen Van Dang", "Ludwig von Mises"). */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'del', 'bin', 'ben', 'dos', 'das', 'thi']);

/** A word the dictionary knows, as a common word or as a proper noun ("Vince"). */
const knownWord = (word: string): boolean => inDictionary('en-US', word.toLowerCase()) || inDictionary('en-US', word);
/** A common word ("united", "county"): a proper noun of the dictionary ("Sergei") is a name like any other. */
const commonWord = (word: string): boolean => inDictionary('en-US', word.toLowerCase());

/** A function of a word, computed once per distinct word (for one document). */
function perWord<T>(compute: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let answer = answers.get(word);
    if (answer === undefined) answers.set(word, (answer = compute(word)));
    return answer;
  };
}

/** A number for a word's first letter and a length (a shape), without building a string. */
const shapeOf = (word: string, length: number): number => word.charCodeAt(0) * 65536 + length;

/** True when the one vowel changed sits before the word's last vowel group ("Hinry"/"Henry", not "Sergei"/"Sergey"). */
function earlyVowelSwap(a: string, b: string): boolean {
  let at = 0;
  while (a[at] === b[at]) at++;
  let k = at;
  while (k < a.length && /[aeiouy]/.test(a[k]!)) k++;
  return /[aeiouy]/.test(a.slice(k));
}

/** The sentences a word is used in (gathered once, when first asked). */
function sentencesOf(use: WordUse): Set<number> {
  if (!use.sentences) {
    use.sentences = new Set();
    for (const group of use.groups) for (const mention of group) use.sentences.add(mention.sentence);
  }
  return use.sentences;
}

/**
 * Near words in the order of the key's deletions that find them (the key's letters deleted from the
 * first on, then the key itself), the first used first among equals: which near word is tried first.
 */
function inLookupOrder(key: string, near: readonly string[]): readonly string[] {
  if (near.length < 2) return near;
  const order = [...Array.from({ length: key.length }, (_, i) => key.slice(0, i) + key.slice(i + 1)), key];
  const rank = new Map(
    near.map((other) => {
      const keys = deletions(other, 1);
      return [other, order.findIndex((deleted) => keys.has(deleted))];
    }),
  );
  return [...near].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

const NONE: readonly string[] = [];

/** A given name of two syllables joined by a hyphen, the second in lower case ("Chung-tai", "Jae-in"): an East Asian name. */
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** A slip found in one text of a name: where the word stands in it, the word, and the usual word's key. */
interface TextSlip {
  at: number;
  word: string;
  other: string;
}

export function findWordSlips(mentions: readonly NameMention[], facts: PeopleFacts): WordSlip[] {
  // Most mentions repeat a text already seen: each distinct text is read once, its mentions kept together.
  const byText = new Map<string, NameMention[]>();
  for (const mention of mentions) {
    const group = byText.get(mention.text);
    if (group) group.push(mention);
    else byText.set(mention.text, [mention]);
  }
  // Each distinct word is folded, tested for a plain name word, and looked up in the dictionary once.
  const fold = perWord(foldWord);
  /** The folded word when it is a plain name word, else ''. */
  const plainKey = perWord((word) => (PLAIN_WORD.test(word) ? fold(word) : ''));
  const known = perWord(knownWord);
  const common = perWord(commonWord);
  const uses = new Map<string, WordUse>();
  // Pairs of neighbouring words in names ("united states" as "united" → "states" → count): the word
  // put right beside the same neighbour.
  const pairs = new Map<string, Map<string, number>>();
  for (const group of byText.values()) {
    const { words } = group[0]!;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (k > 0) {
        const before = fold(words[k - 1]!);
        const after = fold(word);
        let next = pairs.get(before);
        if (!next) pairs.set(before, (next = new Map()));
        next.set(after, (next.get(after) ?? 0) + group.length);
      }
      const key = plainKey(word);
      if (!key) continue;
      const use = uses.get(key);
      if (!use) uses.set(key, { text: word, count: group.length, first: group[0]!.start, groups: [group], inLonger: words.length > 1 });
      else {
        use.count += group.length;
        if (words.length > 1) use.inLonger = true;
        if (use.groups[use.groups.length - 1] !== group) use.groups.push(group);
      }
    }
  }
  const pairCount = (before: string, after: string): number => pairs.get(before)?.get(after) ?? 0;
  // Family names of persons named given name first: a name a reader knows is spelt one way.
  const western = new Set<string>();
  for (const [family, people] of facts.families) if (people.some((person) => GIVEN_NAMES.has(person.form.folded[0]!))) western.add(family);
  // The words that may be slips (in a name of two words or more, no given name, no family name, no
  // dictionary word used twice) by their one-letter deletions; the other words are looked up there
  // (symmetric-delete lookup: linear). The deletions are hashed, not built (see DeletionIndex).
  const slipIndex = new DeletionIndex();
  const shapes = new Set<number>();
  for (const [key, use] of uses) {
    // A dictionary word used twice is no slip either (candidates says so, and asks the dictionary only
    // about the few words that have a near word).
    if (!use.inLonger || GIVEN_NAMES.has(key) || facts.families.has(key)) continue;
    for (let length = key.length - 1; length <= key.length + 1; length++) shapes.add(shapeOf(key, length));
    slipIndex.add(key, 1);
  }
  /** Slip → the words one deletion from it on either side, with its first letter. */
  const nearWords = new Map<string, string[]>();
  for (const key of uses.keys()) {
    if (!shapes.has(shapeOf(key, key.length))) continue;
    for (const slip of slipIndex.near(key, 1)) {
      if (slip === key || slip[0] !== key[0]) continue;
      const list = nearWords.get(slip);
      if (!list) nearWords.set(slip, [key]);
      else list.push(key);
    }
  }
  /** How often the names write the usual word beside this word's neighbour (the more used side). */
  const besideSame = (words: readonly string[], k: number, usual: string): number =>
    Math.max(k > 0 ? pairCount(fold(words[k - 1]!), usual) : 0, k + 1 < words.length ? pairCount(usual, fold(words[k + 1]!)) : 0);
  const nearOf = new Map<string, readonly string[]>();
  const candidates = (key: string, use: WordUse): readonly string[] => {
    // Most words have no near word: they are settled before the dictionary is asked.
    const near = nearWords.get(key);
    if (!near || GIVEN_NAMES.has(key) || facts.families.has(key)) return NONE;
    // The near words one edit away, used at least as often: the dictionary is asked only when there are some.
    const close = near.filter((other) => {
      const theirs = uses.get(other)!;
      if (other === key || other[0] !== key[0] || use.count > theirs.count) return false;
      return editDistance(key, other, 1) === 1 && !isInflection(key, other) && !differsOnlyInEnding(key, other) && !isGenderPair(key, other);
    });
    if (close.length === 0) return NONE;
    // A dictionary word is taken for a slip only where it stands once, in a name written often otherwise ("United Status").
    const dictionary = known(use.text);
    if (dictionary && use.count > 1) return NONE;
    const found: string[] = [];
    for (const other of inLookupOrder(key, close)) {
      const theirs = uses.get(other)!;
      // A word the dictionary knows, common or proper ("States", "Britain"), is a spelling to trust.
      const word = known(theirs.text);
      // A name against another name needs the usual one used at least twice as often.
      if (!word && !GIVEN_NAMES.has(other) && use.count * 2 > theirs.count) continue;
      // An unknown name against another: only long ones, used often, not a vowel apart (the
      // syllables of Vietnamese or Chinese names: "Trong"/"Truong", "Pham"/"Phan").
      if (!word && !GIVEN_NAMES.has(other) && !western.has(other) && (other.length < 7 || theirs.count < 3 || isVowelSwap(key, other))) continue;
      if (dictionary && !word) continue;
      // A vowel for a vowel in the last syllable of a name is transliteration ("Sergei"/"Sergey").
      if (isVowelSwap(key, other) && !common(theirs.text) && !western.has(other) && !earlyVowelSwap(key, other)) continue;
      // Two near names in one sentence are two people ("Jon and John").
      if (!word) {
        const theirSentences = sentencesOf(theirs);
        if (use.groups.some((group) => group.some((mention) => theirSentences.has(mention.sentence)))) continue;
      }
      found.push(other);
    }
    return found;
  };
  /** The slips among the words of one text of a name. */
  const slipsOf = (text: string, words: readonly string[]): TextSlip[] => {
    const found: TextSlip[] = [];
    let cursor = 0;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      const at = text.indexOf(word, cursor);
      if (at < 0) break;
      cursor = at + word.length;
      const key = plainKey(word);
      if (!key) continue;
      let near = nearOf.get(key);
      if (!near) nearOf.set(key, (near = candidates(key, uses.get(key)!)));
      for (const other of near) {
        const usual = uses.get(other)!;
        // A word of four letters only in a name with a common word ("New Yurk"), not among the
        // short syllables of an Asian name ("Tran Minh Thoi" beside "Thai", "Phan" beside "Pham").
        if (Math.min(key.length, other.length) < 5 && !(known(usual.text) && words.some((w, j) => j !== k && w.length >= 3 && !NAME_PARTICLES.has(w.toLowerCase()) && common(w)))) continue;
        // The usual word must be a person's name, or written in a name beside the same neighbour ("United States").
        const beside = besideSame(words, k, other);
        // The family name of an East Asian name written family name first ("Cheng Chung-tai" beside
        // "Fernando Cheung") is its own syllable, not a slip of a Western family name.
        if (!known(usual.text) && words.some((w) => SYLLABLE_NAME.test(w))) continue;
        if (known(word) ? beside < 3 : !GIVEN_NAMES.has(other) && !western.has(other) && beside === 0) continue;
        found.push({ at, word, other });
        break;
      }
    }
    return found;
  };
  // Only the texts with a slip are kept: the mentions of the others are not looked at again.
  const slipsByText = new Map<string, TextSlip[]>();
  for (const [text, group] of byText) {
    if (group[0]!.words.length < 2) continue;
    const found = slipsOf(text, group[0]!.words);
    if (found.length > 0) slipsByText.set(text, found);
  }
  const slips: WordSlip[] = [];
  if (slipsByText.size === 0) return slips;
  for (const mention of mentions) {
    const found = slipsByText.get(mention.text);
    if (found === undefined) continue;
    for (const { at, word, other } of found) {
      const usual = uses.get(other)!;
      const corrected = mention.text.slice(0, at) + usual.text + mention.text.slice(at + word.length);
      const confidence = !known(word) && (known(usual.text) || usual.count >= 3) ? 'high' : 'medium';
      slips.push({ mention, start: mention.start + at, end: mention.start + at + word.length, word, usual: usual.text, corrected, count: usual.count, firstAt: usual.first, confidence });
    }
  }
  return slips;
}

/**
 * A person's full name whose family name is misspelt where the text otherwise uses the family name
 * alone: "Tony Blaor" once, then "Mr Blair", "Blair said". The lone name must be used at least twice,
 * once after a title or before a reporting verb (or three times without), more than every other near spelling together, and
 * belong to no other full name in the text.
 */
export function findFamilySlips(forms: readonly NameForm[], facts: PeopleFacts): WordSlip[] {
  // The persons whose family name the text never writes alone, written given name first ("Nguyen
  // Van Trung" has no family name last), each with the family name as written.
  const named: { family: string; form: NameForm; word: string }[] = [];
  for (const [family, all] of facts.families) {
    if (facts.alone.has(family) || family.length < 4) continue;
    for (const { form } of all) {
      if (!GIVEN_NAMES.has(form.folded[0]!)) continue;
      const word = form.text.split(' ')[form.folded.lastIndexOf(family)] ?? '';
      // A common word is no slip here ("Tony Blare" needs a title: people.ts); a proper noun may be ("Vince").
      if (PLAIN_WORD.test(word) && !inDictionary('en-US', family)) named.push({ family, form, word });
    }
  }
  if (named.length === 0) return [];
  const depth = (word: string): 1 | 2 => (word.length >= 6 ? 2 : 1);
  // The family names by their deletions (symmetric-delete lookup: linear).
  const families = new Map<string, Set<string>>();
  const index = new DeletionIndex();
  for (const { family } of named) {
    if (families.has(family)) continue;
    families.set(family, deletions(family, depth(family)));
    index.add(family, depth(family));
  }
  // A usual spelling is a lone word used twice or more, with the family name's first letter and a
  // length two letters from it at most: only those words are looked up.
  const shapes = new Set<string>();
  for (const family of families.keys()) for (let length = family.length - 2; length <= family.length + 2; length++) shapes.add(family[0]! + length);
  const lone = new Map<string, NameForm>();
  const byLength = new Map<number, string[]>();
  const usualsOf = new Map<string, string[]>();
  for (const form of forms) {
    if (form.folded.length !== 1 || !PLAIN_WORD.test(form.text)) continue;
    const key = form.folded[0]!;
    lone.set(key, form);
    const same = byLength.get(key.length);
    if (same) same.push(key);
    else byLength.set(key.length, [key]);
    if (form.count < 2 || !shapes.has(key[0]! + key.length)) continue;
    for (const family of index.near(key, depth(key))) {
      const list = usualsOf.get(family);
      if (!list) usualsOf.set(family, [key]);
      else list.push(key);
    }
  }
  /** Lone words near the family name (two edits at most, as the deletion lookup would find them). */
  const nearby = (family: string): string[] => {
    const found: string[] = [];
    for (let length = family.length - 2; length <= family.length + 2; length++) {
      for (const other of byLength.get(length) ?? []) {
        if (editDistance(family, other, 2) > 2) continue;
        const keys = families.get(family)!;
        if ([...deletions(other, depth(other))].some((key) => keys.has(key))) found.push(other);
      }
    }
    return found;
  };
  /** Lone uses after a title or before a reporting verb. */
  const strongUses = (form: NameForm): number =>
    (form.places as NameMention[]).filter((place) => {
      const cue = facts.cues.get(place);
      return cue === 'title' || cue === 'reporting';
    }).length;
  const slips: WordSlip[] = [];
  for (const { family, form, word } of named) {
    const usual = (usualsOf.get(family) ?? []).find((other) => {
      const theirs = lone.get(other)!;
      // Used twice needs a title or a reporting verb once; so does a common word alone ("More" of "Read More" links).
      if (theirs.count < 2 || ((theirs.count < 3 || commonWord(other)) && strongUses(theirs) < 1)) return false;
      // The lone name of another person in the text ("John Adams ... Adams" beside "Jane Addams").
      if (facts.families.get(other)?.some((them) => them.form.folded[0] !== form.folded[0])) return false;
      const distance = editDistance(family, other, 2);
      const reach = Math.min(family.length, other.length) >= 6 ? 2 : 1;
      if (other[0] !== family[0] || distance > reach || theirs.count <= form.count || isInflection(family, other) || isGenderPair(family, other, false)) return false;
      // "Jane Addams and Adams said": two people.
      const theirSentences = formSentences(theirs);
      return ![...formSentences(form)].some((sentence) => theirSentences.has(sentence));
    });
    if (!usual) continue;
    const theirs = lone.get(usual)!;
    // The lone spelling must outnumber every other spelling near the family name ("Hans Modrow",
    // "Modero" twice and "Modro" once: machine translation at sea, not one slip).
    let others = 0;
    for (const other of nearby(family)) if (other !== usual) others += lone.get(other)!.count;
    if (theirs.count <= form.count + others) continue;
    for (const mention of form.places as NameMention[]) {
      const at = mention.text.lastIndexOf(word);
      if (at < 0) continue;
      const corrected = mention.text.slice(0, at) + theirs.text + mention.text.slice(at + word.length);
      slips.push({ mention, start: mention.start + at, end: mention.start + at + word.length, word, usual: theirs.text, corrected, count: theirs.count, firstAt: theirs.first, confidence: 'high' });
    }
  }
  return slips;
}
