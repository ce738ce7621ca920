// The WMT 2023 MQM zh-en data: system outputs as documents, raters' error spans as places in them.
import fs from 'node:fs';
import path from 'node:path';
import { countWords, type Doc } from './lint.js';
import type { Truth } from './score.js';

/** Which MQM categories count as true defects for which rule (rules not listed have none). */
export const CATEGORY_MAP: Readonly<Record<string, readonly string[]>> = {
  'name-consistency': ['Fluency/Inconsistency', 'Locale convention/Name format'],
  'garbled-sentence': ['Fluency/Grammar', 'Style/Bad sentence structure', 'Non-translation!', 'Fluency/Text-Breaking'],
  spelling: ['Fluency/Spelling'],
};

export const SEGMENT_SEPARATOR = '\n\n';

export interface WmtDoc extends Doc {
  system: string;
  id: string;
  segments: string[];
  /** Offset of each segment in `text`. */
  segmentStarts: number[];
  words: number;
}

export interface WmtError {
  system: string;
  doc: string;
  /** 0-based segment index. */
  seg: number;
  rater: string;
  category: string;
  severity: string;
  span: string | null;
  target: string;
}

export interface WmtData {
  docs: WmtDoc[];
  errors: WmtError[];
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const docName = (system: string, id: string): string => `${system}/${id.replace(/[^\w.-]+/g, '_')}.txt`;

/** One document per system and news item: its segments joined with blank lines. */
export function buildDoc(system: string, id: string, segments: string[]): WmtDoc {
  const segmentStarts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    segmentStarts.push(offset);
    offset += segment.length + SEGMENT_SEPARATOR.length;
  }
  const text = segments.join(SEGMENT_SEPARATOR);
  return { name: docName(system, id), system, id, segments, segmentStarts, text, words: countWords(text) };
}

export function loadWmt(dir: string): WmtData {
  const docs = readJsonl<{ system: string; doc: string; segments: string[] }>(path.join(dir, 'documents.jsonl')).map((row) =>
    buildDoc(row.system, row.doc, row.segments),
  );
  const errors = readJsonl<Omit<WmtError, 'seg'> & { seg: string | number }>(path.join(dir, 'error_spans.jsonl')).map((row) => ({
    ...row,
    seg: Number(row.seg) - 1,
  }));
  return { docs, errors };
}

/** Where an error's span lies in its document, or undefined when it has no span or cannot be found. */
export function errorPlace(doc: WmtDoc, error: WmtError): { start: number; end: number } | undefined {
  const segment = doc.segments[error.seg];
  if (error.span === null || error.span === '' || segment === undefined) return undefined;
  // The rated target can differ from the segment by surrounding white space only.
  const targetAt = segment.indexOf(error.target);
  const inTarget = error.target.indexOf(error.span);
  const at = targetAt >= 0 && inTarget >= 0 ? targetAt + inTarget : segment.indexOf(error.span);
  if (at < 0) return undefined;
  const start = doc.segmentStarts[error.seg]! + at;
  return { start, end: start + error.span.length };
}

/** Raters' spans in mapped categories as truths, one per rule and place (raters agreeing count once). */
export function wmtTruths(data: WmtData): { truths: Truth[]; unplaced: number } {
  const ruleOf = new Map(Object.entries(CATEGORY_MAP).flatMap(([ruleId, categories]) => categories.map((category) => [category, ruleId])));
  const byKey = new Map(data.docs.map((doc) => [`${doc.system}\0${doc.id}`, doc]));
  const seen = new Set<string>();
  const truths: Truth[] = [];
  let unplaced = 0;
  for (const error of data.errors) {
    const ruleId = ruleOf.get(error.category);
    const doc = byKey.get(`${error.system}\0${error.doc}`);
    if (!ruleId || !doc) continue;
    const place = errorPlace(doc, error);
    if (!place) {
      unplaced++;
      continue;
    }
    const key = `${doc.name}\0${ruleId}\0${place.start}\0${place.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    truths.push({ doc: doc.name, ruleId, ...place, kind: error.category });
  }
  return { truths, unplaced };
}

/** Every rater span of every category, as places (rule id left empty). */
export function allRaterSpans(data: WmtData): Truth[] {
  const byKey = new Map(data.docs.map((doc) => [`${doc.system}\0${doc.id}`, doc]));
  return data.errors.flatMap((error) => {
    const doc = byKey.get(`${error.system}\0${error.doc}`);
    const place = doc && errorPlace(doc, error);
    return place ? [{ doc: doc.name, ruleId: '', ...place, kind: error.category }] : [];
  });
}

export interface SystemRank {
  system: string;
  words: number;
  errors: number;
  errorsPerKiloWord: number;
}

/** Systems ranked best first by raters' errors per word (every category, every rater). */
export function rankSystems(data: WmtData): SystemRank[] {
  const words = new Map<string, number>();
  for (const doc of data.docs) words.set(doc.system, (words.get(doc.system) ?? 0) + doc.words);
  const errors = new Map<string, number>();
  for (const error of data.errors) errors.set(error.system, (errors.get(error.system) ?? 0) + 1);
  return [...words]
    .map(([system, count]) => ({ system, words: count, errors: errors.get(system) ?? 0, errorsPerKiloWord: ((errors.get(system) ?? 0) * 1000) / count }))
    .sort((a, b) => a.errorsPerKiloWord - b.errorsPerKiloWord);
}

/** For each news item, the output of the system with the fewest raters' errors per word on it: the cleanest real text. */
export function cleanestDocs(data: WmtData): WmtDoc[] {
  const errors = new Map<string, number>();
  for (const error of data.errors) errors.set(docName(error.system, error.doc), (errors.get(docName(error.system, error.doc)) ?? 0) + 1);
  const best = new Map<string, WmtDoc>();
  const rate = (doc: WmtDoc) => (errors.get(doc.name) ?? 0) / Math.max(1, doc.words);
  for (const doc of data.docs) {
    const current = best.get(doc.id);
    if (!current || rate(doc) < rate(current)) best.set(doc.id, doc);
  }
  return [...best.values()].sort((a, b) => a.id.localeCompare(b.id));
}
