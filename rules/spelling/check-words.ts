// spelling: each distinct word decided once; suggestions only for the words reported.
import { append } from '../../src/rule.js';
import type { Analysis, Finding, Token } from '../../src/types.js';
import { isCapitalised, skipReason, trimStop, wordOf, wordSkipReason } from './candidates.js';
import { inDictionary, otherDialect } from './dictionaries.js';
import { suggestsLowerWordWithinTwo } from './nearness.js';
import { isGluedToNumber, splitCamel, splitRun, splitsOffShortWord } from './glued.js';
import { documentVouches } from './evidence.js';
import { isKnown, isKnownPart, nearWord, type WordBook } from './known.js';
import { editDistance, suggestionsFor } from './suggest.js';
import { MemoFamily } from '../../src/memo.js';
import { wordTable } from './word-table.js';

/** Shortest capitalised unknown word compared with the document's own proper nouns ("Hanio" / "Hanoi"). */
const MIN_NEAR_NAME_LENGTH = 5;

/** One count for a word and its plural ("organoid", "organoids"): a final "s", "'s" or "’s" removed. */
function stemOf(lower: string): string {
  if (lower.length <= 4 || lower.charCodeAt(lower.length - 1) !== 115) return lower;
  const before = lower.charCodeAt(lower.length - 2);
  return lower.slice(0, before === 39 || before === 0x2019 ? -2 : -1);
}

/** Process-wide decisions, per set of personal words: is a word known; is a token text plainly fine. */
const knownMemos = new MemoFamily<boolean>('spelling:known');
const cleanMemos = new MemoFamily<boolean>('spelling:clean');

function personalKey(book: WordBook): string {
  return book.personal.size === 0 ? '' : [...book.personal].sort().join('\n');
}

/** The findings of unknown words and words run together, in document order. */
export function checkWords(analysis: Analysis, nameTokens: ReadonlySet<number>, book: WordBook): Finding[] {
  const { tokens } = analysis;
  const key = personalKey(book);
  const knownMemo = knownMemos.of(key);
  const decide = (word: string): boolean => isKnown(book, word);
  const known = (word: string): boolean => knownMemo.get(word, decide);
  // A known token text that is skipped or whose word is known passes whatever its context.
  const cleanMemo = cleanMemos.of(key);
  const isClean = (text: string): boolean => known(text) && (wordSkipReason(text) !== undefined || known(trimStop(text)));
  const table = wordTable(analysis);
  let counted: { counts: Map<string, number>; lowerCounts: Map<string, number>; namesWords: Set<string> } | undefined;
  const count = () => {
    if (counted) return counted;
    const counts = new Map<string, number>();
    // Summed over the distinct spellings, not the tokens (a token's `lower` is its text in lower case).
    const lowerCounts = new Map<string, number>();
    for (const { text, uses } of table.entries.values()) {
      counts.set(text, uses);
      const stem = stemOf(text.toLowerCase());
      lowerCounts.set(stem, (lowerCounts.get(stem) ?? 0) + uses);
    }
    const namesWords = new Set<string>();
    for (const index of nameTokens) if (tokens[index]?.type === 'word') namesWords.add(tokens[index]!.text);
    return (counted = { counts, lowerCounts, namesWords });
  };
  let documentWords: Set<string> | undefined;
  const suggest = (word: string, split?: string) =>
    suggestionsFor(word, book.primary, (documentWords ??= new Set(tokens.map((token) => token.lower))), split, split !== undefined && splitsOffShortWord(split));
  let properNouns: string[] | undefined;
  let findings: Finding[] | undefined;

  // The rarer path of a word that is not plainly fine, in its own function (too big for V8 to inline):
  // a deopt on one of its seldom-taken branches then recompiles only it, not the loop over every token.
  const checkUnclean = (i: number, token: Token): void => {
    const { counts, lowerCounts, namesWords } = count();
    const camel = !known(token.text) && !documentVouches(analysis, book, i, token.text, 0) ? splitCamel(book, token.text) : undefined;
    if (camel) {
      findings = append(findings, { start: token.start, end: token.end, reason: `Words run together: "${token.text}"`, actual: token.text, expected: [camel], fix: camel, data: { kind: 'glued' } });
      return;
    }
    if (skipReason(token) !== undefined || isFragment(tokens, i)) return;
    const word = wordOf(token);
    if (known(word) || (isHyphenated(tokens, i) && isKnownPart(book, word)) || documentVouches(analysis, book, i, word, lowerCounts.get(stemOf(token.lower)) ?? 0)) return;
    const end = token.start + word.length;

    if (isCapitalised(word)) {
      properNouns ??= knownProperNouns(counts.keys(), book);
      const near = nearProperNoun(word, properNouns, counts);
      if (near) {
        findings = append(findings, { start: token.start, end, reason: `"${word}" looks like a misspelling of "${near}", used elsewhere in this document`, actual: word, expected: [near], data: { kind: 'near-name' } });
        return;
      }
      // A capitalised word that is part of a name here or elsewhere, or used more than once, is a name;
      // but a lone word opening a sentence, used once and one slip from a common word, is a typo ("Recieving the...").
      const slip = word.length >= 5 && (counts.get(token.text) ?? 0) === 1 && opensSentenceAlone(analysis, i) && nearCommonWord(book, word);
      if (!slip && (nameTokens.has(token.index) || namesWords.has(token.text) || (counts.get(token.text) ?? 0) > 1 || besideCapitalised(tokens, i))) {
        return;
      }
    } else if (isNameParticle(tokens, i) || isHyphenatedNamePart(tokens, i) || isEtAl(tokens, i)) {
      return;
    }
    const split = /^\p{Ll}+$/u.test(word) ? splitRun(book, word) : undefined;
    // An unknown word with no dictionary word near it is more likely a term the dictionaries lack
    // (a loanword, a drug, a species, jargon) than a slip of the keyboard: stay silent.
    if (split === undefined && !nearCommonWord(book, word, 6)) return;
    const expected = suggest(word, split);
    const glued = split !== undefined && expected[0] === split;
    findings = append(findings, {
      start: token.start,
      end,
      reason: glued ? `Words run together: "${word}"` : `Unknown word "${word}"`,
      actual: word,
      expected,
      data: { kind: glued ? 'glued' : 'unknown' },
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next && gluedToNumber(book, token, next)) {
      const split = `${token.text} ${next.text}`;
      findings = append(findings, { start: token.start, end: next.end, reason: `Words run together: "${token.text}${next.text}"`, actual: token.text + next.text, expected: [split], fix: split, data: { kind: 'glued' } });
      i++;
      continue;
    }
    const entry = table.byToken[i];
    if (!entry) continue;
    if (entry.cleanFor !== key) {
      entry.clean = cleanMemo.get(entry.text, isClean);
      entry.cleanFor = key;
    }
    if (!entry.clean) checkUnclean(i, token);
  }
  return findings ?? [];
}

/**
 * Part of a longer string the tokeniser split: a path or identifier ("duyet/vietnamese-namedb",
 * "news.cn", "user_name"), or a word glued to a symbol ("[Source:Xinhua]", ":X" taken for an emoticon).
 */
function isFragment(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!token.spaceBefore && previous && (previous.type === 'emoji' || /[\p{L}\d]$/u.test(previous.text))) return true;
  let first = i;
  while (first > 0 && !tokens[first]!.spaceBefore) first--;
  let last = i;
  while (last + 1 < tokens.length && !tokens[last + 1]!.spaceBefore) last++;
  for (let j = first; j < last; j++) if (/^[./\\_@:]$/.test(tokens[j]!.text) && j > first) return true;
  return false;
}

/**
 * True when a common (lower-case) word is one edit away, or, for a word of `twoEditsFrom` letters or
 * more (8 by default: longer than most names), when the dictionary suggests a lower-case word within
 * two edits ("Nessecary").
 */
function nearCommonWord(book: WordBook, word: string, twoEditsFrom = 8): boolean {
  return nearCommonMemos.of(book.primary).get(`${twoEditsFrom}|${word}`, () => decideNearCommon(book, word, twoEditsFrom));
}

/** nearCommonWord's answers per primary dialect (its suggestions come from that dictionary), by threshold and word. */
const nearCommonMemos = new MemoFamily<boolean>('spelling:near-common-word');

function decideNearCommon(book: WordBook, word: string, twoEditsFrom: number): boolean {
  const lower = word.toLowerCase();
  if (nearWord(book, lower)) return true;
  if (word.length < twoEditsFrom) return false;
  return suggestsLowerWordWithinTwo(book.primary, lower);
}

/** Words after which a capitalised word is someone's name: "Corby says", "Sharpin, a journalist". */
const AFTER_NAMES = new Set([',', 'says', 'said', 'told', 'added', 'noted', 'stated', 'wrote', 'explained', 'argued', 'believes', 'thinks', 'and']);

/**
 * The first word of its sentence (after any opening quote or bracket), not the start of a name:
 * not followed by another capitalised word, a name particle, a comma or a reporting verb.
 */
function opensSentenceAlone(analysis: Analysis, i: number): boolean {
  const { tokens, sentences } = analysis;
  const token = tokens[i]!;
  const start = sentences[token.sentence]!.tokenStart;
  for (let j = start; j < i; j++) if (tokens[j]!.type !== 'punctuation') return false;
  const next = tokens[i + 1];
  if (!next || next.sentence !== token.sentence) return true;
  return !isCapitalised(next.text) && !NAME_PARTICLES.has(next.text) && !AFTER_NAMES.has(next.lower) && !/^['’]s$/.test(next.text);
}

/** "et al." in a citation. */
function isEtAl(tokens: Token[], i: number): boolean {
  return tokens[i]!.text === 'et' && /^al\.?$/.test(tokens[i + 1]?.text ?? '');
}

/** Lower-case words inside names: "Ursula von der Leyen", "Bashar al-Assad". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'binti', 'ibn', 'dos', 'das', 'ten', 'ter', 'zu', 'af']);

function isNameParticle(tokens: Token[], i: number): boolean {
  let j = i;
  while (NAME_PARTICLES.has(tokens[j]?.text ?? '')) j++; // "von der"
  const next = tokens[j];
  return j > i && next !== undefined && next.sentence === tokens[i]!.sentence && isCapitalised(next.text);
}

/** A word joined by a hyphen to the word before or after it ("no-brainer", "brainer-in-chief"). */
function isHyphenated(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before?.text === '-' && !before.spaceBefore && !tokens[i]!.spaceBefore) || (after?.text === '-' && !after.spaceBefore);
}

/** The lower-case part of a hyphenated name: "Kim Jong-un", "Ri Sol-ju". */
function isHyphenatedNamePart(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const before = tokens[i - 2];
  return hyphen?.text === '-' && !tokens[i]!.spaceBefore && !hyphen.spaceBefore && before !== undefined && isCapitalised(before.text);
}

/** A capitalised word next to another capitalised word of the same sentence: part of a multi-word name. */
function besideCapitalised(tokens: Token[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some(
    (other) => other !== undefined && other.type === 'word' && other.sentence === tokens[i]!.sentence && isCapitalised(other.text) && !/^(?:The|A|An)$/.test(other.text),
  );
}

/** "5thplenum": an ordinal or number with a word glued to it, without a space. */
function gluedToNumber(book: WordBook, token: Token, next: Token): boolean {
  if (next.spaceBefore || next.type !== 'word' || next.sentence !== token.sentence) return false;
  if (!/^\d+(?:st|nd|rd|th)?$/i.test(token.text)) return false;
  return isGluedToNumber(book, token.text, next.text);
}

/** Capitalised words of the document (its distinct word texts, in order of first use) that the dictionary knows only as proper nouns ("Singaporean", "Hanoi"). */
function knownProperNouns(wordTexts: Iterable<string>, book: WordBook): string[] {
  const memo = properNounMemos.of(book.primary);
  const decide = (text: string): boolean => isProperNounOnly(book, text);
  const found: string[] = [];
  for (const text of wordTexts) if (memo.get(text, decide)) found.push(text);
  return found;
}

/** Whether a word token's text is a capitalised word the dictionary knows only as a proper noun, per primary dialect. */
const properNounMemos = new MemoFamily<boolean>('spelling:proper-noun-only');

function isProperNounOnly(book: WordBook, text: string): boolean {
  if (wordSkipReason(text) !== undefined || !isCapitalised(text)) return false;
  const lower = text.toLowerCase();
  const dictionary = inDictionary(book.primary, text) ? book.primary : otherDialect(book.primary);
  return inDictionary(dictionary, text) && !inDictionary(dictionary, lower);
}

/**
 * A proper noun one edit away, with the same first letter, used at least as often as the unknown word,
 * which itself is used at most twice (a spelling used throughout is a variant of the name, not a slip).
 */
function nearProperNoun(word: string, properNouns: string[], counts: ReadonlyMap<string, number>): string | undefined {
  if (word.length < MIN_NEAR_NAME_LENGTH) return undefined;
  const uses = counts.get(word) ?? 0;
  if (uses > 2) return undefined;
  const lower = word.toLowerCase();
  return properNouns.find(
    (noun) =>
      Math.abs(noun.length - word.length) <= 1 &&
      noun[0]!.toLowerCase() === lower[0] &&
      !isLanguageForm(word, noun) &&
      (counts.get(noun) ?? 0) >= uses &&
      editDistance(lower, noun.toLowerCase()) === 1,
  );
}

/** The same name in another language, a vowel added at the end: "Paulo" / "Paul", "Roberta" / "Robert". */
function isLanguageForm(word: string, noun: string): boolean {
  return word.length === noun.length + 1 && word.startsWith(noun) && /[aeio]$/.test(word);
}
