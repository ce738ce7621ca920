// duplicate-paragraph (and duplicate-sentence): text written twice, exactly or with small changes.
import { defineRule } from '../../src/rule.js';
import type { Analysis, Point } from '../../src/types.js';
import { findDuplicates, type Item, type Match } from './find.js';
import { paragraphReason, sentenceReason } from './messages.js';
import { paragraphRecords, type ParagraphRecord, type ParagraphSketch } from './records.js';
import { repeatedSentences, type SentenceRepeat } from './sentences.js';

interface Settings {
  threshold: number;
  minWords: number;
  minSentenceWords: number;
}

interface DocumentResult {
  records: ParagraphRecord[];
  matches: Match[];
  sentences: SentenceRepeat[];
}

/** What a file keeps for the cross-file check. */
interface Collected {
  paragraphs: ParagraphSketch[];
  /** Indices into `paragraphs` already reported inside the file. */
  reported: number[];
}

function analyseDocument(analysis: Analysis, settings: Settings): DocumentResult {
  return analysis.shared(`duplicate-paragraph:${settings.threshold}:${settings.minWords}:${settings.minSentenceWords}`, () => {
    const records = analysis.shared('duplicate-paragraph:records', () => paragraphRecords(analysis));
    const items = records.map((record) => ({ group: 0, record }));
    const { matches, parallelSentences } = findDuplicates(items, { ...settings, mode: 'within' });
    return { records, matches, sentences: repeatedSentences(records, matches, settings.minSentenceWords, parallelSentences) };
  });
}

/**
 * Paragraphs whose exact text is in at least a tenth of the run's files (and in 3 or more): a
 * footer or disclaimer that every file carries on purpose, not a repeat to report across files.
 */
function boilerplate(items: readonly Item[], files: number): number[] {
  const filesByKey = new Map<string, Set<number>>();
  for (const { group, record } of items) {
    let groups = filesByKey.get(record.key);
    if (!groups) filesByKey.set(record.key, (groups = new Set()));
    groups.add(group);
  }
  const limit = Math.max(3, files / 10);
  return items.flatMap(({ record }, id) => (filesByKey.get(record.key)!.size >= limit ? [id] : []));
}

const at = (point: Point): string => `${point.line}:${point.column}`;
const round = (share: number): number => Math.round(share * 100) / 100;

function matchData(match: Match, earlier: Point, path?: string): Record<string, unknown> {
  const of = path === undefined ? { line: earlier.line, column: earlier.column } : { path, line: earlier.line, column: earlier.column };
  return { kind: match.kind, of, coverEarlier: round(match.coverEarlier), coverLater: round(match.coverLater) };
}

export default defineRule({
  id: 'duplicate-paragraph',
  extraIds: ['duplicate-sentence'],
  description: 'A paragraph that repeats an earlier one, exactly or with small changes (and, as duplicate-sentence, a repeated sentence).',
  defaultSeverity: 'warn',
  options: {
    threshold: {
      type: 'number',
      default: 0.8,
      min: 0.5,
      max: 1,
      description: 'Share of the shorter paragraph\'s words that must be repeated in the other for a near-duplicate.',
    },
    minWords: {
      type: 'number',
      default: 8,
      min: 3,
      integer: true,
      description: 'Paragraphs with fewer words are never compared (captions, credits, short lines).',
    },
    minSentenceWords: {
      type: 'number',
      default: 8,
      min: 3,
      integer: true,
      description: 'duplicate-sentence: sentences with fewer words are never reported ("He said so.").',
    },
    crossFile: {
      type: 'boolean',
      default: false,
      description: 'Also report a paragraph that repeats a paragraph of another file of the same run.',
    },
  },

  check({ analysis, options, report }) {
    const { records, matches, sentences } = analyseDocument(analysis, options);
    for (const match of matches) {
      const later = records[match.later]!;
      const earlier = records[match.earlier]!;
      report({
        start: later.start.offset,
        end: later.end.offset,
        reason: paragraphReason(match, at(earlier.start)),
        data: matchData(match, earlier.start),
      });
    }
    for (const { later, earlier } of sentences) {
      const place = analysis.point(earlier.start);
      report({
        ruleId: 'duplicate-sentence',
        start: later.start,
        end: later.end,
        reason: sentenceReason(at(place)),
        data: { kind: 'exact', of: { line: place.line, column: place.column } },
      });
    }
  },

  collect({ analysis, options }): Collected | undefined {
    if (!options.crossFile) return undefined;
    const { records, matches } = analyseDocument(analysis, options);
    const reported = new Set(matches.map((match) => match.later));
    const kept = records.map((record, i) => ({ record, reported: reported.has(i) })).filter(({ record }) => record.words.length >= options.minWords);
    return {
      paragraphs: kept.map(({ record: { start, end, key, words, sentences, titleLike, names, question, introduced } }) => ({
        start,
        end,
        key,
        words: Array.from(words),
        titleLike,
        names,
        ...(question ? { question } : {}),
        ...(introduced ? { introduced } : {}),
        sentences: sentences.map(({ from, to }) => ({ from, to })),
      })),
      reported: kept.flatMap(({ reported: done }, i) => (done ? [i] : [])),
    };
  },

  checkRun(entries, { options, report }) {
    if (!options.crossFile) return;
    // Words as typed arrays again, as inside one file (one kind of array for the comparisons).
    const items = entries.flatMap((entry, group) => (entry.data as Collected).paragraphs.map((record) => ({ group, record: { ...record, words: Uint32Array.from(record.words) } })));
    const skip = new Set<number>();
    let offset = 0;
    for (const entry of entries) {
      const data = entry.data as Collected;
      for (const i of data.reported) skip.add(offset + i);
      offset += data.paragraphs.length;
    }
    for (const id of boilerplate(items, entries.length)) skip.add(id);
    const { matches } = findDuplicates(items, { ...options, mode: 'across', skip: (id) => skip.has(id) });
    for (const match of matches) {
      const later = items[match.later]!;
      const earlier = items[match.earlier]!;
      const path = entries[earlier.group]!.path;
      report({
        path: entries[later.group]!.path,
        start: later.record.start,
        end: later.record.end,
        reason: paragraphReason(match, `${path}:${at(earlier.record.start)}`),
        data: matchData(match, earlier.record.start, path),
      });
    }
  },
});
