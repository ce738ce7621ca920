// npm run golden [-- FOLDER...]: show how the findings on each corpus document differ from its
// expected file; with --update, rewrite them (keeping the notes of findings that stay, marking new
// ones TODO). Default folders: corpus/ (real documents) and test/fixtures/constructed/.
import fs from 'node:fs';
import path from 'node:path';
import { corpusDocuments, EXPECTED_SUFFIX, findingLines, formatExpected, keyOf, lintCorpus, parseExpected } from './corpus-report.js';

const args = process.argv.slice(2);
const folders = args.filter((arg) => !arg.startsWith('-'));
const update = args.includes('--update');

function compareFolder(folder: string): number {
  const dir = path.resolve(folder);
  const files = lintCorpus(dir);
  let differences = 0;
  for (const name of corpusDocuments(dir)) {
    const expectedPath = path.join(dir, name.replace(/\.\w+$/, '') + EXPECTED_SUFFIX);
    const expected = fs.existsSync(expectedPath) ? parseExpected(fs.readFileSync(expectedPath, 'utf8')) : [];
    const notes = new Map(expected.map((line) => [keyOf(line), line.note]));
    const actual = findingLines(files.get(name)!).map((line) => ({ ...line, note: notes.get(keyOf(line)) ?? `TODO: ${line.note}` }));
    const actualKeys = new Set(actual.map(keyOf));
    const expectedKeys = new Set(expected.map(keyOf));
    const label = path.join(folder, name);
    for (const line of expected) {
      if (actualKeys.has(keyOf(line))) continue;
      differences++;
      console.log(`${label}: missing    ${keyOf(line)}  ${line.text}`);
    }
    for (const line of actual) {
      if (expectedKeys.has(keyOf(line))) continue;
      differences++;
      console.log(`${label}: unexpected ${keyOf(line)}  ${line.text}  (${line.note})`);
    }
    if (update) fs.writeFileSync(expectedPath, formatExpected(name, actual));
  }
  return differences;
}

let differences = 0;
for (const folder of folders.length > 0 ? folders : ['corpus', path.join('test', 'fixtures', 'constructed')]) {
  differences += compareFolder(folder);
}
console.log(differences === 0 ? 'corpus matches its expected findings' : `${differences} differences${update ? ' (expected files updated: review the TODO notes)' : ''}`);
process.exitCode = differences === 0 || update ? 0 : 1;
