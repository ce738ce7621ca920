// Set (a): the corpus documents against their expected-findings files (expected = truth).
import fs from 'node:fs';
import path from 'node:path';
import { location } from 'vfile-location';
import { corpusDocuments, EXPECTED_SUFFIX, parseExpected } from '../corpus-report.js';
import { countWords, lintDocs, type Doc } from './lint.js';
import type { Truth } from './score.js';

export interface CorpusSet {
  docs: Doc[];
  truths: Truth[];
}

/** Parses `line:column-line:column` into document offsets. */
export function placeToOffsets(text: string, place: string): { start: number; end: number } | undefined {
  const match = /^(\d+):(\d+)(?:-(\d+):(\d+))?$/.exec(place);
  if (!match) return undefined;
  const toOffset = location(text).toOffset;
  const start = toOffset({ line: Number(match[1]), column: Number(match[2]) });
  const end = match[3] ? toOffset({ line: Number(match[3]), column: Number(match[4]) }) : start;
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function loadCorpus(corpusDir: string): CorpusSet {
  const docs: Doc[] = [];
  const truths: Truth[] = [];
  for (const name of corpusDocuments(corpusDir)) {
    const text = fs.readFileSync(path.join(corpusDir, name), 'utf8').replace(/^\uFEFF/, '');
    docs.push({ name, text });
    const expectedPath = path.join(corpusDir, name.replace(/\.\w+$/, '') + EXPECTED_SUFFIX);
    if (!fs.existsSync(expectedPath)) continue;
    for (const line of parseExpected(fs.readFileSync(expectedPath, 'utf8'))) {
      const offsets = placeToOffsets(text, line.place);
      if (offsets) truths.push({ doc: name, ruleId: line.ruleId, ...offsets, kind: line.note });
    }
  }
  return { docs, truths };
}

export function evalCorpus(corpusDir: string) {
  const { docs, truths } = loadCorpus(corpusDir);
  const findings = lintDocs(docs);
  return { documents: docs.length, words: docs.reduce((sum, doc) => sum + countWords(doc.text), 0), findings, truths };
}
