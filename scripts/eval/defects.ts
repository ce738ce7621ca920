// The defects the synthetic set inserts; each picks its place at random and returns false when the
// document offers none.
import type { NameMention, Sentence, Token } from '../../src/types.js';
import { analysisOf, capitalise, freeParas, splice, wordCount, type Draft, type Para } from './draft.js';
import { misspellings } from './misspellings.js';

export type Defect = (draft: Draft) => boolean;

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghklmnprstvz';

function sentencesOf(para: Para): { sentence: Sentence; tokens: Token[] }[] {
  const analysis = analysisOf(para.text);
  return analysis.sentences.map((sentence) => ({ sentence, tokens: analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd) }));
}

const words = (tokens: Token[]) => tokens.filter((token) => token.type === 'word');

/** A copy of a paragraph, later in the document: exact, or with a word or two edited. */
function copyParagraph(edit: boolean): Defect {
  return (draft) => {
    const candidates = freeParas(draft, 20).filter((para) => draft.paras.indexOf(para) < draft.paras.length - 1);
    if (candidates.length === 0) return false;
    const original = draft.random.pick(candidates);
    const copy: Para = { text: original.text, used: true, marks: [] };
    let detail = 'exact copy';
    if (edit) {
      const tokens = words(analysisOf(original.text).tokens).filter((token) => token.start > 0);
      const victims = draft.random.shuffle([...tokens]).slice(0, 2).sort((a, b) => b.start - a.start);
      const vocabulary = words(draft.paras.flatMap((para) => analysisOf(para.text).tokens));
      for (const victim of victims) {
        const sameTag = vocabulary.filter((token) => token.pos === victim.pos && token.lower !== victim.lower);
        if (sameTag.length > 0 && draft.random.next() < 0.6) splice(copy, victim.start, victim.end, draft.random.pick(sameTag).text);
        else splice(copy, victim.start - (original.text[victim.start - 1] === ' ' ? 1 : 0), victim.end, '');
      }
      detail = `copy with ${victims.length} words changed or dropped`;
    }
    original.used = true;
    const from = draft.paras.indexOf(original);
    const at = from + 2 + draft.random.int(Math.max(1, draft.paras.length - from - 1));
    draft.paras.splice(Math.min(at, draft.paras.length), 0, copy);
    copy.marks.push({ ruleId: 'duplicate-paragraph', kind: edit ? 'edited-paragraph' : 'repeated-paragraph', detail, start: 0, end: copy.text.length, also: { para: original, start: 0, end: original.text.length } });
    return true;
  };
}

export const repeatedParagraph: Defect = copyParagraph(false);
export const editedParagraph: Defect = copyParagraph(true);

/** A sentence of one paragraph repeated at the end of a later one. */
export const repeatedSentence: Defect = (draft) => {
  const free = freeParas(draft, 8);
  const pairs = free.flatMap((from) => free.filter((to) => draft.paras.indexOf(to) > draft.paras.indexOf(from)).map((to) => [from, to] as const));
  if (pairs.length === 0) return false;
  const [from, to] = draft.random.pick(pairs);
  // A sentence of a longer paragraph, so that the paragraph it joins does not repeat a whole paragraph.
  const total = wordCount(from.text);
  const long = sentencesOf(from).filter(
    ({ sentence, tokens }) => words(tokens).length >= 8 && words(tokens).length <= 40 && words(tokens).length < 0.6 * total && /^\p{Lu}[^]*[.!?]["'”’]?$/u.test(sentence.text),
  );
  if (long.length === 0) return false;
  const { sentence } = draft.random.pick(long);
  from.used = true;
  to.used = true;
  const place = splice(to, to.text.length, to.text.length, ' ' + sentence.text);
  to.marks.push({ ruleId: 'duplicate-sentence', kind: 'repeated-sentence', detail: sentence.text, start: place.start + 1, end: place.end, also: { para: from, start: sentence.start, end: sentence.end } });
  return true;
};

/** Where a sentence's subject ends, when it opens with one ([DET] [ADJ/NOUN/PROPN...] or a pronoun) followed by a verb. */
function subjectEnd(tokens: Token[]): number | undefined {
  let i = 0;
  if (tokens[i]?.pos === 'PRON') i++;
  else {
    if (tokens[i]?.pos === 'DET') i++;
    while (i < tokens.length && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i]!.pos)) i++;
    if (i === 0 || !['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos)) return undefined;
  }
  return ['VERB', 'AUX'].includes(tokens[i]?.pos ?? '') ? i : undefined;
}

/** A sentence whose subject is dropped: "The minister said that..." → "Said that...". */
export const subjectless: Defect = (draft) => {
  const candidates = freeParas(draft).flatMap((para) =>
    sentencesOf(para)
      .filter(({ tokens }) => words(tokens).length >= 6 && subjectEnd(tokens) !== undefined)
      .map((item) => ({ para, ...item })),
  );
  if (candidates.length === 0) return false;
  const { para, sentence, tokens } = draft.random.pick(candidates);
  const verb = tokens[subjectEnd(tokens)!]!;
  const rest = para.text.slice(verb.start, sentence.end);
  const place = splice(para, sentence.start, sentence.end, capitalise(rest));
  para.used = true;
  para.marks.push({ ruleId: 'garbled-sentence', kind: 'subjectless-fragment', detail: para.text.slice(place.start, place.end), ...place });
  return true;
};

/** A sentence with every verb and auxiliary taken out. */
export const verbless: Defect = (draft) => {
  const candidates = freeParas(draft).flatMap((para) =>
    sentencesOf(para)
      .filter(({ tokens }) => words(tokens).length >= 6 && words(tokens).length <= 30 && tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX'))
      .map((item) => ({ para, ...item })),
  );
  // The first candidate, in random order, whose fragment does not put a word twice in a row ("to to").
  for (const { para, sentence, tokens } of draft.random.shuffle(candidates)) {
    let text = para.text.slice(sentence.start, sentence.end);
    for (const token of [...tokens].reverse()) {
      if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
      const from = token.start - sentence.start;
      const cut = from > 0 && text[from - 1] === ' ' ? from - 1 : from;
      text = text.slice(0, cut) + text.slice(token.end - sentence.start);
    }
    text = capitalise(text.trimStart());
    if (/\b(\p{L}+)\s+\1\b/iu.test(text)) continue;
    const place = splice(para, sentence.start, sentence.end, text);
    para.used = true;
    para.marks.push({ ruleId: 'garbled-sentence', kind: 'verbless-fragment', detail: text, ...place });
    return true;
  }
  return false;
};

/** A lower-case word from elsewhere in the document dropped between two words of a sentence. */
export const strayWord: Defect = (draft) => {
  const vocabulary = words(draft.paras.flatMap((para) => analysisOf(para.text).tokens)).filter(
    (token) => /^\p{Ll}{3,}$/u.test(token.text) && ['NOUN', 'VERB', 'ADJ', 'ADV'].includes(token.pos),
  );
  const candidates = freeParas(draft).flatMap((para) =>
    sentencesOf(para)
      .filter(({ tokens }) => words(tokens).length >= 6)
      .map((item) => ({ para, ...item })),
  );
  if (candidates.length === 0 || vocabulary.length === 0) return false;
  const { para, tokens } = draft.random.pick(candidates);
  const gaps = tokens.slice(1, -1).filter((token, i) => token.type === 'word' && tokens[i]!.type === 'word' && token.spaceBefore);
  if (gaps.length === 0) return false;
  const before = draft.random.pick(gaps);
  const neighbours = new Set([before.lower, tokens[tokens.indexOf(before) - 1]!.lower]);
  const word = draft.random.pick(vocabulary.filter((token) => !neighbours.has(token.lower))).lower;
  const place = splice(para, before.start, before.start, word + ' ');
  para.used = true;
  para.marks.push({ ruleId: 'garbled-sentence', kind: 'stray-word', detail: word, start: place.start, end: place.end - 1 });
  return true;
};

/** A word replaced by a real misspelling of it. */
export const misspelling: Defect = (draft) => {
  const { byRight } = misspellings();
  const candidates = freeParas(draft).flatMap((para) =>
    words(analysisOf(para.text).tokens)
      .filter((token) => token.lower.length >= 5 && byRight.has(token.lower) && /^\p{L}+$/u.test(token.text) && token.text.slice(1) === token.lower.slice(1))
      .map((token) => ({ para, token })),
  );
  if (candidates.length === 0) return false;
  // Pick a word first, then one of its places, so frequent words do not crowd out the rest.
  const chosen = draft.random.pick([...new Set(candidates.map(({ token }) => token.lower))].sort());
  const { para, token } = draft.random.pick(candidates.filter(({ token }) => token.lower === chosen));
  const wrong = draft.random.pick(byRight.get(token.lower)!);
  const written = /^\p{Lu}/u.test(token.text) ? capitalise(wrong) : wrong;
  const place = splice(para, token.start, token.end, written);
  para.used = true;
  para.marks.push({ ruleId: 'spelling', kind: 'misspelling', detail: `${token.text} → ${written}`, ...place });
  return true;
};

function alterLetter(word: string, draft: Draft): string | undefined {
  const positions = [...word].map((_, i) => i).filter((i) => i > 0 && /\p{Ll}/u.test(word[i]!) && /[a-z]/.test(word[i]!));
  if (positions.length === 0) return undefined;
  const at = draft.random.pick(positions);
  const pool = VOWELS.includes(word[at]!) ? VOWELS : CONSONANTS;
  const others = [...pool].filter((letter) => letter !== word[at]);
  return word.slice(0, at) + draft.random.pick(others) + word.slice(at + 1);
}

/**
 * One later mention of a multi-word name with one letter altered: the name repeated in full ("Lee Hsien
 * Loong" ... "Lee Hsien Loung"), or a person's name (written after a title) repeated in part ("Loung").
 */
export const nameVariant: Defect = (draft) => {
  const mentions = draft.paras.flatMap((para) => analysisOf(para.text).mentions.map((mention) => ({ para, mention })));
  const fullNames = new Set<string>();
  const personWords = new Set<string>();
  const candidates: { para: Para; mention: NameMention; word: string }[] = [];
  const alterable = (word: string) => word.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(word);
  for (const { para, mention } of mentions) {
    const repeated = fullNames.has(mention.text) ? mention.words : mention.words.filter((word) => personWords.has(word));
    if (!para.used) candidates.push(...repeated.filter(alterable).map((word) => ({ para, mention, word })));
    if (mention.words.length >= 2) {
      fullNames.add(mention.text);
      if (mention.title) for (const word of mention.words) personWords.add(word);
    }
  }
  if (candidates.length === 0) return false;
  const { para, mention, word } = draft.random.pick(candidates);
  const altered = alterLetter(word, draft);
  if (!altered) return false;
  const written = mention.text.replace(word, altered);
  const place = splice(para, mention.start, mention.end, written);
  para.used = true;
  para.marks.push({ ruleId: 'name-consistency', kind: 'name-variant', detail: `${mention.text} → ${written}`, ...place });
  return true;
};

/** The rule meant to find each kind of defect. */
export const KIND_RULE: Readonly<Record<string, string>> = {
  'repeated-paragraph': 'duplicate-paragraph',
  'edited-paragraph': 'duplicate-paragraph',
  'repeated-sentence': 'duplicate-sentence',
  'subjectless-fragment': 'garbled-sentence',
  'verbless-fragment': 'garbled-sentence',
  'stray-word': 'garbled-sentence',
  misspelling: 'spelling',
  'name-variant': 'name-consistency',
};

/** Every defect kind, in the order they are applied (structure first, the name variant last). */
export const DEFECTS: readonly [string, Defect][] = [
  ['repeated-paragraph', repeatedParagraph],
  ['edited-paragraph', editedParagraph],
  ['repeated-sentence', repeatedSentence],
  ['subjectless-fragment', subjectless],
  ['verbless-fragment', verbless],
  ['stray-word', strayWord],
  ['misspelling', misspelling],
  ['name-variant', nameVariant],
];
