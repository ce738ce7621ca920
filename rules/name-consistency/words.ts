// One word of a longer name misspelt where the rest of the name stays: "Unoted States" beside the
// document's "United" ("United States", "United Nations"), "Trumun Doctrine" beside "Harry S. Truman",
// "Jobn Quincy Adams" beside the "John" of the text's other names. The words of all name mentions are
// counted; a rare word that is no word and no name, one edit from a word the names use more, is a slip.
import type { NameMention } from '../../src/types.js';
import { inDictionary } from '../spelling/dictionaries.js';
import { GIVEN_NAMES } from './given-names.js';
import type { NameForm } from './forms.js';
import { deletions, type PeopleFacts } from './people.js';
import { differsOnlyInEnding, editDistance, fold as foldWord, isGenderPair, isInflection, isVowelSwap } from './similarity.js';

/** A plain name word: a capital, then lower case ("States", "Truman"); not "U.S." or "McKinley". */
const PLAIN_WORD = /^\p{Lu}\p{Ll}{3,}$/u;

interface WordUse {
  /** The word as first written. */
  text: string;
  count: number;
  first: number;
  sentences: Set<number>;
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
const known = (word: string): boolean => inDictionary('en-US', word.toLowerCase()) || inDictionary('en-US', word);
/** A common word ("united", "county"): a proper noun of the dictionary ("Sergei") is a name like any other. */
const common = (word: string): boolean => inDictionary('en-US', word.toLowerCase());

/** True when the one vowel changed sits before the word's last vowel group ("Hinry"/"Henry", not "Sergei"/"Sergey"). */
function earlyVowelSwap(a: string, b: string): boolean {
  let at = 0;
  while (a[at] === b[at]) at++;
  let k = at;
  while (k < a.length && /[aeiouy]/.test(a[k]!)) k++;
  return /[aeiouy]/.test(a.slice(k));
}

export function findWordSlips(mentions: readonly NameMention[], facts: PeopleFacts): WordSlip[] {
  // Folding (NFD, then a regex) is the costly part: each distinct word is folded once.
  const foldedWords = new Map<string, string>();
  const fold = (word: string): string => {
    let folded = foldedWords.get(word);
    if (folded === undefined) foldedWords.set(word, (folded = foldWord(word)));
    return folded;
  };
  const uses = new Map<string, WordUse>();
  for (const mention of mentions) {
    for (const word of mention.words) {
      if (!PLAIN_WORD.test(word)) continue;
      const key = fold(word);
      const use = uses.get(key);
      if (use) {
        use.count++;
        use.sentences.add(mention.sentence);
      } else uses.set(key, { text: word, count: 1, first: mention.start, sentences: new Set([mention.sentence]) });
    }
  }
  // Family names of persons named given name first: a name a reader knows is spelt one way.
  const western = new Set<string>();
  for (const [family, people] of facts.families) if (people.some((person) => GIVEN_NAMES.has(person.form.folded[0]!))) western.add(family);
  // The words by their one-letter deletions (symmetric-delete lookup: linear).
  const index = new Map<string, string[]>();
  for (const key of uses.keys()) {
    for (let i = 0; i <= key.length; i++) {
      const deleted = i === key.length ? key : key.slice(0, i) + key.slice(i + 1);
      const list = index.get(deleted);
      if (!list) index.set(deleted, [key]);
      else if (list.length < 8) list.push(key);
    }
  }
  // Pairs of neighbouring words in names ("united states"): the word put right beside the same neighbour.
  const pairs = new Map<string, number>();
  for (const mention of mentions) {
    for (let k = 1; k < mention.words.length; k++) {
      const pair = `${fold(mention.words[k - 1]!)} ${fold(mention.words[k]!)}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  /** How often the names write the usual word beside this word's neighbour (the more used side). */
  const besideSame = (words: readonly string[], k: number, usual: string): number =>
    Math.max(k > 0 ? (pairs.get(`${fold(words[k - 1]!)} ${usual}`) ?? 0) : 0, k + 1 < words.length ? (pairs.get(`${usual} ${fold(words[k + 1]!)}`) ?? 0) : 0);
  const slips: WordSlip[] = [];
  const nearOf = new Map<string, string[]>();
  const candidates = (key: string, use: WordUse): string[] => {
    if (GIVEN_NAMES.has(key) || facts.families.has(key)) return [];
    // A dictionary word is taken for a slip only where it stands once, in a name written often otherwise ("United Status").
    const dictionary = known(use.text);
    if (dictionary && use.count > 1) return [];
    const found: string[] = [];
    const near = new Set<string>();
    for (let i = 0; i <= key.length; i++) for (const other of index.get(i === key.length ? key : key.slice(0, i) + key.slice(i + 1)) ?? []) near.add(other);
    for (const other of near) {
      const theirs = uses.get(other)!;
      if (other === key || other[0] !== key[0] || use.count > theirs.count) continue;
      if (editDistance(key, other, 1) !== 1 || isInflection(key, other) || differsOnlyInEnding(key, other) || isGenderPair(key, other)) continue;
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
      if (!word && [...use.sentences].some((sentence) => theirs.sentences.has(sentence))) continue;
      found.push(other);
    }
    return found;
  };
  for (const mention of mentions) {
    if (mention.words.length < 2) continue;
    let cursor = 0;
    for (const [k, word] of mention.words.entries()) {
      const at = mention.text.indexOf(word, cursor);
      if (at < 0) break;
      cursor = at + word.length;
      if (!PLAIN_WORD.test(word)) continue;
      const key = fold(word);
      let near = nearOf.get(key);
      if (!near) nearOf.set(key, (near = candidates(key, uses.get(key)!)));
      for (const other of near) {
        const usual = uses.get(other)!;
        const corrected = mention.text.slice(0, at) + usual.text + mention.text.slice(at + word.length);
        // A word of four letters only in a name with a common word ("New Yurk"), not among the
        // short syllables of an Asian name ("Tran Minh Thoi" beside "Thai", "Phan" beside "Pham").
        if (Math.min(key.length, other.length) < 5 && !(known(usual.text) && mention.words.some((w, j) => j !== k && w.length >= 3 && !NAME_PARTICLES.has(w.toLowerCase()) && common(w)))) continue;
        // The usual word must be a person's name, or written in a name beside the same neighbour ("United States").
        const beside = besideSame(mention.words, k, other);
        if (known(word) ? beside < 3 : !GIVEN_NAMES.has(other) && !western.has(other) && beside === 0) continue;
        const confidence = !known(word) && (known(usual.text) || usual.count >= 3) ? 'high' : 'medium';
        slips.push({ mention, start: mention.start + at, end: mention.start + at + word.length, word, usual: usual.text, corrected, count: usual.count, firstAt: usual.first, confidence });
        break;
      }
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
  const lone = new Map<string, { form: NameForm; strong: number }>();
  for (const form of forms) {
    if (form.folded.length !== 1 || !PLAIN_WORD.test(form.text)) continue;
    const strong = (form.places as NameMention[]).filter((place) => {
      const cue = facts.cues.get(place);
      return cue === 'title' || cue === 'reporting';
    }).length;
    lone.set(form.folded[0]!, { form, strong });
  }
  if (lone.size === 0) return [];
  const index = new Map<string, string[]>();
  for (const key of lone.keys()) {
    for (const deleted of deletions(key, key.length >= 6 ? 2 : 1)) {
      const list = index.get(deleted);
      if (!list) index.set(deleted, [key]);
      else if (list.length < 8) list.push(key);
    }
  }
  const slips: WordSlip[] = [];
  for (const [family, all] of facts.families) {
    if (facts.alone.has(family) || family.length < 4) continue;
    // Only names written given name first have their family name last ("Nguyen Van Trung" does not).
    const people = all.filter((person) => GIVEN_NAMES.has(person.form.folded[0]!));
    const near = new Set<string>();
    for (const deleted of deletions(family, family.length >= 6 ? 2 : 1)) for (const other of index.get(deleted) ?? []) near.add(other);
    for (const person of people) {
      const { form } = person;
      const word = form.text.split(' ')[form.folded.lastIndexOf(family)] ?? '';
      // A common word is no slip here ("Tony Blare" needs a title: people.ts); a proper noun may be ("Vince").
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || inDictionary('en-US', family)) continue;
      const usual = [...near].find((other) => {
        const { form: theirs, strong } = lone.get(other)!;
        if (theirs.count < (strong >= 1 ? 2 : 3)) return false;
        // The lone name of another person in the text ("John Adams ... Adams" beside "Jane Addams").
        if (facts.families.get(other)?.some((them) => them.form.folded[0] !== form.folded[0])) return false;
        const distance = editDistance(family, other, 2);
        const reach = Math.min(family.length, other.length) >= 6 ? 2 : 1;
        if (other[0] !== family[0] || distance > reach || theirs.count <= form.count || isInflection(family, other) || isGenderPair(family, other, false)) return false;
        // "Jane Addams and Adams said": two people.
        return ![...form.sentences].some((sentence) => theirs.sentences.has(sentence));
      });
      if (!usual) continue;
      const theirs = lone.get(usual)!.form;
      // The lone spelling must outnumber every other spelling near the family name ("Hans Modrow",
      // "Modero" twice and "Modro" once: machine translation at sea, not one slip).
      let others = 0;
      for (const other of near) if (other !== usual && editDistance(family, other, 2) <= 2) others += lone.get(other)!.form.count;
      if (theirs.count <= form.count + others) continue;
      for (const mention of form.places as NameMention[]) {
        const at = mention.text.lastIndexOf(word);
        if (at < 0) continue;
        const corrected = mention.text.slice(0, at) + theirs.text + mention.text.slice(at + word.length);
        slips.push({ mention, start: mention.start + at, end: mention.start + at + word.length, word, usual: theirs.text, corrected, count: theirs.count, firstAt: theirs.first, confidence: 'high' });
      }
    }
  }
  return slips;
}
