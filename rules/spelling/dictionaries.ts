// Hunspell dictionaries (en-US, en-GB): each loads once per process, the first time it is asked.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import nspell from 'nspell';

export type Dialect = 'en-US' | 'en-GB';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const require = createRequire(import.meta.url);

interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const spellers = new Map<Dialect, Speller>();
const known = new Map<Dialect, Map<string, boolean>>();
const suggestions = new Map<Dialect, Map<string, string[]>>();

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

function cacheOf<T>(caches: Map<Dialect, Map<string, T>>, dialect: Dialect): Map<string, T> {
  let cache = caches.get(dialect);
  if (!cache) caches.set(dialect, (cache = new Map()));
  return cache;
}

/** True when the dialect's dictionary knows the word as written (cached per process). */
export function inDictionary(dialect: Dialect, word: string): boolean {
  const cache = cacheOf(known, dialect);
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = speller(dialect).correct(word);
    cache.set(word, answer);
  }
  return answer;
}

/** The dictionary's suggestions for an unknown word (cached per process; only asked for reported words). */
export function dictionarySuggestions(dialect: Dialect, word: string): string[] {
  const cache = cacheOf(suggestions, dialect);
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = speller(dialect).suggest(word);
    cache.set(word, answer);
  }
  return answer;
}

export function otherDialect(dialect: Dialect): Dialect {
  return dialect === 'en-US' ? 'en-GB' : 'en-US';
}
