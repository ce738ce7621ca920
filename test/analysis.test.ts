// The shared analysis: paragraphs as a reader sees them, Markdown prose only, tokens at exact offsets.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { ROOT } from './helpers.js';

const seed = (name: string) => fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8');

describe('plain-text paragraphs', () => {
  it('takes each line as a paragraph when a document puts one paragraph per line (first seed)', () => {
    const text = seed('000_b26d12ed39113007.txt');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const paragraphs = analyse(text, 'text').paragraphs;
    expect(paragraphs.map((p) => p.text)).toEqual(lines.map((line) => line.trim()));
  });

  it('splits at blank lines (second seed), with short stand-alone lines as kind "line"', () => {
    const text = seed('001_ca7f08b1c78a5a54.txt');
    const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
    const paragraphs = analyse(text, 'text').paragraphs;
    expect(paragraphs.map((p) => p.text)).toEqual(blocks);
    expect(paragraphs.at(-1)).toMatchObject({ text: 'VNA', kind: 'line' });
    expect(paragraphs.filter((p) => p.kind === 'body')).toHaveLength(blocks.length - 1);
  });

  it('joins hard-wrapped lines into one paragraph, and ends it at a short closing line', () => {
    const text = [
      'The two leaders agreed to deepen ties between the ruling parties and to',
      'maintain cooperation in strategic leader training, aiming to enhance mutual',
      'understanding in the future.',
      'A second paragraph starts here, wrapped at the same width as the first one',
      'was, and it ends on this line.',
      '',
      'Another paragraph after a blank line.',
    ].join('\n');
    const paragraphs = analyse(text, 'text').paragraphs;
    expect(paragraphs.map((p) => p.text.split('\n').length)).toEqual([3, 2, 1]);
    expect(paragraphs[0]!.text.endsWith('in the future.')).toBe(true);
  });

  it('joins hard-wrapped lines whose every break falls before a capitalised word', () => {
    const text = [
      'On Tuesday the delegation led by Deputy Foreign Minister Duc Minh',
      'Tran met officials of the European Commission and the World Bank in',
      'Brussels to discuss the financing of the new North-South Expressway',
      'Project, which is due to open in 2027.',
    ].join('\n');
    expect(analyse(text, 'text').paragraphs).toHaveLength(1);
    const headlines = ['Leaders Meet In Hanoi', 'Trade To Reach 18 Billion USD', 'New Flights Planned'].join('\n');
    expect(analyse(headlines, 'text').paragraphs).toHaveLength(3);
  });

  it('keeps list items apart and marks them as lists', () => {
    const paragraphs = analyse('Agreements signed:\n- MoU on education\n- MoU on labour\n', 'text').paragraphs;
    expect(paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['line', 'Agreements signed:'],
      ['list', '- MoU on education'],
      ['list', '- MoU on labour'],
    ]);
  });

  it('handles Windows and old Mac line endings', () => {
    expect(analyse('One line.\r\nTwo line.\r\n\r\nThree.', 'text').paragraphs.map((p) => p.text)).toEqual(['One line.', 'Two line.', 'Three.']);
    expect(analyse('One line.\rTwo line.', 'text').paragraphs).toHaveLength(2);
  });
});

describe('Markdown', () => {
  const markdown = [
    '# A heading',
    '',
    'Prose with `inline code` and a [link](https://example.com/the-the) here.',
    '',
    '```js',
    'const notProse = "the the";',
    '```',
    '',
    '- a list item',
    '',
    '> a quotation',
    '',
    '<div>html block</div>',
  ].join('\n');
  const analysis = analyse(markdown, 'markdown');

  it('keeps offsets right after a byte-order mark', () => {
    const text = '\uFEFF## Current Status\n\nSome text.\n';
    const blocks = analyse(text, 'markdown').paragraphs;
    expect(blocks.map((p) => [p.text, text.slice(p.start, p.end)])).toEqual([
      ['Current Status', 'Current Status'],
      ['Some text.', 'Some text.'],
    ]);
  });

  it('keeps only prose blocks, with their kinds', () => {
    expect(analysis.paragraphs.map((p) => p.kind)).toEqual(['heading', 'body', 'list', 'blockquote']);
  });

  it('blanks code, URLs and markup while keeping offsets', () => {
    const body = analysis.paragraphs[1]!;
    expect(body.text).not.toContain('inline code');
    expect(body.text).not.toContain('example.com');
    expect(body.text).toContain('link');
    for (const token of analysis.tokens) expect(markdown.slice(token.start, token.end)).toBe(token.text);
    expect(analysis.tokens.map((t) => t.text)).not.toContain('notProse');
  });
});

describe('tokens and sentences', () => {
  it('gives every token and sentence its exact place in the document', () => {
    const text = seed('000_b26d12ed39113007.txt');
    const analysis = analyse(text, 'text');
    for (const token of analysis.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    for (const sentence of analysis.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(analysis.sentences.find((s) => s.text === 'Welcomed the delegation.')).toBeDefined();
  });

  it('keeps words with letters the model does not know in one piece', () => {
    const text = 'Thủ tướng Phạm Minh Chính met Nguyễn Phú Trọng and Pha\u0323m in Łódź.';
    const analysis = analyse(text, 'text');
    const words = analysis.tokens.filter((t) => t.type === 'word').map((t) => t.text);
    expect(words).toEqual(['Thủ', 'tướng', 'Phạm', 'Minh', 'Chính', 'met', 'Nguyễn', 'Phú', 'Trọng', 'and', 'Pha\u0323m', 'in', 'Łódź']);
    expect(analysis.sentences).toHaveLength(1);
    expect(analysis.sentences[0]!.tokenEnd).toBe(analysis.tokens.length);
    const glued = analysis.tokens.find((t) => t.text === 'Phạm')!;
    expect([glued.lower, glued.pos, glued.end - glued.start, glued.spaceBefore]).toEqual(['phạm', 'PROPN', 4, true]);
  });

  it('gives each token its lower-cased text, its sentence and whether a space precedes it', () => {
    const analysis = analyse('The U.N. Secretary-General spoke.\n\n"Yes," he said.', 'text');
    const read = analysis.tokens.map((t) => [t.index, t.lower, t.type, t.sentence, t.spaceBefore]);
    expect(read).toContainEqual([0, 'the', 'word', 0, true]);
    expect(read.find(([, lower]) => lower === '"')).toEqual([expect.any(Number), '"', 'punctuation', 1, true]);
    expect(read.find(([, lower]) => lower === 'yes')?.slice(3)).toEqual([1, false]);
    expect(analysis.tokens.every((t, i) => t.index === i && t.sentence === analysis.sentences.findIndex((s) => s.tokenStart <= i && i < s.tokenEnd))).toBe(true);
  });

  it('tags parts of speech', () => {
    const analysis = analyse('The minister signed the agreement.', 'text');
    expect(analysis.tokens.map((t) => t.pos)).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  });

  it('survives empty and odd input', () => {
    for (const text of ['', '\n\n\n', '   ', '…', '🙂🙂', '\u0000', 'a'.repeat(5000)]) {
      const analysis = analyse(text, 'text');
      for (const token of analysis.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('turns offsets into line:column points for every kind of line ending', () => {
    const analysis = analyse('ab\r\ncd\ref\ngh', 'text');
    expect([0, 4, 7, 10].map((offset) => analysis.point(offset))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 4 },
      { line: 3, column: 1, offset: 7 },
      { line: 4, column: 1, offset: 10 },
    ]);
  });

  it('computes shared data once', () => {
    const analysis = analyse('Some text.', 'text');
    let calls = 0;
    const compute = () => ++calls;
    analysis.shared('k', compute);
    analysis.shared('k', compute);
    expect(calls).toBe(1);
    analysis.forgetShared();
    analysis.shared('k', compute);
    expect(calls).toBe(2);
  });
});

describe('one document at a time', () => {
  it("splits a document's sentences the same whatever was analysed before it", () => {
    const sentences = (text: string) => analyse(text, 'text').sentences.map((s) => text.slice(s.start, s.end));
    // wink-nlp's cache learns "K.W" from this one and, kept, would split "K.W." before "time" below.
    sentences("Talks with the K.W went on, but the K.W wouldn't agree.");
    const later = 'Events will be shown live in the morning K.W. time. So it goes.';
    expect(sentences(later)).toEqual(['Events will be shown live in the morning K.W. time.', 'So it goes.']);
  });
});
