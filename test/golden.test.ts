// The corpus is the product's conscience: the full report on each document must equal its expected file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, EXPECTED_SUFFIX, findingLines, keyOf, lintCorpus, parseExpected } from '../scripts/corpus-report.js';
import { ROOT } from './helpers.js';

// corpus/ holds real documents; test/fixtures/constructed/ documents written for the tests. Each
// folder is linted as one run, as `copydesk corpus` does.
const FOLDERS = ['corpus', path.join('test', 'fixtures', 'constructed')];
const cases = FOLDERS.flatMap((folder) => {
  const dir = path.join(ROOT, folder);
  const files = lintCorpus(dir);
  return corpusDocuments(dir).map((name) => ({ label: `${folder}/${name}`, dir, name, files }));
});

describe.each(cases)('$label', ({ dir: corpusDir, name, files }) => {
  const expectedPath = path.join(corpusDir, name.replace(/\.\w+$/, '') + EXPECTED_SUFFIX);

  it('has an expected-findings file whose every finding is explained', () => {
    expect(fs.existsSync(expectedPath), `${expectedPath} is missing (npm run golden -- --update writes it)`).toBe(true);
    for (const line of parseExpected(fs.readFileSync(expectedPath, 'utf8'))) {
      expect(line.note, `${keyOf(line)} needs a note`).not.toMatch(/^(TODO|)$/);
    }
  });

  it('reports exactly the expected findings', () => {
    const expected = parseExpected(fs.readFileSync(expectedPath, 'utf8'));
    const actual = findingLines(files.get(name)!);
    const show = (lines: typeof actual) => lines.map((line) => `${keyOf(line)}  ${line.text}`).sort();
    expect(show(actual)).toEqual(show(expected));
  });
});
