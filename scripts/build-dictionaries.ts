// Part of the build: expands each dialect's Hunspell dictionary once with nspell and stores its forms and
// the tries of nearness.ts in dist/dictionaries/, so that copydesk reads them at start-up instead of
// expanding the affixes and building the tries there. Nothing is downloaded: the dictionaries are the
// dictionary-en and dictionary-en-gb packages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandedLexicon } from '../rules/spelling/dictionaries.js';
import { dictionarySource, tableFile, tableFileName, type Dialect } from '../rules/spelling/dictionary-table.js';
import { lowerFormsTrie, lowerWordTrieOf } from '../rules/spelling/nearness.js';
import { FREQUENCY_FILE, frequentWords } from '../rules/spelling/frequency.js';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dictionaries');
fs.mkdirSync(folder, { recursive: true });
for (const dialect of ['en-US', 'en-GB'] as Dialect[]) {
  const file = path.join(folder, tableFileName(dialect));
  const lexicon = expandedLexicon(dialect);
  const table = tableFile({ ...lexicon, tries: { lowerWords: lowerWordTrieOf(lexicon), lowerForms: lowerFormsTrie(lexicon) } }, dictionarySource(dialect).stamp);
  if (table === undefined) {
    fs.rmSync(file, { force: true });
    process.stderr.write(`build-dictionaries: ${dialect} could not be stored; it will be expanded at start-up\n`);
    continue;
  }
  fs.writeFileSync(file, table);
}
// The most frequent words, for the order of suggestions (rules/spelling/frequency.ts).
fs.writeFileSync(path.join(folder, FREQUENCY_FILE), frequentWords().join('\n'));
