// Hunspell dictionaries (en-US, en-GB): each loads once per process, the first time it is asked, from the
// table the build stored (dictionary-table.ts), or else by letting nspell expand the affixes. A form is
// looked up in that table (as nspell's `correct` would answer); suggestions come from the same search as
// nspell's `suggest`, run on the table (hunspell-suggest.ts).
import fs from 'node:fs';
import nspell from 'nspell';
import { Memo } from '../../src/memo.js';
import { dictionarySource, readStoredTable, tableOf, type Dialect, type DictionaryTable } from './dictionary-table.js';
import { hunspellSuggest } from './hunspell-suggest.js';

export type { Dialect } from './dictionary-table.js';

/** One dialect's dictionary: its table of expanded forms, looked up directly. */
export interface Lexicon extends DictionaryTable {
  onlyInCompoundFlag: string | undefined;
  noSuggestFlag: string | undefined;
  compoundMin: number;
  /** Matches a word holding a character a compound part starts with (the rules match anywhere in a word): other words skip the rules. */
  compoundStart: RegExp;
  conversions: [RegExp, string][];
  /** Each conversion's pattern when it is plain text (then a value without it is left as it is), else undefined. */
  conversionLiterals: (string | undefined)[];
  /** A letter nspell's suggestions insert could start a compound part, or a conversion change plain letters: no edit may be passed over. */
  tryReachesCompound: boolean;
}

const lexicons = new Map<Dialect, Lexicon>();

export function lexicon(dialect: Dialect): Lexicon {
  let found = lexicons.get(dialect);
  if (!found) {
    const source = dictionarySource(dialect);
    const stored = readStoredTable(dialect, source.stamp);
    found = stored ? lexiconOf(stored) : expandedLexicon(dialect);
    lexicons.set(dialect, found);
  }
  return found;
}

/** A dialect's dictionary with its affixes expanded by nspell now (what the build stores). */
export function expandedLexicon(dialect: Dialect): Lexicon {
  const source = dictionarySource(dialect);
  return lexiconOf(tableOf(nspell({ aff: fs.readFileSync(source.aff), dic: fs.readFileSync(source.dic) })));
}

function lexiconOf(table: DictionaryTable): Lexicon {
  const starts = new Set<string>();
  for (const parts of Object.values(table.compoundRuleCodes)) for (const part of parts) starts.add(part.charAt(0).toLowerCase()).add(part.charAt(0).toUpperCase());
  const compoundStart = starts.size === 0 ? /(?!)/ : new RegExp(`[${[...starts].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`);
  return {
    ...table,
    onlyInCompoundFlag: table.flags.ONLYINCOMPOUND as string | undefined,
    noSuggestFlag: table.flags.NOSUGGEST as string | undefined,
    compoundMin: Number(table.flags.COMPOUNDMIN ?? 3),
    compoundStart,
    conversions: table.conversion.in,
    conversionLiterals: table.conversion.in.map(([pattern]) => (pattern.flags === 'g' && /^[^\\^$.*+?()[\]{}|/]+$/.test(pattern.source) ? pattern.source : undefined)),
    // Unsafe too when a conversion could change plain letters: only literal runs of non-ASCII characters cannot.
    tryReachesCompound: table.flags.TRY.some((letter) => compoundStart.test(letter) || /[^A-Za-z']/.test(letter)) || !table.conversion.in.every(([pattern]) => /^[^\x00-\x7f]+$/.test(pattern.source)),
  };
}

/** A form the dictionary accepts as written (one flagged "only inside compounds" is not a word on its own). */
export function hasForm(lexicon: Lexicon, value: string): boolean {
  const codes = lexicon.forms.get(value);
  return codes !== undefined && (lexicon.onlyInCompoundFlag === undefined || !codes.includes(lexicon.onlyInCompoundFlag));
}

/** nspell's `exact`: a form, or a word a compound rule (ordinal numbers) accepts. */
export function exact(lexicon: Lexicon, value: string): boolean {
  const codes = lexicon.forms.get(value);
  if (codes !== undefined) return lexicon.onlyInCompoundFlag === undefined || !codes.includes(lexicon.onlyInCompoundFlag);
  if (value.length < lexicon.compoundMin || !lexicon.compoundStart.test(value)) return false;
  for (const rule of lexicon.compoundRules) if (rule.test(value)) return true;
  return false;
}

/** nspell's `normalize` with the .aff file's input conversions; a literal pattern is only replaced where it occurs. */
export function convert(lexicon: Lexicon, value: string): string {
  const { conversions, conversionLiterals } = lexicon;
  for (let i = 0; i < conversions.length; i++) {
    const literal = conversionLiterals[i];
    if (literal === undefined || value.includes(literal)) value = value.replace(conversions[i]![0], conversions[i]![1]);
  }
  return value;
}

/** nspell's `correct`: the word as written, in sentence case when it is all capitals, or in lower case. */
function correct(lexicon: Lexicon, value: string): boolean {
  let normal = value.trim();
  if (normal === '') return false;
  normal = convert(lexicon, normal);
  if (exact(lexicon, normal)) return true;
  if (normal.toUpperCase() === normal && exact(lexicon, normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
  const lower = normal.toLowerCase();
  return lower !== normal && exact(lexicon, lower);
}

const suggestions: Record<Dialect, Memo<string[]>> = { 'en-US': new Memo('spelling:en-US:suggest'), 'en-GB': new Memo('spelling:en-GB:suggest') };

// One function per dialect, made once: not a new closure per call, which V8 would inline into each caller.
const suggesters: Record<Dialect, (word: string) => string[]> = { 'en-US': (key) => hunspellSuggest(lexicon('en-US'), key), 'en-GB': (key) => hunspellSuggest(lexicon('en-GB'), key) };

/** True when the dialect's dictionary knows the word as written (the answer of nspell's `correct`, a few table lookups). */
export function inDictionary(dialect: Dialect, word: string): boolean {
  return correct(lexicons.get(dialect) ?? lexicon(dialect), word);
}

/** The dictionary's suggestions for an unknown word, as nspell's `suggest` gives them (cached per process): for the words reported. */
export function dictionarySuggestions(dialect: Dialect, word: string): string[] {
  return suggestions[dialect].get(word, suggesters[dialect]);
}

/**
 * The affix flags the en-US dictionary gives a word ("limit" -> S, D, G, ...; an expanded form such as
 * "limits" has none): which endings a stem takes. Undefined for a word it does not know. Shares the
 * spelling rule's loaded dictionary.
 */
export function affixFlags(word: string): readonly string[] | undefined {
  const codes = lexicon('en-US').forms.get(word);
  return codes === undefined ? undefined : [...codes];
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US';
}
