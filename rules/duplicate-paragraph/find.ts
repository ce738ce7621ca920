// Finds, for each paragraph, the earlier paragraph it repeats: exact keys first, then LSH candidates.
import { CoverBounds, newText, overlap, type Overlap } from './compare.js';
import type { ParagraphSketch } from './records.js';
import { bandKeys, LshIndex, rangeSignatures } from './sketch.js';

export type MatchKind = 'exact' | 'contained' | 'near';

export interface Item {
  /** File of the run (0 for a single document); items are in run order. */
  group: number;
  record: ParagraphSketch;
}

export interface Match {
  later: number;
  earlier: number;
  kind: MatchKind;
  /** Share of the earlier and of the later paragraph's words that the other repeats. */
  coverEarlier: number;
  coverLater: number;
  newSentences: number;
  newWords: number;
  /** Indices of the later paragraph's sentences that the match covers. */
  repeatedSentences: number[];
}

export interface FindOptions {
  threshold: number;
  minWords: number;
  /** 'within': pairs inside one group; 'across': a later group against earlier groups only. */
  mode: 'within' | 'across';
  /** Later paragraphs not to report (e.g. already reported inside their own file). */
  skip?: (id: number) => boolean;
}

export interface FindResult {
  matches: Match[];
  /** Pairs compared word by word after the LSH step (the measure of the algorithm's cost). */
  candidatePairs: number;
  /** Sentences of later paragraphs repeated from a parallel earlier one (one template, other names): by paragraph id. */
  parallelSentences: Map<number, number[]>;
}

/** A one-sentence paragraph found inside a later one must make up this much of it. */
const MIN_LATER_SHARE = 0.5;
/** Members compared per LSH bucket. */
const PER_BUCKET = 8;
/** Candidates compared per paragraph: those that share the most LSH buckets for their size. */
const PER_PARAGRAPH = 32;

/**
 * The `limit` most promising candidates, in id order: most shared buckets per sketched piece of the
 * smaller of the two paragraphs (a repeated sentence shares all of its own buckets, but only a small
 * part of a long paragraph's); ties go to the earliest.
 */
function bestCandidates(hits: ReadonlyMap<number, number>, pieces: readonly number[], own: number, limit: number): number[] {
  const ids = [...hits.keys()];
  if (ids.length > limit) {
    const rank = (id: number): number => hits.get(id)! / Math.min(pieces[id]!, own);
    ids.sort((a, b) => rank(b) - rank(a) || a - b);
    ids.length = limit;
  }
  return ids.sort((a, b) => a - b);
}

/**
 * One earlier sentence found in a later paragraph that is mostly new and does not open with it:
 * that is a repeated sentence (duplicate-sentence's business), not a repeated paragraph.
 */
function isLoneSentence(earlier: ParagraphSketch, later: ParagraphSketch, share: Overlap): boolean {
  if (earlier.sentences.length > 1 || share.later >= MIN_LATER_SHARE || earlier.words.length > later.words.length) return false;
  const first = later.sentences[0];
  if (!first) return true;
  let covered = 0;
  for (let i = first.from; i < first.to; i++) covered += share.laterCovered[i]!;
  return covered * 2 <= first.to - first.from;
}

/** Names and numbers one paragraph has where the other differs: at least this many on each side make them parallel (an edited copy or a copy with name slips has fewer). */
const MIN_PARALLEL_NAMES = 3;

const unrepeatedNames = (record: ParagraphSketch, covered: Uint8Array): number => {
  let count = 0;
  for (const position of record.names ?? []) if (!covered[position]) count++;
  return count;
};

/**
 * Two paragraphs of one template about different people, places or cases ("X, (Case No. 1), is charged
 * with ..." then "Y, (Case No. 2), is charged with ..."): each has names or numbers of its own where the
 * other differs. A copy keeps the earlier paragraph's names, and a copy with one name slip is still a copy.
 */
function isParallel(earlier: ParagraphSketch, later: ParagraphSketch, share: Overlap): boolean {
  return unrepeatedNames(earlier, share.earlierCovered) >= MIN_PARALLEL_NAMES && unrepeatedNames(later, share.laterCovered) >= MIN_PARALLEL_NAMES;
}

/** Below this many words, a paragraph with words of its own is an item of a list on one pattern ("You have disabled cookies in your browser."), not an edited copy. */
const MIN_EDITED_WORDS = 12;

/**
 * Two paragraphs that only look alike: short items on one pattern with a word or two of their own, or a
 * question and the statement it echoes ("Read what inspired her, below." then "What inspired you?").
 */
function isLookAlike(earlier: ParagraphSketch, later: ParagraphSketch, score: number): boolean {
  if (score >= 1) return false;
  return ( Math.min(earlier.words.length, later.words.length) < MIN_EDITED_WORDS || (earlier.question ?? false) !== (later.question ?? false));
}

/**
 * An excerpt: a quotation displayed after a colon ("She said:") that shares only a part with another
 * paragraph, as a release quotes a speech and then prints it in full. A whole copy is still reported.
 */
function isExcerpt(earlier: ParagraphSketch, later: ParagraphSketch, share: Overlap, threshold: number): boolean {
  return (earlier.introduced || later.introduced) === true && Math.min(share.earlier, share.later) < threshold;
}

/**
 * Two paragraphs under different headings of one document: a guide's sections stand alone, and each
 * repeats the instruction or condition that applies to it ("Do not round the figure to whole pence.").
 */
const inOtherSections = (earlier: ParagraphSketch, later: ParagraphSketch): boolean =>
  earlier.section !== undefined && later.section !== undefined && earlier.section !== later.section;

/** Whether a later paragraph may repeat an earlier one under `options.mode` (one function, not a closure per run: one call target for V8). */
function eligible(items: readonly Item[], options: FindOptions, earlier: number, later: number): boolean {
  const a = items[earlier]!.group;
  const b = items[later]!.group;
  return options.mode === 'within' ? a === b && !inOtherSections(items[earlier]!.record, items[later]!.record) : a < b;
}

export function findDuplicates(items: readonly Item[], options: FindOptions): FindResult {
  const firstByKey = new Map<string, number>();
  const index = new LshIndex(PER_BUCKET);
  const matches: Match[] = [];
  const parallelSentences = new Map<number, number[]>();
  /** Sketched pieces (sentences and whole) of each indexed paragraph. */
  const pieces: number[] = [];
  const bounds = new CoverBounds();
  let candidatePairs = 0;

  items.forEach(({ record }, id) => {
    if (record.words.length < options.minWords) return;
    const skipped = options.skip?.(id) ?? false;
    const first = firstByKey.get(record.key);
    if (first !== undefined) {
      // An exact copy: never indexed itself, so buckets hold one member per distinct text.
      if (!skipped && eligible(items, options, first, id)) {
        const all = record.sentences.map((_, i) => i);
        matches.push({ later: id, earlier: first, kind: 'exact', coverEarlier: 1, coverLater: 1, newSentences: 0, newWords: 0, repeatedSentences: all });
      }
      return;
    }
    firstByKey.set(record.key, id);

    if (record.titleLike) return;
    const hits = new Map<number, number>();
    const signatures = rangeSignatures(record.words, record.sentences);
    pieces[id] = signatures.length;
    for (const signature of signatures) if (signature) index.addAndQuery(id, bandKeys(signature), hits);
    if (skipped) return;
    let best: Match | undefined;
    let bestScore = 0;
    let bestLater = 0;
    for (const candidate of hits.keys()) if (!eligible(items, options, candidate, id)) hits.delete(candidate);
    if (hits.size > 0) bounds.load(record.words);
    for (const earlier of bestCandidates(hits, pieces, signatures.length, PER_PARAGRAPH)) {
      const other = items[earlier]!.record;
      candidatePairs++;
      const earlierShorter = other.words.length <= record.words.length;
      // Cheap upper bound first: most candidates share a sentence or two, far below the threshold.
      const shares = bounds.shares(other.words);
      const bound = earlierShorter ? shares.other : shares.loaded;
      if (bound < options.threshold || bound < bestScore) continue;
      const share = overlap(other.words, record.words);
      const score = earlierShorter ? share.earlier : share.later;
      // The best explains most of the shorter paragraph, then most of the later one; ties go to the earliest.
      if (score < options.threshold || score < bestScore || (score === bestScore && share.later <= bestLater)) continue;
      if (isLoneSentence(other, record, share) || isLookAlike(other, record, score)) continue;
      if (isParallel(other, record, share) || isExcerpt(other, record, share, options.threshold)) {
        parallelSentences.set(id, [...(parallelSentences.get(id) ?? []), ...newText(share.laterCovered, record.sentences).repeated]);
        continue;
      }
      bestScore = score;
      bestLater = share.later;
      const added = newText(share.laterCovered, record.sentences);
      const near = share.earlier >= options.threshold && share.later >= options.threshold;
      best = {
        later: id,
        earlier,
        kind: near ? 'near' : 'contained',
        coverEarlier: share.earlier,
        coverLater: share.later,
        newSentences: added.sentences,
        newWords: added.words,
        repeatedSentences: added.repeated,
      };
    }
    if (best) matches.push(best);
  });
  return { matches, candidatePairs, parallelSentences };
}
