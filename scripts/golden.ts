// npm run golden: show how the corpus's findings differ from the expected files;
// with --update, rewrite them (keeping the notes of findings that stay, marking new ones TODO).
import fs from 'node:fs';
import path from 'node:path';
import { corpusDocuments, EXPECTED_SUFFIX, findingLines, formatExpected, keyOf, lintCorpus, parseExpected } from './corpus-report.js';

const corpusDir = path.resolve(process.argv.find((arg) => !arg.startsWith('-') && arg !== process.argv[0] && arg !== process.argv[1]) ?? 'corpus');
const update = process.argv.includes('--update');
const files = lintCorpus(corpusDir);
let differences = 0;
for (const name of corpusDocuments(corpusDir)) {
  const expectedPath = path.join(corpusDir, name.replace(/\.\w+$/, '') + EXPECTED_SUFFIX);
  const expected = fs.existsSync(expectedPath) ? parseExpected(fs.readFileSync(expectedPath, 'utf8')) : [];
  const notes = new Map(expected.map((line) => [keyOf(line), line.note]));
  const actual = findingLines(files.get(name)!).map((line) => ({ ...line, note: notes.get(keyOf(line)) ?? `TODO: ${line.note}` }));
  const actualKeys = new Set(actual.map(keyOf));
  const expectedKeys = new Set(expected.map(keyOf));
  for (const line of expected) if (!actualKeys.has(keyOf(line))) { differences++; console.log(`${name}: missing   ${keyOf(line)}  ${line.text}`); }
  for (const line of actual) if (!expectedKeys.has(keyOf(line))) { differences++; console.log(`${name}: unexpected ${keyOf(line)}  ${line.text}  (${line.note})`); }
  if (update) fs.writeFileSync(expectedPath, formatExpected(name, actual));
}
console.log(differences === 0 ? 'corpus matches its expected findings' : `${differences} differences${update ? ' (expected files updated: review the TODO notes)' : ''}`);
