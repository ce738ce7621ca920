// The corpus's findings in the expected-findings format, shared by the golden test and `npm run golden`.
import fs from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { resolveConfig } from '../src/config.js';
import { checkRun, lintDocument } from '../src/pipeline.js';

export const EXPECTED_SUFFIX = '.expected.tsv';
const DOCUMENT = /\.(txt|md|markdown)$/;

export interface FindingLine {
  ruleId: string;
  place: string;
  text: string;
  note: string;
}

export function corpusDocuments(corpusDir: string): string[] {
  return fs.readdirSync(corpusDir).filter((name) => DOCUMENT.test(name)).sort();
}

/** Lints every corpus document in one run with the default configuration, as `copydesk corpus` does. */
export function lintCorpus(corpusDir: string): Map<string, VFile> {
  const config = resolveConfig(undefined, new Map(), []);
  const files = corpusDocuments(corpusDir).map((name) => {
    const text = fs.readFileSync(path.join(corpusDir, name), 'utf8').replace(/^\uFEFF/, '');
    return lintDocument(text, name, config, corpusDir);
  });
  checkRun(files, () => config);
  return new Map(files.map((file) => [file.path, file]));
}

function placeOf(file: VFile, index: number): { place: string; text: string } {
  const message = file.messages[index]!;
  const place = message.place;
  if (!place || !('start' in place)) return { place: `${message.line}:${message.column}`, text: '' };
  const text = String(file.value).slice(place.start.offset, place.end.offset).replace(/\s+/g, ' ');
  return { place: `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`, text: text.length > 60 ? text.slice(0, 57) + '...' : text };
}

export function findingLines(file: VFile): FindingLine[] {
  return file.messages.map((message, i) => ({ ruleId: String(message.ruleId), ...placeOf(file, i), note: message.reason }));
}

export function parseExpected(content: string): FindingLine[] {
  return content
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [ruleId = '', place = '', text = '', note = ''] = line.split('\t');
      return { ruleId, place, text, note };
    });
}

export function formatExpected(document: string, lines: FindingLine[]): string {
  const header = [
    `# Expected copydesk findings for ${document} (default configuration, whole corpus in one run).`,
    '# rule\tplace (line:column-line:column)\ttext at that place\twhy it is right to report it',
  ];
  return [...header, ...lines.map((line) => [line.ruleId, line.place, line.text, line.note].join('\t'))].join('\n') + '\n';
}

export const keyOf = (line: FindingLine): string => `${line.ruleId} ${line.place}`;
