// The eval's matching and scoring, and the synthetic set's determinism (on the shipped corpus only).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeToOffsets } from '../scripts/eval/corpus.js';
import { overlaps, score, type Span, type Truth } from '../scripts/eval/score.js';
import { blockParagraphsOf, buildSynthetic, paragraphsOf, type SourceDoc } from '../scripts/eval/synthetic.js';
import { heldOut } from '../scripts/eval/split.js';
import { BASE_KINDS } from '../scripts/eval/kinds.js';
import { buildDoc, errorPlace } from '../scripts/eval/wmt.js';
import { ROOT } from './helpers.js';

describe('matching findings to truths', () => {
  it('counts overlap, not containment, and never touching ranges', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 5 })).toBe(true);
  });

  it('scores precision, recall and F1 per rule, by document and rule id', () => {
    const truths: Truth[] = [
      { doc: 'a', ruleId: 'spelling', start: 10, end: 15 },
      { doc: 'a', ruleId: 'spelling', start: 40, end: 45 },
      { doc: 'a', ruleId: 'duplicate-paragraph', start: 100, end: 200, also: [{ start: 0, end: 90 }] },
    ];
    const findings: Span[] = [
      { doc: 'a', ruleId: 'spelling', start: 12, end: 14 }, // finds the first
      { doc: 'b', ruleId: 'spelling', start: 40, end: 45 }, // other document: wrong
      { doc: 'a', ruleId: 'name-consistency', start: 40, end: 45 }, // other rule: wrong
      { doc: 'a', ruleId: 'duplicate-paragraph', start: 5, end: 20 }, // at the original of the copy: right
    ];
    const [spelling, names, duplicates] = score(findings, truths, ['spelling', 'name-consistency', 'duplicate-paragraph']);
    expect(spelling).toMatchObject({ findings: 2, truePositives: 1, truths: 2, found: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(names).toMatchObject({ findings: 1, truePositives: 0, truths: 0, precision: 0, recall: null });
    expect(duplicates).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('gives F1 0 when a rule finds nothing of what is there', () => {
    const [row] = score([], [{ doc: 'a', ruleId: 'spelling', start: 0, end: 1 }], ['spelling']);
    expect(row).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('turns an expected file place into document offsets', () => {
    expect(placeToOffsets('ab\ncdef\n', '2:2-2:4')).toEqual({ start: 4, end: 6 });
    expect(placeToOffsets('ab\n', 'nonsense')).toBeUndefined();
  });

  it('places a rater span inside its segment of the joined document', () => {
    const doc = buildDoc('sys', 'doc1', ['Headline here', 'The minster spoke. The minster left. ']);
    const place = errorPlace(doc, { system: 'sys', doc: 'doc1', seg: 1, rater: 'r', category: 'Fluency/Spelling', severity: 'Minor', span: 'minster', target: 'The minster spoke. The minster left.' });
    expect(place).toEqual({ start: 'Headline here\n\n'.length + 4, end: 'Headline here\n\n'.length + 11 });
    expect(doc.text.slice(place!.start, place!.end)).toBe('minster');
  });
});

describe('the synthetic set', () => {
  const corpusDir = path.join(ROOT, 'corpus');
  const sources: SourceDoc[] = fs
    .readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, paragraphs: paragraphsOf(fs.readFileSync(path.join(corpusDir, name), 'utf8')) }));

  it('is the same for the same seed and differs for another', () => {
    const once = buildSynthetic(sources, 7);
    expect(buildSynthetic(sources, 7)).toEqual(once);
    expect(buildSynthetic(sources, 8).map((doc) => doc.text)).not.toEqual(once.map((doc) => doc.text));
  });

  it('inserts defects of several kinds, each where the text really changed', () => {
    const docs = buildSynthetic(sources, 7);
    const truths = docs.flatMap((doc) => doc.truths.map((truth) => ({ doc, truth })));
    expect(new Set(truths.map(({ truth }) => truth.kind)).size).toBeGreaterThanOrEqual(5);
    for (const { doc, truth } of truths) {
      expect(truth.end).toBeLessThanOrEqual(doc.text.length);
      const marked = doc.text.slice(truth.start, truth.end);
      if (truth.kind === 'misspelling' || truth.kind === 'name-variant' || truth.kind === 'verbless-fragment' || truth.kind === 'subjectless-fragment') {
        expect(doc.clean.includes(marked), `${truth.kind}: "${marked}" should be new text`).toBe(false);
      }
      if (truth.kind === 'repeated-paragraph') expect(doc.text.slice(truth.also![0]!.start, truth.also![0]!.end)).toBe(marked);
    }
  });
});

describe('the history set', () => {
  it('holds out the documents whose number is divisible by 3, whatever the folder', () => {
    expect(['001-a.txt', '002-b.txt', '003-c.txt', 'x/300-d.txt', 'notes.txt'].map(heldOut)).toEqual([false, false, true, true, false]);
  });

  it('reads paragraphs separated by blank lines, joining hard-wrapped lines', () => {
    expect(blockParagraphsOf('One line\nwrapped.\n\n\nTwo.\r\n\r\nThree.\n')).toEqual(['One line wrapped.', 'Two.', 'Three.']);
  });

  it('puts at most perDoc defects into a document, of kinds in a random order', () => {
    const corpusDir = path.join(ROOT, 'corpus');
    const sources = fs
      .readdirSync(corpusDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, paragraphs: paragraphsOf(fs.readFileSync(path.join(corpusDir, name), 'utf8')) }));
    const docs = buildSynthetic(sources, 3, '', { kinds: BASE_KINDS, perDoc: 2, keepNames: true });
    expect(docs.map((doc) => doc.name)).toEqual(sources.map((source) => source.name));
    for (const doc of docs) expect(doc.truths.length).toBeLessThanOrEqual(2);
    expect(docs.some((doc) => doc.truths.length === 2)).toBe(true);
  });
});
