// What the document itself says about an unknown word: code it names, a term it introduces or keeps using.
import type { Analysis, Token } from '../../src/types.js';
import { inDictionary } from './dictionaries.js';
import { nearWord, type WordBook } from './known.js';
import { splitRun } from './glued.js';
import { wordTable } from './word-table.js';

/** Words of a Markdown document's code spans and blocks ("fastcsv", "onError"), in lower case. */
function codeWords(analysis: Analysis): ReadonlySet<string> {
  return analysis.shared('spelling:code-words', () => {
    const words = new Set<string>();
    if (analysis.format !== 'markdown') return words;
    const code = analysis.text.match(/```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]+`/g) ?? [];
    for (const block of code) for (const word of block.match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase());
    return words;
  });
}

/** Words of a Markdown document's link addresses ("[chaijs / loupe](https://github.com/chaijs/loupe)"), in lower case. */
function linkWords(analysis: Analysis): ReadonlySet<string> {
  return analysis.shared('spelling:link-words', () => {
    const words = new Set<string>();
    if (analysis.format !== 'markdown') return words;
    const addresses = analysis.text.match(/\]\([^)\s]+|^\s*\[[^\]\n]+\]:\s*\S+|<?https?:\/\/[^\s)>\]]+/gm) ?? [];
    for (const address of addresses) for (const word of address.replace(/^\s*\[[^\]]*\]:/, '').match(/\p{L}+/gu) ?? []) words.add(word.toLowerCase());
    return words;
  });
}

/**
 * Lower-case acronyms the document defines in brackets after the words they abbreviate: "named entity
 * recognition (ner)", "part-of-speech (pos)"; each later use is then meant.
 */
function definedAcronyms(analysis: Analysis): ReadonlySet<string> {
  return analysis.shared('spelling:defined-acronyms', () => {
    const found = new Set<string>();
    const { tokens } = analysis;
    for (let i = 1; i + 1 < tokens.length; i++) {
      const word = tokens[i]!.text;
      if (tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')' || !/^\p{Ll}{2,6}$/u.test(word)) continue;
      const initials: string[] = [];
      for (let j = i - 2; j >= 0 && initials.length < word.length; j--) {
        const before = tokens[j]!;
        if (before.type === 'word') initials.unshift(before.lower[0]!);
        else if (before.text !== '-') break;
      }
      if (initials.join('') === word) found.add(word);
    }
    return found;
  });
}

/** The document's words with diacritics removed ("Phở" -> "pho"), for the same word written without them. */
function foldedWords(analysis: Analysis): ReadonlySet<string> {
  return analysis.shared('spelling:folded-words', () => {
    const words = new Set<string>();
    for (const text of wordTable(analysis).entries.keys()) if (!isAscii(text)) words.add(fold(text.toLowerCase()));
    return words;
  });
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/ø/g, 'o').replace(/ł/g, 'l');
}

const OPENING_QUOTES = new Set(['"', '“', "'", '‘', '«']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', '»']);

/** A lone word in quotation marks: a term being introduced or mentioned ('a "hycean" world'). */
function quotedAlone(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(after.text) && !tokens[i]!.spaceBefore && !after.spaceBefore;
}

/** Words that introduce a term: "rapid movements of the eye called saccades", "the greeting known as the wai". */
const NAMING_WORDS = new Set(['called', 'termed', 'dubbed']);

/**
 * The lower-case words the document introduces as terms, after "called", "termed", "dubbed" or "known as"
 * (and an article), without a plural -s: every use of such a word is vouched for.
 */
function introducedTerms(analysis: Analysis): ReadonlySet<string> {
  return analysis.shared('spelling:introduced-terms', () => {
    const terms = new Set<string>();
    const { tokens } = analysis;
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'word' || !/^\p{Ll}+$/u.test(token.text)) continue;
      let j = i - 1;
      if (/^(?:a|an|the)$/.test(tokens[j]?.lower ?? '')) j--;
      const cue = tokens[j];
      if (!cue || cue.sentence !== token.sentence) continue;
      if (NAMING_WORDS.has(cue.lower) || (cue.lower === 'as' && tokens[j - 1]?.lower === 'known')) terms.add(token.lower.replace(/s$/, ''));
    }
    return terms;
  });
}

/** A command-line flag: "--json", "--dry-run" (the word right after two hyphens that follow a space). */
function isFlag(analysis: Analysis, token: Token): boolean {
  const before = analysis.text.slice(Math.max(0, token.start - 3), token.start);
  return /(?:^|[\s(`])--$/.test(before) || (token.start === 2 && before === '--');
}

/** Uses of a lower-case word in the document from which it counts as a term of the document. */
const TERM_USES = 3;

/**
 * True when the document itself shows the unknown word is meant: it names code of the document, is a
 * command-line flag, is a word written elsewhere with diacritics, is a lone quoted term, or is a lower-case
 * word used three times or more with no dictionary word one slip away (a consistent misspelling is
 * usually one slip from the word meant: "goverment").
 */
export function documentVouches(analysis: Analysis, book: WordBook, i: number, word: string, uses: number): boolean {
  const token = analysis.tokens[i]!;
  const lower = word.toLowerCase();
  if (codeWords(analysis).has(lower) || linkWords(analysis).has(lower) || definedAcronyms(analysis).has(lower) || isFlag(analysis, token) || foldedWords(analysis).has(lower)) return true;
  if (quotedAlone(analysis.tokens, i)) return true;
  // A term the document introduces, unless it is two words run together ("called onthe").
  if (introducedTerms(analysis).has(lower.replace(/s$/, '')) && splitRun(book, lower) === undefined) return true;
  if (lowerCaseOfCapitalised(analysis, word)) return true;
  return uses >= TERM_USES && /^\p{Ll}+$/u.test(word) && !nearWord(book, lower);
}

/**
 * A technical document (Markdown with code) writing a capitalised dictionary word in lower case: "unix",
 * "linux", "github" name tools and systems there. In news the lower case is a slip ("london") and is reported.
 */
function lowerCaseOfCapitalised(analysis: Analysis, word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || codeWords(analysis).size === 0) return false;
  const capitalised = word[0]!.toUpperCase() + word.slice(1);
  return inDictionary('en-US', capitalised) || inDictionary('en-GB', capitalised);
}
