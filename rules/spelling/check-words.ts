// spelling: each distinct word decided once; suggestions only for the words reported.
import { append } from '../../src/rule.js';
import type { Analysis, Finding, Token } from '../../src/types.js';
import { isCapitalised, skipReason, trimStop, wordOf, wordSkipReason } from './candidates.js';
import { inDictionary, otherDialect } from './dictionaries.js';
import { beginsLongerWord, lowerWordTrie, searchTrie, someOneEdit, suggestsLowerWordWithinTwo } from './nearness.js';
import { frequencyRank, mostFrequentWords } from './frequency.js';
import { GIVEN_NAMES } from '../name-consistency/given-names.js';
import { isGlueWord, isGluedToNumber, isCamelBrand, splitCamel, splitCapitalised, splitRun, splitsOffShortWord } from './glued.js';
import { documentVouches } from './evidence.js';
import { FUNCTION_WORDS, isHyphenPrefix, isKnown, isPrefixedWord, isKnownPart, nearWord, type WordBook } from './known.js';
import { editDistance, suggestionsFor } from './suggest.js';
import { MemoFamily } from '../../src/memo.js';
import { wordTable } from './word-table.js';
import { amidForeignWords, foreignParagraphs } from './language.js';
import { elongationBases, inForeignPhrase } from './phrases.js';
import { MAX_CHECKED_WORD_LENGTH, MAX_SEARCHED_WORDS_PER_DOCUMENT } from './limits.js';

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
  const { tokens, sentences } = analysis;
  const foreign = foreignParagraphs(analysis).paragraphs;
  const key = personalKey(book);
  const knownMemo = knownMemos.of(key);
  const decide = (word: string): boolean => isKnown(book, word);
  const known = (word: string): boolean => knownMemo.get(word, decide);
  // A known token text that is skipped or whose word is known passes whatever its context.
  const cleanMemo = cleanMemos.of(key);
  // A capitalised word known only as a compound may be a name run into a word ("Bakerbrought"): looked at in context.
  const isClean = (text: string): boolean => known(text) && (wordSkipReason(text) !== undefined || (known(trimStop(text)) && !capitalisedCompound(book, text)));
  const table = wordTable(analysis);
  let counted: { counts: Map<string, number>; lowerCounts: Map<string, number>; namesWords: Set<string>; lowerWords: Set<string> } | undefined;
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
    const lowerWords = new Set<string>();
    for (const text of counts.keys()) lowerWords.add(text.toLowerCase());
    return (counted = { counts, lowerCounts, namesWords, lowerWords });
  };
  let documentWords: Set<string> | undefined;
  const suggest = (word: string, split?: string) =>
    suggestionsFor(word, book.primary, (documentWords ??= new Set(tokens.map((token) => token.lower))), split, split !== undefined && splitsOffShortWord(split));
  let properNouns: ReadonlyMap<string, string[]> | undefined;
  let titleWords: TitleWords | undefined;
  // Dictionary searches cost about 40 ms a word: a bounded number per document.
  const searched = new Set<string>();
  const maySearch = (word: string): boolean => searched.has(word) || (searched.size < MAX_SEARCHED_WORDS_PER_DOCUMENT && searched.add(word) !== undefined);
  let findings: Finding[] | undefined;

  // The rarer path of a word that is not plainly fine, in its own function (too big for V8 to inline):
  // a deopt on one of its seldom-taken branches then recompiles only it, not the loop over every token.
  const checkUnclean = (i: number, token: Token): void => {
    const { counts, lowerCounts, namesWords } = count();
    const camel = !known(token.text) && !documentVouches(analysis, book, i, token.text, 0) && !isCamelBrand(token.text, counts.get(token.text) ?? 0) ? splitCamel(book, token.text) : undefined;
    if (camel) {
      findings = append(findings, { start: token.start, end: token.end, reason: `Words run together: "${token.text}"`, actual: token.text, expected: [camel], fix: camel, data: { kind: 'glued' } });
      return;
    }
    if (skipReason(token) !== undefined || isFragment(tokens, i) || isTruncated(analysis, book, i)) return;
    const word = wordOf(token);
    const end = token.start + word.length;
    if (isCapitalised(word) && (counts.get(token.text) ?? 0) === 1 && !book.personal.has(word)) {
      // A word opening a sentence before a comma or a reporting verb may be someone's name ("Sharpin, a journalist").
      const place: LeadPlace = { opening: startsSentence(analysis, i), beforeNameCue: AFTER_NAMES.has(tokens[i + 1]?.lower ?? ''), inTitle: afterTitleWord(book, analysis, i), inName: afterCapitalised(tokens, i), afterDeterminer: DETERMINERS.has(tokens[i - 1]?.lower ?? ''), beforeName: beforeCapitalised(tokens, i) };
      // A common given name before a capitalised word is a person's name ("Markus Landgraf" is no "Mark us").
      const givenName = place.beforeName && GIVEN_NAMES.has(word.toLowerCase());
      const glued = givenName ? undefined : splitCapitalised(book, word, capitalisedLead(book, counts, place));
      if (glued) {
        const fix = nearWord(book, word.toLowerCase()) ? undefined : glued;
        findings = append(findings, { start: token.start, end, reason: `Words run together: "${word}"`, actual: word, expected: [glued], ...(fix ? { fix } : {}), data: { kind: 'glued' } });
        return;
      }
    }
    if (known(word) || (isHyphenated(tokens, i) && (isKnownPart(book, word) || (tokens[i + 1]?.text === '-' && isHyphenPrefix(token.lower)) || clippedPair(tokens, i))) || documentVouches(analysis, book, i, word, lowerCounts.get(stemOf(token.lower)) ?? 0)) return;
    if (inPhrase(tokens, i) || elongationBases(word.toLowerCase()).some((base) => known(base))) return;

    if (isCapitalised(word)) {
      // The plural or possessive of a name: "the Grammys", "the Herricks".
      if (/s$/.test(word) && (counts.has(word.slice(0, -1)) || isProperNounOnly(book, word.slice(0, -1)))) return;
      const uses = counts.get(token.text) ?? 0;
      properNouns ??= byFirstLetter(knownProperNouns(counts.keys(), book));
      const near = nearProperNoun(word, properNouns, counts);
      // A surname after a common given name is no slip of a capitalised common word ("Meryl Streep" beside "Street").
      // (A given name that is no common word: "Boy Sgouts" is still "Boy Scouts".)
      const afterGivenName = GIVEN_NAMES.has(tokens[i - 1]?.lower ?? '') && isCapitalised(tokens[i - 1]!.text) && !inEitherDictionary(tokens[i - 1]!.lower);
      // (A word written so once may be the slip: "William Parrott" ... "arrested Parrot".)
      const surname = near !== undefined && afterGivenName && inEitherDictionary(near.toLowerCase()) && (counts.get(near) ?? 0) >= 2;
      if (near && !surname && !differentPeople(analysis, word, near) && !namesSomeoneElse(analysis, i, near)) {
        findings = append(findings, { start: token.start, end, reason: `"${word}" looks like a misspelling of "${near}", used elsewhere in this document`, actual: word, expected: [near], data: { kind: 'near-name' } });
        return;
      }
      // A common word the document also writes with a capital, misspelt once: "Deparment of State", "Worls War".
      const title = uses === 1 && word.length >= 5 ? (titleWords ??= capitalisedCommonWords(book, counts)).near(word) : undefined;
      if (title && !(afterGivenName && (counts.get(title) ?? 0) >= 2) && !namesSomeoneElse(analysis, i, title)) {
        findings = append(findings, { start: token.start, end, reason: `"${word}" looks like a misspelling of "${title}", used elsewhere in this document`, actual: word, expected: [title], data: { kind: 'near-title' } });
        return;
      }
      // A capitalised word that is part of a name here or elsewhere, or used more than once, is a name;
      // but a lone word opening a sentence, used once and one slip from a common word, is a typo ("Recieving the...").
      const lower = word.toLowerCase();
      const slip =
        word.length >= 5 &&
        uses === 1 &&
        ((opensSentenceAlone(analysis, i) && maySearch(word) && nearCommonWord(book, word)) ||
          swapsUsedWord(lower, count().lowerWords) ||
          (startsSentence(analysis, i) && tokens[i + 1]?.text === ',' && nearConnective(lower)) ||
          swapsCommonWord(lower) ||
          (inPlaceName(book, tokens, i) && !titledNames(analysis).has(i) && slipInside(book, lower)));
      if (!slip && (nameTokens.has(token.index) || namesWords.has(token.text) || (counts.get(token.text) ?? 0) > 1 || besideCapitalised(tokens, i))) {
        return;
      }
    } else if (isNameParticle(tokens, i) || isHyphenatedNamePart(tokens, i) || isEtAl(tokens, i) || amidForeignWords(tokens, i, inEitherDictionary)) {
      return;
    }
    if (!maySearch(word)) return;
    const split = /^\p{Ll}+$/u.test(word) ? splitRun(book, word) : undefined;
    // An unknown word with no dictionary word near it is more likely a term the dictionaries lack
    // (a loanword, a drug, a species, jargon) than a slip of the keyboard: stay silent.
    const scrambled = split === undefined && /^\p{Ll}+$/u.test(word) ? scrambledCommonWord(word) : undefined;
    if (split === undefined && scrambled === undefined && !nearCommonWord(book, word, 6)) return;
    const suggested = suggest(word, split);
    const expected = suggested.length > 0 || !/^\p{Ll}+$/u.test(word) ? suggested : scrambled ? [scrambled] : commonWordsWithinTwo(book, word).slice(0, 3);
    const glued = split !== undefined && expected[0] === split;
    // One split and no dictionary word a slip away: the split is clearly what was meant.
    const fix = glued && !nearWord(book, word.toLowerCase()) ? split : undefined;
    findings = append(findings, {
      start: token.start,
      end,
      reason: glued ? `Words run together: "${word}"` : `Unknown word "${word}"`,
      actual: word,
      expected,
      ...(fix ? { fix } : {}),
      data: { kind: glued ? 'glued' : 'unknown' },
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (foreign.size > 0 && foreign.has(sentences[token.sentence]!.paragraph)) continue;
    if (next && gluedToNumber(book, token, next)) {
      const split = `${token.text} ${next.text}`;
      findings = append(findings, { start: token.start, end: next.end, reason: `Words run together: "${token.text}${next.text}"`, actual: token.text + next.text, expected: [split], fix: split, data: { kind: 'glued' } });
      i++;
      continue;
    }
    const entry = table.byToken[i];
    if (!entry || token.text.length > MAX_CHECKED_WORD_LENGTH) continue; // a hash, base64 or DNA string: no lookup, edit search or suggestion
    if (next?.text === '-') {
      const broken = hyphenBroken(book, tokens, i);
      if (broken) {
        findings = append(findings, broken);
        i += 2;
        continue;
      }
    }
    if (entry.cleanFor !== key) {
      entry.clean = cleanMemo.get(entry.text, isClean);
      entry.cleanFor = key;
    }
    if (!entry.clean) checkUnclean(i, token);
  }
  return findings ?? [];
}

/**
 * The last word of a teaser cut short with an ellipsis, as pages list other stories ("... One Student is Burne..."):
 * the start of a longer dictionary word, right before an ellipsis that ends the paragraph.
 */
function isTruncated(analysis: Analysis, book: WordBook, i: number): boolean {
  const { tokens, sentences } = analysis;
  const ellipsis = tokens[i + 1];
  if (!ellipsis || ellipsis.spaceBefore || !/^(?:\.{3,}|…)$/.test(ellipsis.text)) return false;
  const after = tokens[i + 2];
  if (after && sentences[after.sentence]!.paragraph === sentences[ellipsis.sentence]!.paragraph) return false;
  return beginsLongerWord(lowerWordTrie(book.primary), tokens[i]!.lower);
}

/**
 * Part of a longer string the tokeniser split: a path or identifier ("duyet/vietnamese-namedb",
 * "news.cn", "user_name"), or a word glued to a symbol ("[Source:Xinhua]", ":X" taken for an emoticon).
 */
function isFragment(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  // A word glued to a letter, digit or emoji, or to the asterisks of a censored word ("f***ing").
  if (!token.spaceBefore && previous && (previous.type === 'emoji' || /[\p{L}\d*]$/u.test(previous.text))) return true;
  let first = i;
  while (first > 0 && !tokens[first]!.spaceBefore) first--;
  let last = i;
  while (last + 1 < tokens.length && !tokens[last + 1]!.spaceBefore) last++;
  // A separator between letters or digits ("news.cn"), not a full stop before a closing quote ('"principles."').
  for (let j = first + 1; j < last; j++) if (/^[./\\_@:]$/.test(tokens[j]!.text) && /^[\p{L}\d]/u.test(tokens[j + 1]!.text)) return true;
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
  return suggestsLowerWordWithinTwo(book.primary, lower) || commonWordsWithinTwo(book, lower).length > 0;
}

/** Rank (by frequency of use) below which a word is common enough to be the word meant two slips away. */
const COMMON_RANK = 10_000;

/**
 * For a long word that is itself not in common use: common words within two edits that keep its first letter
 * ("permenant" -> "permanent", "beaurocracy" -> "bureaucracy", where nspell's search suggests nothing), nearest and
 * commonest first.
 */
function commonWordsWithinTwo(book: WordBook, lower: string): string[] {
  if (lower.length < 8 || !/^[a-z]+$/.test(lower) || frequencyRank(lower) < COMMON_RANK * 4) return [];
  // A long word may be two slips from a rarer word that keeps its first two letters ("contempory", "soverignity"; not
  // "andrological" / "astrological"), unless it is a word and a suffix.
  const rarer = lower.length >= 10 && !wordAndSuffix(lower);
  return searchTrie(lowerWordTrie(book.primary), lower, 2)
    .filter(({ word }) => word[0] === lower[0] && (frequencyRank(word) < COMMON_RANK || (rarer && word[1] === lower[1] && frequencyRank(word) < COMMON_RANK * 4)))
    .sort((a, b) => a.distance - b.distance || frequencyRank(a.word) - frequencyRank(b.word))
    .map(({ word }) => word);
}

/** Suffixes that make new words of known ones, the dictionaries lacking many ("presumptive-ly", "restriction-ism"). */
const DERIVING_SUFFIXES = 'ly ally al ive ives ion ions ation ations ism isms ist ists'.split(' ');

/** A dictionary word (or one without its final "e") and a deriving suffix: "congressional-ly", "duplicat-ive". */
function wordAndSuffix(lower: string): boolean {
  return DERIVING_SUFFIXES.some((suffix) => {
    if (!lower.endsWith(suffix)) return false;
    const stem = lower.slice(0, -suffix.length);
    return stem.length >= 4 && [stem, `${stem}e`].some((base) => inEitherDictionary(base) || inEitherDictionary(base[0]!.toUpperCase() + base.slice(1)));
  });
}

/** Rank below which a word is so common that its letters scrambled are a slip, not a term: "which", "would". */
const SCRAMBLE_RANK = 1000;
let commonByLetters: Map<string, string> | undefined;

/** A common word whose letters a short word scrambles within two slips ("hwihc" for "which", "owudl" for "would"). */
function scrambledCommonWord(lower: string): string | undefined {
  if (lower.length < 4 || lower.length > 7) return undefined;
  if (!commonByLetters) {
    commonByLetters = new Map();
    for (const word of mostFrequentWords(SCRAMBLE_RANK)) if (/^[a-z]{4,7}$/.test(word) && inEitherDictionary(word)) commonByLetters.set([...word].sort().join(''), word);
  }
  const found = commonByLetters.get([...lower].sort().join(''));
  return found !== undefined && editDistance(lower, found) <= 2 ? found : undefined;
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

/** Words that open a sentence before a comma: connectives and sentence adverbs. */
const CONNECTIVES = new Set(
  'however nevertheless nonetheless therefore moreover furthermore meanwhile instead otherwise likewise besides hence thus indeed still overall yet'.split(' '),
);

/**
 * One slip from a connective or an adverb in -ly of six letters or more ("Howver,", "Neverthless,", "Finaly,"): at a
 * sentence start before a comma such a word is not the name it might otherwise be ("Sharpin, a journalist").
 */
function nearConnective(lower: string): boolean {
  return someOneEdit(lower, 0, lower.length + 1, lower.length, (word) => CONNECTIVES.has(word) || (word.length >= 6 && word.endsWith('ly') && inEitherDictionary(word)));
}

/** "et al." in a citation. */
function isEtAl(tokens: Token[], i: number): boolean {
  return tokens[i]!.text === 'et' && /^al\.?$/.test(tokens[i + 1]?.text ?? '');
}

/** Lower-case words inside names: "Ursula von der Leyen", "Bashar al-Assad". */
const NAME_PARTICLES = new Set(['des', 'duc', 'comte', 'vicomte', 'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'do', 'del', 'della', 'dei', 'degli', 'la', 'le', 'los', 'las', 'al', 'el', 'bin', 'binti', 'ibn', 'dos', 'das', 'ten', 'ter', 'zu', 'af']);

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

/** Two clipped words joined by a hyphen, each of three letters or fewer: "hi-vis", "lo-res", "sci-fi". */
function clippedPair(tokens: Token[], i: number): boolean {
  const other = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i + 2];
  return tokens[i]!.text.length <= 3 && other !== undefined && other.type === 'word' && other.text.length <= 3 && tokens[i + 3]?.text !== '-' && tokens[i - 3]?.text !== '-';
}

/**
 * The lower-case part of a hyphenated name: "Kim Jong-un", "Ri Sol-ju"; not a word after a dictionary's proper
 * noun ("Serbian-controled" is checked), unless short as name syllables are.
 */
function isHyphenatedNamePart(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const before = tokens[i - 2];
  if (hyphen?.text !== '-' || tokens[i]!.spaceBefore || hyphen.spaceBefore || before === undefined || !isCapitalised(before.text)) return false;
  return tokens[i]!.text.length <= 4 || !inEitherDictionary(before.text);
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

interface TitleWords {
  /** The capitalised common word of the document one edit from `word` (same first letter), if any. */
  near(word: string): string | undefined;
}

/**
 * The document's common words of five letters or more that it writes with a capital ("Department", "World",
 * "Great"): names of bodies, titles, fixed phrases.
 */
function capitalisedCommonWords(book: WordBook, counts: ReadonlyMap<string, number>): TitleWords {
  const byLower = new Map<string, string>();
  for (const text of counts.keys()) {
    const lower = text.toLowerCase();
    if (text.length < 5 || text === lower || !isCapitalised(text) || byLower.has(lower)) continue;
    if (wordSkipReason(text) === undefined && inEitherDictionary(lower) && !FUNCTION_WORDS.has(lower)) byLower.set(lower, text);
  }
  // By first letter: a word is compared only with those of its first letter and about its length.
  const byFirst = new Map<string, string[]>();
  for (const lower of byLower.keys()) byFirst.set(lower[0]!, [...(byFirst.get(lower[0]!) ?? []), lower]);
  return {
    near(word) {
      const lower = word.toLowerCase();
      const candidates = byFirst.get(lower[0]!);
      if (!candidates) return undefined;
      const match = candidates.find((candidate) => Math.abs(candidate.length - lower.length) <= 1 && editDistance(lower, candidate) === 1);
      const found = match === undefined ? undefined : byLower.get(match)!;
      // "Augusto" beside "August" is the name in another language; "Blisses" the plural of a name.
      return found && !isLanguageForm(word, found) && !isPluralOf(word, found) ? found : undefined;
    },
  };
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

function isProperNounOnly(book: WordBook, text: string, pinyinShaped = false): boolean {
  const skip = wordSkipReason(text);
  if ((skip !== undefined && !(pinyinShaped && skip === 'pinyin')) || !isCapitalised(text)) return false;
  const lower = text.toLowerCase();
  const dictionary = inDictionary(book.primary, text) ? book.primary : otherDialect(book.primary);
  return inDictionary(dictionary, text) && !inDictionary(dictionary, lower);
}

/**
 * A proper noun one edit away, with the same first letter, used at least as often as the unknown word,
 * which itself is used at most twice (a spelling used throughout is a variant of the name, not a slip).
 */
function nearProperNoun(word: string, properNouns: ReadonlyMap<string, string[]>, counts: ReadonlyMap<string, number>): string | undefined {
  if (word.length < MIN_NEAR_NAME_LENGTH) return undefined;
  const uses = counts.get(word) ?? 0;
  if (uses > 2) return undefined;
  const lower = word.toLowerCase();
  return properNouns.get(lower[0]!)?.find(
    (noun) =>
      Math.abs(noun.length - word.length) <= 1 &&
      noun[0]!.toLowerCase() === lower[0] &&
      !isLanguageForm(word, noun) &&
      !isPluralOf(word, noun) &&
      (counts.get(noun) ?? 0) >= uses &&
      editDistance(lower, noun.toLowerCase()) === 1,
  );
}

/** Proper nouns by their first letter in lower case (each list in the order given): nearProperNoun looks in one. */
function byFirstLetter(nouns: readonly string[]): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const noun of nouns) {
    const key = noun[0]!.toLowerCase();
    const list = lists.get(key);
    if (list) list.push(noun);
    else lists.set(key, [noun]);
  }
  return lists;
}

/** The plural of a name, or the name the plural of this one: "the Herricks" beside "Herrick", "Baltics" beside "Baltic". */
function isPluralOf(word: string, noun: string): boolean {
  return word === `${noun}s` || noun === `${word}s`;
}

/** The same name in another language, a vowel added at the end: "Paulo" / "Paul", "Roberta" / "Robert". */
function isLanguageForm(word: string, noun: string): boolean {
  return word.length === noun.length + 1 && word.startsWith(noun) && /[aeio]$/.test(word);
}

/**
 * "dele-gation" -> "delegation": two parts joined by a hyphen that make a dictionary word, where a part is not a
 * word (nor a prefix) and the hyphenated form is not itself a dictionary word.
 */
function hyphenBroken(book: WordBook, tokens: Token[], i: number): Finding | undefined {
  const left = tokens[i]!;
  const hyphen = tokens[i + 1]!;
  const right = tokens[i + 2];
  if (!right || right.type !== 'word' || hyphen.spaceBefore || right.spaceBefore || tokens[i + 3]?.text === '-' || tokens[i - 1]?.text === '-') return undefined;
  if (!/^\p{L}\p{Ll}+$/u.test(left.text) || !/^\p{Ll}+$/u.test(right.text) || isHyphenPrefix(left.lower)) return undefined;
  const joined = left.text + right.text;
  if (joined.length < 6 || inEitherDictionary(`${left.lower}-${right.lower}`)) return undefined;
  const leftKnown = isKnownPart(book, left.text.toLowerCase());
  const rightKnown = isKnownPart(book, right.text);
  if (leftKnown && rightKnown) return undefined;
  // A dictionary word, or a regular derivation of one when neither part is a word ("ree-ngagement").
  if (!inEitherDictionary(joined.toLowerCase()) && (leftKnown || rightKnown || !isKnown(book, joined.toLowerCase()))) return undefined;
  const actual = `${left.text}-${right.text}`;
  return { start: left.start, end: right.end, reason: `Word broken by a hyphen: "${actual}"`, actual, expected: [joined], fix: joined, data: { kind: 'hyphen-broken' } };
}

function inEitherDictionary(word: string): boolean {
  return inDictionary('en-US', word) || inDictionary('en-GB', word);
}

/** The first word of its sentence, after any opening quote or bracket. */
function startsSentence(analysis: Analysis, i: number): boolean {
  const { tokens, sentences } = analysis;
  for (let j = sentences[tokens[i]!.sentence]!.tokenStart; j < i; j++) if (tokens[j]!.type !== 'punctuation') return false;
  return true;
}

/** Where a capitalised word stands, for telling a word run into its neighbour from a name. */
interface LeadPlace {
  /** First word of its sentence. */
  opening: boolean;
  /** Followed by a comma or a reporting verb, as names are ("Sharpin, a journalist", "Corby says"). */
  beforeNameCue: boolean;
  /** After a capitalised common word of a title ("Foreign Service|nationals", "Bachelor of Science|degree"). */
  inTitle: boolean;
  /** After another capitalised word of the sentence: the last word of a name ("Silas Deane|was"). */
  inName: boolean;
  /** Before another capitalised word of the sentence: the first word of a name ("Farhad Mesami"). */
  beforeName: boolean;
  /** After "the", "his", "its"...: a common noun phrase ("the Union|cause"). */
  afterDeterminer: boolean;
}

const DETERMINERS = new Set('the his her its their our this that a an'.split(' '));

/** The word before is a capitalised word of the same sentence (not "The", "A", "An"). */
function afterCapitalised(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.type === 'word' && before.sentence === tokens[i]!.sentence && isCapitalised(before.text) && !/^(?:The|A|An)$/.test(before.text);
}

/** The word after is a capitalised word of the same sentence. */
function beforeCapitalised(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  return after !== undefined && after.type === 'word' && after.sentence === tokens[i]!.sentence && isCapitalised(after.text);
}

/** Words that end no name: run into the last word of a name whatever it is ("Silas Deane|was"; not "her": "Fletcher"). */
const NAME_ENDS_GLUE = new Set('was were which itself himself herself'.split(' '));

/**
 * Which left parts may lead a capitalised word run together: a proper noun of the dictionary or a capitalised
 * word of this document ("Hanoi|visited", "British|navy"), or, opening a sentence, a known word where one of the
 * two is a function word ("According|to", "In|his", "The|agreement"; not "Face|book" or "Micro|soft"), or a
 * capitalised common word of a title run into the word after the title ("Good Neighbor|policy").
 */
function capitalisedLead(book: WordBook, counts: ReadonlyMap<string, number>, place: LeadPlace): (left: string, right: string) => boolean {
  return (left, right) => {
    const documentName = (counts.get(left) ?? 0) > 0 && !isGlueWord(left);
    // A longer word after a name must be one the document uses ("Germany|enough"; not "West|moreland", "Eagle|burger"),
    // or a dictionary word after a capitalised word the document uses elsewhere ("British|navy").
    const used = right.length >= 5 && (counts.get(right) ?? 0) > 0;
    // A proper noun of the dictionary (with letters of pinyin too: "Mexico|opted"), or its plural ("Bostonians|felt").
    const properOnly = left.length >= 4 && (isProperNounOnly(book, left, true) || (left.endsWith('s') && isProperNounOnly(book, left.slice(0, -1))));
    if ((documentName || properOnly) && !(place.opening && place.beforeNameCue)) {
      if (NAME_GLUE.has(right) || readsAsPredicate(right) || used) return true;
      // A common word the document writes with a capital elsewhere, after a determiner, run into a noun ("his Senate|term").
      if (documentName && place.afterDeterminer && !properOnly && right.length >= 4 && inEitherDictionary(left.toLowerCase()) && inEitherDictionary(right)) return true;
      // A people's or a country's adjective before a noun ("British|navy", "Russian|woman", "American|law" when the
      // document uses "law"); not a name's compound ("Reich|marks").
      if (DEMONYM.test(left) && ((right.length >= (documentName ? 4 : 5) && inEitherDictionary(right)) || (right.length >= 3 && (counts.get(right) ?? 0) > 0))) return true;
      // A proper noun before a long common word ("Eisenhower|administration"): names are not built so.
      if (properOnly && right.length >= 6 && inEitherDictionary(right)) return true;
      // A name the document uses run into a common word ("Ohio|bar", "Communist|threat", "Eisenhower|era").
      if (documentName && right.length >= 3 && frequencyRank(right) < COMMON_RANK && inEitherDictionary(right)) return true;
    }
    if (place.inName && left.length >= 4 && NAME_ENDS_GLUE.has(right)) return true;
    // Any capitalised word run into a long verb or adverb ("Alperovitz|published", "Cushing|signed"): no name ends so.
    if (left.length >= 4 && right.length >= 6 && readsAsPredicate(right) && !isPrefixedWord((left + right).toLowerCase()) && inEitherDictionary(right)) return true;
    if (!inEitherDictionary(left.toLowerCase()) && !isGlueWord(left)) return false;
    if (isHyphenPrefix(left.toLowerCase())) return false; // "Inter|allied", "Counter|intelligence": one word
    if (place.opening) {
      // "In|his", "The|author noted", "That|year," (a function word leads, whatever follows), "Born|on" (a two-letter
      // word after a function word or a word of four letters), "Fighting|continued", "Help|arrived".
      if (isGlueWord(left)) return right.length >= (place.beforeNameCue ? 4 : 2);
      if (place.beforeNameCue) return false;
      return (
        (isGlueWord(right) && (right.length >= 3 || left.length >= 4)) ||
        (left.length >= 5 && used) ||
        (left.length >= 4 && right.length >= 6 && readsAsPredicate(right)) ||
        (left.length >= 6 && right.length >= 6 && MODIFIER_ENDING.test(left) && inEitherDictionary(right))
      );
    }
    // A plural common word run into the next word ("Islands|southwest", "Points|plan"): names are rarely built so.
    if (left.length >= 5 && /[^s]s$/.test(left) && right.length >= 4 && inEitherDictionary(left.slice(0, -1).toLowerCase()) && inEitherDictionary(right)) return true;
    // A capitalised common word run into a function word or a verb ("War|the", "Council|itself", "Community|tied").
    // A three-letter word inside a name only before words that end no name ("War|the"; not "Omar Far|had", "Far|had Mesami").
    if ((left.length >= 4 || (left.length === 3 && !isGlueWord(left) && ((!place.inName && !place.beforeName) || NAME_ENDS_GLUE.has(right) || right === 'the'))) && (NAME_GLUE.has(right) || (right.length >= 4 && readsAsPredicate(right)))) return true;
    // Not a title's closed compound ("Business Roundtable"): a longer word after it.
    return place.inTitle && left.length >= 3 && right.length >= 6 && inEitherDictionary(right);
  };
}

/**
 * After a capitalised common word of the same sentence, or "of" after one ("Foreign Service", "Bachelor of
 * Science"): a title or the name of a body, not a person's name ("Alan Greenspan": "Alan" is a proper noun).
 */
function afterTitleWord(book: WordBook, analysis: Analysis, i: number): boolean {
  const { tokens } = analysis;
  let j = i - 1;
  if (tokens[j]?.text === 'of') j--;
  const before = tokens[j];
  if (!before || before.type !== 'word' || before.sentence !== tokens[i]!.sentence || !isCapitalised(before.text) || /^(?:The|A|An)$/.test(before.text)) return false;
  return before.text.length >= 4 && !isProperNounOnly(book, before.text) && inEitherDictionary(before.lower);
}

/** Endings of the adjectives of peoples and countries: "British", "Russian", "Chinese", "Israeli", "Arabic", "French". */
const DEMONYM = /(?:an|ish|ese|i|ic|ine)$|^(?:French|Dutch|Greek|Thai|Swiss|Welsh|Czech)$/;

/** Endings of an adjective, participle or adverb, which leads a phrase rather than a compound ("Diplomatic|relations"). */
const MODIFIER_ENDING = /(?:ic|al|ous|ive|ed|ing|ly|ent|ant|ary|ful)$/;

/** Function words a capitalised word is run into inside a sentence ("Congressional|and", "State|with"); not "one", "our", "are", which end names ("Capone"). */
const NAME_GLUE = new Set(
  ('and the was were with for had has his her its who which that from also but not did does could would should will some over under upon ' +
    'during into after before since when while about against through until itself himself herself themselves without within now then ' +
    'they their there these those whose whom where what among between toward towards because although though despite beyond ' +
    'later only often soon again never always still once already late').split(' '),
);

/** Past tenses that do not end in -ed, most common in news and history. */
const IRREGULAR_PAST = new Set(
  ('became began brought came chose drew fell felt fled found gave grew heard held kept knew led left lost made meant met paid put got cut hit ' +
    'ran rose saw sent shot sought spent spoke stood struck swore taught thought threw told took understood went won wrote ' +
    'said flew sold fought bought lent rode drove arose bore broke built caught dealt forgot froze hid hung laid sang sank shook slept ' +
    'stole stuck swept tore withdrew woke wore overcame oversaw undertook foresaw').split(' '),
);

/** A word that reads as the verb or adverb after a name ("Hanoi|visited", "Baker|brought", "Tyler|successfully"), not a compound's noun ("Reich|marks"). */
function readsAsPredicate(word: string): boolean {
  return IRREGULAR_PAST.has(word) || /^\p{L}{2,}ed$|^\p{L}{3,}ly$/u.test(word);
}

/**
 * Inside a place or organisation name written with common words ("Noi Bai Intnerational Airport"): next to a
 * capitalised word that is a common word in lower case.
 */
function inPlaceName(book: WordBook, tokens: Token[], i: number): boolean {
  if (tokens[i]!.text.length < 8 || tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-') return false; // "Gramm-Rudman-Hollings Act"
  return [tokens[i - 1], tokens[i + 1]].some(
    (other) =>
      other !== undefined &&
      other.type === 'word' &&
      other.sentence === tokens[i]!.sentence &&
      other.text.length >= 3 &&
      isCapitalised(other.text) &&
      !isProperNounOnly(book, other.text) &&
      inEitherDictionary(other.lower),
  );
}

/** Tokens of names written after a title ("President Eisenhower", "Senator Hollings"): people, not places. */
function titledNames(analysis: Analysis): ReadonlySet<number> {
  return analysis.shared('spelling:titled-names', () => {
    const set = new Set<number>();
    for (const mention of analysis.mentions) if (mention.title) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) set.add(i);
    return set;
  });
}

/**
 * Two neighbouring letters swapped, the first kept, in a common word the document uses elsewhere: "Cheif" beside
 * "chief", "Graet Britain" beside "great" (a name such as "Boren" is rarely one swap from a word the text uses).
 */
function swapsUsedWord(lower: string, used: ReadonlySet<string>): boolean {
  for (let i = 1; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    if (used.has(swapped) && (inDictionary('en-US', swapped) || inDictionary('en-GB', swapped))) return true;
  }
  return false;
}

/**
 * Two neighbouring letters after the first swapped in a common word ("Universtiy", "Cheifs", "Graet"): names are
 * seldom built so from a word in everyday use.
 */
function swapsCommonWord(lower: string): boolean {
  // Short names more often read as a swapped word ("Strom", "Crips"): at five letters, only the thousand commonest.
  const rank = lower.length >= 6 ? COMMON_RANK : 1000;
  for (let i = 1; i + 1 < lower.length; i++) {
    if (lower[i] === lower[i + 1]) continue;
    const swapped = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
    if (frequencyRank(swapped) < rank && inEitherDictionary(swapped)) return true;
  }
  return false;
}

/**
 * Two people: each word is the surname of a different full name in the document ("David Walliams", "Serena
 * Williams"), so one is not a misspelling of the other.
 */
function differentPeople(analysis: Analysis, word: string, near: string): boolean {
  const bySurname = firstNamesBySurname(analysis);
  const mine = bySurname.get(word) ?? new Set<string>();
  const theirs = bySurname.get(near) ?? new Set<string>();
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((first) => theirs.has(first));
}

/** The first words of the document's names of two words or more, by their last word. */
function firstNamesBySurname(analysis: Analysis): ReadonlyMap<string, Set<string>> {
  return analysis.shared('spelling:first-names-by-surname', () => {
    const map = new Map<string, Set<string>>();
    for (const mention of analysis.mentions) {
      if (mention.words.length < 2) continue;
      const surname = mention.words.at(-1)!;
      const names = map.get(surname);
      if (names) names.add(mention.words[0]!);
      else map.set(surname, new Set([mention.words[0]!]));
    }
    return map;
  });
}

/**
 * The word opens a full name ("Pieter van der Berg") whose next name word never follows the proper noun it is near
 * ("Hans-Peter Vogel"): another person's given name, not a slip ("Tpeodore Roosevelt" beside "Theodore Roosevelt" is one).
 */
function namesSomeoneElse(analysis: Analysis, i: number, near: string): boolean {
  const { tokens } = analysis;
  const nextNameWord = (j: number): string | undefined => {
    let k = j + 1;
    while (NAME_PARTICLES.has(tokens[k]?.text ?? '') && tokens[k]!.sentence === tokens[j]!.sentence) k++;
    const next = tokens[k];
    return next && next.type === 'word' && next.sentence === tokens[j]!.sentence && isCapitalised(next.text) ? next.text : undefined;
  };
  const surname = nextNameWord(i);
  if (surname === undefined) return false;
  return !(capitalisedPlaces(analysis).get(near) ?? []).some((j) => nextNameWord(j) === surname);
}

/** Where each capitalised word of the document is written (token indexes). */
function capitalisedPlaces(analysis: Analysis): ReadonlyMap<string, number[]> {
  return analysis.shared('spelling:capitalised-places', () => {
    const places = new Map<string, number[]>();
    analysis.tokens.forEach((token, i) => {
      if (token.type !== 'word' || !isCapitalised(token.text)) return;
      const list = places.get(token.text);
      if (list) list.push(i);
      else places.set(token.text, [i]);
    });
    return places;
  });
}

/** A capitalised word that neither dictionary has, as written or in lower case: known, if at all, as a compound. */
function capitalisedCompound(book: WordBook, text: string): boolean {
  return /^\p{Lu}\p{Ll}{4,}$/u.test(text) && !inEitherDictionary(text) && !inEitherDictionary(text.toLowerCase()) && !book.personal.has(text);
}

/**
 * A dictionary word one edit away that keeps the first and last letters ("internatonal"): names are often one
 * letter from a word at either end ("Winfield" / "infield", "Bassett" / "basset"), or a word with a letter
 * added ("Placentia" / "placenta"), which as a slip is mostly a doubled letter ("Commitee" is not one).
 */
function slipInside(book: WordBook, lower: string): boolean {
  const last = lower.length - 1;
  return someOneEdit(lower, 1, last, last, (word) => (word.length >= lower.length || /(\p{L})\1/u.test(lower)) && inEitherDictionary(word));
}

/** Part of a foreign phrase read whole: "de facto", "coup d'etat", "vis-à-vis" (hyphens between its words ignored). */
function inPhrase(tokens: Token[], i: number): boolean {
  const sentence = tokens[i]!.sentence;
  const around = (step: number): string[] => {
    const words: string[] = [];
    for (let j = i + step; words.length < 4 && j >= 0 && j < tokens.length && tokens[j]!.sentence === sentence; j += step) {
      if (tokens[j]!.text === '-') continue;
      if (tokens[j]!.type !== 'word') break;
      words.push(tokens[j]!.lower.replace(/’/g, "'"));
    }
    return words;
  };
  const before = around(-1).reverse();
  return inForeignPhrase([...before, tokens[i]!.lower.replace(/’/g, "'"), ...around(1)], before.length);
}
