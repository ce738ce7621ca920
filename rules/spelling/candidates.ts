// Which tokens are words to spell-check: not numbers, links, acronyms, abbreviations or code.
import type { Token } from '../../src/types.js';
import { Memo } from '../../src/memo.js';

const reasons = new Memo<string | undefined>('spelling:skip-reason');

/** Why a token is not checked, or undefined when it is a plain word to look up (decided once per word text). */
export function skipReason(token: Token): string | undefined {
  if (token.type !== 'word') return token.type;
  return wordSkipReason(token.text);
}

/** skipReason of a word token with this text. */
export function wordSkipReason(text: string): string | undefined {
  return reasons.get(text, decideSkipReason);
}

function decideSkipReason(word: string): string | undefined {
  const text = word.replace(/\.$/, '');
  if (text.length <= 2) return 'too short'; // letters, codes ("zh"), and typos of two-letter words make other words
  if (/\d/.test(text)) return 'number';
  if (/^['’]|^n['’]t$/i.test(text)) return 'clitic'; // n't, 's, 're
  if (text.includes('.')) return 'abbreviation'; // U.S., a.m.
  if (/[^\p{L}'’-]/u.test(text) || /[^A-Za-z'’-]/.test(text)) return 'foreign'; // diacritics, other scripts, symbols
  if (/^[b-df-hj-np-tv-z]{3,4}$/.test(text)) return 'code'; // short, no vowel: npm, csv, pnpm, html
  if (isPinyin(text)) return 'pinyin'; // xiaolongbao, guanxi, Zhongnanhai
  if (text.length >= 8 && DRUG_STEM.test(text.toLowerCase())) return 'drug name'; // semaglutide, pembrolizumab
  if (/^[\p{Lu}&-]+s?$/u.test(text) && /\p{Lu}{2}/u.test(text)) return 'acronym'; // ASEAN, NGOs
  if (/^.+\p{Lu}/u.test(text)) return 'mixed-case'; // MoU, CoC, iPhone, McDonald
  return undefined;
}

/** The word to look up for a checked token (a trailing full stop removed). */
export function wordOf(token: Token): string {
  return trimStop(token.text);
}

/** A word without its trailing full stop. */
export function trimStop(text: string): string {
  // One slice either way (the same text when there is no stop): no seldom-run branch for V8 to deoptimise on.
  return text.slice(0, text.charCodeAt(text.length - 1) === 46 ? -1 : text.length);
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

const PINYIN_FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u)';
/** Two or more pinyin syllables, each with an initial (j, q, x only before i or u). */
const PINYIN = new RegExp(`^(?:(?:zh|ch|sh|[bpmfdtnlgkhrzcsyw])${PINYIN_FINAL}|[jqx](?=[iu])${PINYIN_FINAL}){2,}$`);

/**
 * Chinese romanised without tone marks: a word of six letters or more made only of pinyin syllables and
 * with a letter English rarely spells that way (x, q, zh). About 1 in 4,000 real misspellings has this shape.
 */
function isPinyin(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length >= 6 && /[xq]|zh/.test(lower) && PINYIN.test(lower);
}

/**
 * Endings of the WHO's International Nonproprietary Names for medicines (-glutide, -mab, -tinib, -vir...).
 * None of the 3,943 real misspellings of Wikipedia's list of eight letters or more ends this way.
 */
const DRUG_STEM =
  /(?:mab|tinib|ciclib|parib|previr|buvir|gravir|sartan|pril|olol|azole|statin|cillin|mycin|oxacin|parin|afil|dronate|gliptin|gliflozin|glutide|patide|dutide|lukast|setron|tidine|triptan|dipine|azepam|profen|coxib|limus|platin|rubicin|taxel|trexate|semide|thiazide|oxetine)$/;
