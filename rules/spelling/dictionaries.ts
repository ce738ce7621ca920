// Hunspell dictionaries (en-US, en-GB): each loads once per process, the first time it is asked.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import nspell from 'nspell';
import { Memo } from '../../src/memo.js';

export type Dialect = 'en-US' | 'en-GB';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const require = createRequire(import.meta.url);

interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Each stem of the dictionary with its affix flags (nspell's own table). */
  data: Record<string, string[] | undefined>;
}

const spellers = new Map<Dialect, Speller>();
const known: Record<Dialect, Memo<boolean>> = { 'en-US': new Memo('spelling:en-US:correct'), 'en-GB': new Memo('spelling:en-GB:correct') };
const suggestions: Record<Dialect, Memo<string[]>> = { 'en-US': new Memo('spelling:en-US:suggest'), 'en-GB': new Memo('spelling:en-GB:suggest') };

function speller(dialect: Dialect): Speller {
  let found = spellers.get(dialect);
  if (!found) {
    // Read the files directly: importing the package would read them at import time, for every dialect.
    const folder = path.dirname(require.resolve(PACKAGES[dialect]));
    found = nspell({ aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic')) });
    spellers.set(dialect, found);
  }
  return found;
}

// One lookup function per dialect, made once: not a new closure per call, which V8 would inline with
// nspell's code into each caller and deoptimise there on nspell's seldom-run branches.
const corrects: Record<Dialect, (word: string) => boolean> = { 'en-US': (key) => speller('en-US').correct(key), 'en-GB': (key) => speller('en-GB').correct(key) };
const suggesters: Record<Dialect, (word: string) => string[]> = { 'en-US': (key) => speller('en-US').suggest(key), 'en-GB': (key) => speller('en-GB').suggest(key) };

/** True when the dialect's dictionary knows the word as written (cached per process). */
export function inDictionary(dialect: Dialect, word: string): boolean {
  return known[dialect].get(word, corrects[dialect]);
}

/** The dictionary's suggestions for an unknown word (cached per process): for reported words, and for long unknown words the nearness gate checks. */
export function dictionarySuggestions(dialect: Dialect, word: string): string[] {
  return suggestions[dialect].get(word, suggesters[dialect]);
}

/**
 * The affix flags the en-US dictionary gives a stem ("limit" -> S, D, G, ...): which endings it takes.
 * Undefined for a word that is not a stem. Shares the spelling rule's loaded dictionary.
 */
export function affixFlags(stem: string): readonly string[] | undefined {
  return speller('en-US').data[stem];
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US';
}
