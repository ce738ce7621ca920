// Hunspell dictionaries (en-US, en-GB): each loads once per process, the first time it is asked. nspell
// expands the affixes; the forms it accepts are then looked up in a plain Set (as nspell's `correct` would
// answer, without its per-call work), and nspell itself is asked only for suggestions.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import nspell, { type NSpell } from 'nspell';
import { Memo } from '../../src/memo.js';

export type Dialect = 'en-US' | 'en-GB';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const require = createRequire(import.meta.url);

/** One dialect's dictionary: its speller, whose table of expanded forms is looked up directly. */
export interface Lexicon {
  speller: NSpell;
  /** Every form (affixes applied), with the flags of its entry. */
  forms: Record<string, string[]>;
  onlyInCompoundFlag: string | undefined;
  noSuggestFlag: string | undefined;
  compoundRules: RegExp[];
  compoundMin: number;
  /** Matches a word holding a character a compound part starts with (the rules match anywhere in a word): other words skip the rules. */
  compoundStart: RegExp;
  conversions: [RegExp, string][];
}

const lexicons = new Map<Dialect, Lexicon>();

export function lexicon(dialect: Dialect): Lexicon {
  let found = lexicons.get(dialect);
  if (!found) {
    // Read the files directly: importing the package would read them at import time, for every dialect.
    const folder = path.dirname(require.resolve(PACKAGES[dialect]));
    const speller = nspell({ aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic')) });
    found = lexiconOf(speller);
    lexicons.set(dialect, found);
  }
  return found;
}

function lexiconOf(speller: NSpell): Lexicon {
  const starts = new Set<string>();
  for (const parts of Object.values(speller.compoundRuleCodes)) for (const part of parts) starts.add(part.charAt(0).toLowerCase()).add(part.charAt(0).toUpperCase());
  const compoundStart = starts.size === 0 ? /(?!)/ : new RegExp(`[${[...starts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);
  return {
    speller,
    forms: speller.data,
    onlyInCompoundFlag: speller.flags.ONLYINCOMPOUND as string | undefined,
    noSuggestFlag: speller.flags.NOSUGGEST as string | undefined,
    compoundRules: speller.compoundRules,
    compoundMin: Number(speller.flags.COMPOUNDMIN ?? 3),
    compoundStart,
    conversions: speller.conversion.in,
  };
}

/** A form the dictionary accepts as written (one flagged "only inside compounds" is not a word on its own). */
export function hasForm(lexicon: Lexicon, value: string): boolean {
  const codes = lexicon.forms[value];
  return codes !== undefined && (lexicon.onlyInCompoundFlag === undefined || !codes.includes(lexicon.onlyInCompoundFlag));
}

function exact(lexicon: Lexicon, value: string): boolean {
  const codes = lexicon.forms[value];
  if (codes !== undefined) return lexicon.onlyInCompoundFlag === undefined || !codes.includes(lexicon.onlyInCompoundFlag);
  if (value.length < lexicon.compoundMin || !lexicon.compoundStart.test(value)) return false;
  for (const rule of lexicon.compoundRules) if (rule.test(value)) return true;
  return false;
}

/** nspell's `correct`: the word as written, in sentence case when it is all capitals, or in lower case. */
function correct(lexicon: Lexicon, value: string): boolean {
  let normal = value.trim();
  if (normal === '') return false;
  for (const [pattern, replacement] of lexicon.conversions) normal = normal.replace(pattern, replacement);
  if (exact(lexicon, normal)) return true;
  if (normal.toUpperCase() === normal && exact(lexicon, normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
  const lower = normal.toLowerCase();
  return lower !== normal && exact(lexicon, lower);
}

const suggestions: Record<Dialect, Memo<string[]>> = { 'en-US': new Memo('spelling:en-US:suggest'), 'en-GB': new Memo('spelling:en-GB:suggest') };

// One function per dialect, made once: not a new closure per call, which V8 would inline with
// nspell's code into each caller and deoptimise there on nspell's seldom-run branches.
const suggesters: Record<Dialect, (word: string) => string[]> = { 'en-US': (key) => lexicon('en-US').speller.suggest(key), 'en-GB': (key) => lexicon('en-GB').speller.suggest(key) };

/** True when the dialect's dictionary knows the word as written (the answer of nspell's `correct`, a few Set lookups). */
export function inDictionary(dialect: Dialect, word: string): boolean {
  return correct(lexicons.get(dialect) ?? lexicon(dialect), word);
}

/** The dictionary's suggestions for an unknown word (cached per process): for the words reported. */
export function dictionarySuggestions(dialect: Dialect, word: string): string[] {
  return suggestions[dialect].get(word, suggesters[dialect]);
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US';
}
