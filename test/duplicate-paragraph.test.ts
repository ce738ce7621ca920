import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { checkRun, lintDocument } from '../src/pipeline.js';
import { CoverBounds, overlap } from '../rules/duplicate-paragraph/compare.js';
import { findDuplicates, type Item } from '../rules/duplicate-paragraph/find.js';
import { paragraphRecords } from '../rules/duplicate-paragraph/records.js';
import { configWith, lint, lintRun, ROOT, spans } from './helpers.js';

const BOTH = { 'duplicate-paragraph': 'warn', 'duplicate-sentence': 'warn' } as const;
const corpus = (name: string) => fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8');
const WMT = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'duplicates', 'wmt-gpt4-5shot.txt'), 'utf8');
const data = (message: { data?: unknown }) => (message as { data?: Record<string, unknown> }).data;

const LEAD =
  'The city council approved a new budget on Tuesday that doubles spending on public transport and cuts the cost of a monthly bus pass by a third.';
const SECOND =
  'Opposition members argued that the plan relies on optimistic forecasts of ticket sales, and warned that fares may have to rise again within two years.';
const THIRD = 'The mayor said the first new bus lines would open in the spring, starting with routes to the two largest hospitals.';

describe('duplicate-paragraph on the seed articles', () => {
  it('reports the two repeated paragraphs of 001 on their later copies, and nothing else', () => {
    const text = corpus('001_ca7f08b1c78a5a54.txt');
    const messages = lint(text, BOTH);
    expect(messages.map((m) => m.reason)).toEqual([
      'Paragraph repeats the paragraph at 1:1 (100% of it, plus 12 new words)',
      'Paragraph repeats the paragraph at 3:1 (100% of it, plus 1 new sentence)',
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['duplicate-paragraph', 'duplicate-paragraph']);
    expect(messages.map((m) => [m.line, m.place && 'end' in m.place ? m.place.end.line : 0])).toEqual([
      [5, 5],
      [7, 7],
    ]);
    expect(messages.map((m) => data(m)?.kind)).toEqual(['contained', 'contained']);
    expect(data(messages[1]!)?.of).toEqual({ line: 3, column: 1 });
  });

  it('is silent on 000, whose paragraphs are all different', () => {
    expect(lint(corpus('000_b26d12ed39113007.txt'), BOTH)).toEqual([]);
  });
});

describe('duplicate-paragraph on real machine-translated news', () => {
  /** Word sets, to check each finding by a method other than the rule's. */
  const wordSet = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

  it('finds little in 36 unmodified documents, and only text that really repeats', () => {
    const findings = WMT.split('\n\n* * *\n\n').flatMap((document) => {
      const paragraphs = document.split('\n\n');
      return lint(document, BOTH).map((message) => {
        const later = wordSet(spans(document, [message])[0]!);
        const of = data(message)?.of as { line: number } | undefined;
        const earlier = wordSet(document.split('\n').slice((of?.line ?? 1) - 1)[0]!);
        const shorter = later.size < earlier.size ? later : earlier;
        const longer = shorter === later ? earlier : later;
        return { paragraphs: paragraphs.length, shared: [...shorter].filter((word) => longer.has(word)).length / shorter.size };
      });
    });
    expect(findings.length).toBeLessThanOrEqual(3);
    for (const finding of findings) expect(finding.shared).toBeGreaterThan(0.8);
  });
});

describe('kinds of repeat', () => {
  it('exact: the same paragraph after normalising case, quotes, dashes and white space', () => {
    const copy = LEAD.replace('The city', 'the  city').replace('a third', 'a third').replace('public transport', 'public\ttransport');
    const text = `${LEAD.replace('doubles', 'doubles – as promised –')}\n\n${SECOND}\n\n${copy.replace('doubles', 'doubles - as promised -')}\n`;
    const messages = lint(text, BOTH);
    expect(messages.map((m) => m.reason)).toEqual(['Paragraph repeats the paragraph at 1:1 word for word']);
    expect(data(messages[0]!)).toMatchObject({ kind: 'exact', of: { line: 1, column: 1 } });
    expect(messages[0]!.line).toBe(5);
  });

  it('near: a copy with a word changed and a word dropped', () => {
    const edited = LEAD.replace('approved', 'passed').replace(' public', '');
    const text = `${LEAD}\n\n${SECOND}\n\n${THIRD}\n\n${edited}\n`;
    const messages = lint(text, BOTH);
    expect(spans(text, messages)).toEqual([edited]);
    expect(data(messages[0]!)?.kind).toBe('near');
    expect(messages[0]!.reason).toBe('Paragraph repeats the paragraph at 1:1 (92% of it, plus 1 new word)');
  });

  it('contained: a copy with a sentence appended', () => {
    const text = `${LEAD}\n\n${SECOND}\n\n${LEAD} ${THIRD}\n`;
    const messages = lint(text, BOTH);
    expect(messages.map((m) => m.reason)).toEqual(['Paragraph repeats the paragraph at 1:1 (100% of it, plus 1 new sentence)']);
    expect(data(messages[0]!)?.kind).toBe('contained');
    // The repeated sentence inside it is covered by the paragraph finding: no duplicate-sentence.
    expect(messages.filter((m) => m.ruleId === 'duplicate-sentence')).toEqual([]);
  });

  it('contained: a later paragraph that repeats part of an earlier one', () => {
    const text = `${LEAD} ${SECOND}\n\n${THIRD}\n\n${SECOND}\n`;
    const messages = lint(text, BOTH);
    expect(spans(text, messages)).toEqual([SECOND]);
    expect(messages[0]!.reason).toMatch(/^Paragraph repeats part of the paragraph at 1:1 \(\d+% of it\)$/);
  });

  it('does not report paragraphs that merely share a topic and some phrases', () => {
    const other =
      'The city council rejected a new budget on Monday that would have cut spending on public parks and raised the cost of parking permits by half.';
    expect(lint(`${LEAD}\n\n${other}\n`, BOTH)).toEqual([]);
  });
});

describe('boilerplate is left alone', () => {
  it('short lines, bylines, credits and short paragraphs', () => {
    const text = `By Nguyen Van An\n\n${LEAD}\n\nVNA\n\n${SECOND}\n\nBy Nguyen Van An\n\nVNA\n\nMore details to follow.\n\nMore details to follow.\n`;
    expect(lint(text, BOTH)).toEqual([]);
  });

  it('Markdown list items, headings, table cells and quotations', () => {
    const text = [
      `## ${LEAD.slice(0, -1)}`,
      `- ${SECOND}`,
      `> ${THIRD}`,
      `| a | b |\n| --- | --- |\n| ${SECOND} | x |`,
      LEAD,
      `## ${LEAD.slice(0, -1)}`,
      `- ${SECOND}`,
      `> ${THIRD}`,
      THIRD,
    ].join('\n\n');
    expect(lint(text + '\n', BOTH, 'doc.md')).toEqual([]);
  });

  it('a long headline restated in the lead is news style, but a headline printed twice is not', () => {
    const headline = 'City council approves budget that doubles spending on buses and cuts the price of a monthly pass';
    expect(lint(`${headline}\n\n${headline.replace('City', 'The city')} by a third, officials said on Tuesday.\n\n${SECOND}\n`, BOTH)).toEqual([]);
    const twice = lint(`${headline}\n\n${headline}\n\n${SECOND}\n`, BOTH);
    expect(twice.map((m) => data(m)?.kind)).toEqual(['exact']);
  });
});

describe('options', () => {
  const edited = LEAD.replace('approved', 'passed').replace('Tuesday', 'Monday').replace('a third', 'half');
  const text = `${LEAD}\n\n${SECOND}\n\n${edited}\n`;

  it('threshold: how much must be repeated', () => {
    expect(lint(text, { 'duplicate-paragraph': ['warn', { threshold: 0.8 }] })).toHaveLength(1);
    expect(lint(text, { 'duplicate-paragraph': ['warn', { threshold: 0.95 }] })).toEqual([]);
  });

  it('minWords: shorter paragraphs are never compared', () => {
    const short = `Prices rose again in March.\n\n${LEAD}\n\nPrices rose again in March.\n`;
    expect(lint(short, BOTH)).toEqual([]);
    expect(lint(short, { 'duplicate-paragraph': ['warn', { minWords: 4 }] }).map((m) => data(m)?.kind)).toEqual(['exact']);
  });

  it('crossFile is off by default', () => {
    const result = lintRun({ 'a.txt': `${LEAD}\n`, 'b.txt': `${SECOND}\n\n${LEAD}\n` }, BOTH);
    expect(result['b.txt']).toEqual([]);
  });
});

describe('duplicate-sentence', () => {
  const repeated = 'Ticket sales fell by a fifth in the first half of the year.';

  it('reports a sentence repeated in another paragraph, on its later copy', () => {
    const text = `${LEAD} ${repeated}\n\n${SECOND}\n\n${THIRD} ${repeated}\n`;
    const messages = lint(text, BOTH);
    expect(messages.map((m) => m.ruleId)).toEqual(['duplicate-sentence']);
    expect(spans(text, messages)).toEqual([repeated]);
    expect(messages[0]!.reason).toBe(`Sentence repeats the sentence at 1:${LEAD.length + 2}`);
  });

  it('ignores very short sentences, down to minSentenceWords', () => {
    const text = `${LEAD} He said so.\n\n${SECOND} He said so.\n`;
    expect(lint(text, BOTH)).toEqual([]);
    expect(lint(text, { 'duplicate-sentence': 'warn', 'duplicate-paragraph': ['warn', { minSentenceWords: 3 }] })).toHaveLength(1);
  });

  it('can be switched on without duplicate-paragraph', () => {
    const text = `${LEAD} ${repeated}\n\n${THIRD} ${repeated}\n\n${LEAD}\n`;
    const messages = lint(text, { 'duplicate-sentence': 'warn' });
    expect(messages.map((m) => m.ruleId)).toEqual(['duplicate-sentence']);
  });
});

describe('across files (crossFile: true)', () => {
  const options = { 'duplicate-paragraph': ['warn', { crossFile: true }] } as const;

  it('reports a paragraph that repeats one of an earlier file, naming the file', () => {
    const result = lintRun(
      { 'a.txt': `${LEAD}\n\n${SECOND}\n`, 'b.txt': `${THIRD}\n\n${SECOND.replace('optimistic', 'hopeful')}\n` },
      options,
    );
    expect(result['a.txt']).toEqual([]);
    expect(result['b.txt']!.map((m) => m.reason)).toEqual(['Paragraph repeats the paragraph at a.txt:3:1 (96% of it, plus 1 new word)']);
    expect(data(result['b.txt']![0]!)).toMatchObject({ kind: 'near', of: { path: 'a.txt', line: 3, column: 1 } });
    expect(result['b.txt']![0]!.line).toBe(3);
  });

  it('does not report a paragraph twice when it also repeats one of its own file', () => {
    const result = lintRun({ 'a.txt': `${LEAD}\n`, 'b.txt': `${LEAD}\n\n${SECOND}\n\n${LEAD}\n` }, options);
    expect(result['b.txt']!.map((m) => [m.line, m.reason])).toEqual([
      [1, 'Paragraph repeats the paragraph at a.txt:1:1 word for word'],
      [5, 'Paragraph repeats the paragraph at 1:1 word for word'],
    ]);
  });

  it('leaves alone a footer that most files of the run carry, but not a paragraph two files share', () => {
    const footer = 'This report was first published by the city press office and may be reproduced with credit.';
    const result = lintRun(
      {
        'a.txt': `${LEAD}\n\n${footer}\n`,
        'b.txt': `${SECOND}\n\n${footer}\n`,
        'c.txt': `${THIRD}\n\n${LEAD}\n\n${footer}\n`,
        'd.txt': `${footer}\n`,
      },
      options,
    );
    expect(Object.values(result).flat().map((m) => `${m.line} ${m.reason}`)).toEqual(['3 Paragraph repeats the paragraph at a.txt:1:1 word for word']);
  });

  it('keeps JSON-serialisable data for the cross-file check', () => {
    const config = configWith(options);
    const files = [lintDocument(`${LEAD}\n`, 'a.txt', config), lintDocument(`${SECOND}\n\n${LEAD}\n`, 'b.txt', config)];
    for (const file of files) file.data.collected = JSON.parse(JSON.stringify(file.data.collected));
    checkRun(files, () => config);
    expect(files[1]!.messages.map((m) => m.line)).toEqual([3]);
  });
});

describe('scale', () => {
  /**
   * Distinct paragraphs: the shapes of real news paragraphs, with function words kept and every other
   * word drawn at random from the real text's words (by frequency, fixed seed).
   */
  function generator(seed: number): () => string {
    const FUNCTION = new Set('a an the of in on at to for from by with and or but as is are was were be been has have had it its this that'.split(' '));
    const shapes = WMT.split('\n\n').filter((paragraph) => paragraph.split(' ').length >= 8 && /[.!?]$/.test(paragraph));
    const content = (WMT.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !FUNCTION.has(word.toLowerCase()));
    let state = seed;
    const random = (n: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % n);
    return () =>
      shapes[random(shapes.length)]!.replace(/[\p{L}\p{N}]+/gu, (word) => (FUNCTION.has(word.toLowerCase()) ? word : content[random(content.length)]!));
  }

  /** Records of many paragraphs, analysed in chunks as documents would be. */
  function items(paragraphs: string[]): Item[] {
    const out: Item[] = [];
    for (let i = 0; i < paragraphs.length; i += 500) {
      const analysis = analyse(paragraphs.slice(i, i + 500).join('\n\n'), 'text');
      for (const record of paragraphRecords(analysis)) out.push({ group: 0, record });
    }
    return out;
  }

  it('compares few pairs on 20,000 distinct paragraphs of news-like text', () => {
    const paragraphs = Array.from({ length: 20_000 }, generator(7));
    const all = items(paragraphs);
    const options = { threshold: 0.8, minWords: 8, mode: 'within' as const };
    // All pairs would be 200 million; the LSH buckets leave a few hundred (measured: 158 and 0).
    expect(all.length).toBeGreaterThan(19_900);
    expect(findDuplicates(all, options).candidatePairs).toBeLessThan(1_000);
    expect(findDuplicates(all.slice(0, 2_000), options).candidatePairs).toBeLessThan(100);
  }, 120_000);

  it('never skips a pair that the alignment would match: the cheap bound is at least the real share', () => {
    const words = paragraphRecords(analyse(WMT, 'text')).map((record) => record.words);
    // Real paragraphs, each also paired with an edited copy of another (a sentence's worth of words kept).
    const edited = words.map((w, i) => [...w.slice(0, 12), ...(words[(i * 7) % words.length] ?? []).slice(3, 20), ...w.slice(20)]);
    const bounds = new CoverBounds();
    let close = 0;
    for (let later = 0; later < words.length; later++) {
      bounds.load(edited[later]!);
      for (let earlier = 0; earlier < words.length; earlier += 3) {
        const share = overlap(words[earlier]!, edited[later]!);
        const bound = bounds.shares(words[earlier]!);
        expect(bound.other).toBeGreaterThanOrEqual(share.earlier);
        expect(bound.loaded).toBeGreaterThanOrEqual(share.later);
        if (share.later > 0.3 && bound.loaded - share.later < 0.2) close++;
      }
    }
    // The bound is tight enough to be useful on pairs that do share text.
    expect(close).toBeGreaterThan(10);
  }, 60_000);

  it('bounds the work per paragraph when thousands of paragraphs are alike', () => {
    const paragraphs = Array.from(
      { length: 20_000 },
      (_, i) => `Item ${i} on the agenda of the city council was discussed at length by the members on Tuesday, and a vote on the item was set for next week.`,
    );
    const result = findDuplicates(items(paragraphs), { threshold: 0.8, minWords: 8, mode: 'within' });
    expect(result.matches).toHaveLength(paragraphs.length - 1);
    // Each paragraph meets at most 8 earlier members per bucket (measured: 23 comparisons a paragraph).
    expect(result.candidatePairs).toBeLessThan(paragraphs.length * 40);
  }, 120_000);
});

describe('web pages and press releases: text that repeats by design', () => {
  it('a listing of other stories printed twice (a "Latest" and a "Recent" box) is page furniture', () => {
    const teaser = 'El consejo municipal aprueba un presupuesto que duplica el gasto en autobuses y rebaja el abono mensual';
    const box = (title: string) => `${title}\nPress\n${teaser}\nMay 2, 2026\nPress\n`;
    const text = `${LEAD}\n${SECOND}\n${box('Latest Posts')}Name*\nEmail*\n${box('Recent Posts')}`;
    expect(lint(text, BOTH)).toEqual([]);
    // The same title between paragraphs of text is a title printed twice.
    const twice = lint(`${teaser}\n${LEAD}\n${teaser}\n${SECOND}\n`, BOTH);
    expect(twice.map((m) => data(m)?.kind)).toEqual(['exact']);
  });

  it('short items on one pattern with a word of their own are a list, but a short copy is reported', () => {
    const items = 'You have turned off scripts in your web browser.\nYou are moving through this site with great speed.\nYou have turned off cookies in your web browser.\n';
    expect(lint(`${LEAD}\n${items}${SECOND}\n`, BOTH)).toEqual([]);
    const copy = lint(`You have turned off scripts in your web browser.\n${LEAD}\n${SECOND}\nYou have turned off scripts in your web browser.\n`, BOTH);
    expect(copy.map((m) => data(m)?.kind)).toEqual(['exact']);
  });

  it('a question that echoes a sentence of the introduction is not a copy of it', () => {
    const intro = `${SECOND} Read more about what made Ana Ruiz choose a career in public service at the city, below.`;
    const text = `${LEAD}\n\n${intro}\n\nWhat made you choose a career in public service at the city?\n\n${THIRD}\n`;
    expect(lint(text, BOTH)).toEqual([]);
  });

  it('a guide\'s sections stand alone: an instruction repeated under another heading, but not under the same one', () => {
    const rule = 'Do not round the weekly figure up or down to whole pence when you work out the average.';
    const guide = `# Pay\n\n## Weekly paid employees\n\n${LEAD}\n\n${rule}\n\n## Monthly paid employees\n\n${SECOND}\n\n${rule}\n`;
    expect(lint(guide, BOTH, 'guide.md')).toEqual([]);
    const same = `# Pay\n\n## Weekly paid employees\n\n${rule}\n\n${LEAD}\n\n${SECOND}\n\n${rule}\n`;
    expect(lint(same, BOTH, 'guide.md').map((m) => data(m)?.kind)).toEqual(['exact']);
  });

  it('a quotation displayed after a colon and printed again in the full text is an excerpt', () => {
    const quote = `${SECOND} ${THIRD}`;
    const text = `The mayor's speech was about the budget, and she put the opposition's case herself:\n\n${LEAD} ${quote}\n\nThe full speech follows.\n\n${quote} She then thanked the council.\n`;
    expect(lint(text, BOTH)).toEqual([]);
    // A whole copy of the quotation is still a repeat.
    const whole = lint(`The mayor put it this way:\n\n${quote}\n\n${LEAD}\n\n${quote}\n`, BOTH);
    expect(whole.map((m) => data(m)?.kind)).toEqual(['exact']);
  });
});
