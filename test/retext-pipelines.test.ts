// copydesk's rules inside other unified pipelines: retext() with retext-english, and remark() with
// remark-retext on Markdown, with message positions in the Markdown source.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { remark } from 'remark';
import remarkRetext from 'remark-retext';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { lintDocument } from '../src/pipeline.js';
import { RULES } from '../src/registry.js';
import copydesk from '../src/retext/index.js';
import { ROOT } from './helpers.js';

const SEEDS = ['000_b26d12ed39113007.txt', '001_ca7f08b1c78a5a54.txt'].map((name) => ({ name, text: fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8') }));

/** What a report shows of each message: place, rule and reason. */
const shown = (file: VFile) =>
  file.messages
    .map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : ''} ${message.ruleId} ${message.reason}`)
    .sort();

/** The same report from copydesk's own command-line pipeline. */
const ownReport = (text: string, name: string) => shown(lintDocument(text, name, resolveConfig(undefined, new Map(), [])));

/** A seed as Markdown: a heading, names in bold or links, a list item and a code span, so offsets shift. */
function asMarkdown(text: string): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== '');
  const marked = paragraphs.map((paragraph, i) => {
    const emphasised = paragraph.replace(/\b(Pham Minh \w+|Lee Hsien Loong|Le Hsien Loong)\b/g, i % 2 ? '**$1**' : '[$1](https://example.com/p)');
    return i === 0 ? `# ${emphasised}` : i === 2 ? `- ${emphasised}` : emphasised;
  });
  return `${marked.join('\n\n')}\n\n\`\`\`\ncode the the code\n\`\`\`\n`;
}

describe('copydesk/retext in retext() with retext-english', () => {
  it.each(SEEDS)('reports on $name exactly what copydesk itself reports', async ({ name, text }) => {
    const file = await retext().use(retextEnglish).use(copydesk).process({ value: text, path: name });
    expect(file.messages.length).toBeGreaterThan(0);
    expect(shown(file)).toEqual(ownReport(text, name));
  });

  it('runs beside another retext plugin, each with its own messages', async () => {
    const text = `${SEEDS[0]!.text}\nHe saw a elephant.\n`;
    const file = await retext().use(retextEnglish).use(retextIndefiniteArticle).use(copydesk, { rules: { 'garbled-sentence': 'off', 'capital-after-semicolon': 'off' } }).process(text);
    const sources = new Set(file.messages.map((message) => message.source));
    expect(sources).toEqual(new Set(['copydesk', 'retext-indefinite-article']));
    expect(file.messages.some((message) => message.ruleId === 'garbled-sentence')).toBe(false);
    expect(file.messages.filter((message) => message.ruleId === 'name-consistency').map((message) => message.actual)).toEqual(['Pham Minh Trung', 'Le Hsien Loong', 'Pham Minh Sign']);
  });

  it('takes the configuration file\'s rules settings: severity, options, words', async () => {
    const text = SEEDS[0]!.text;
    const file = await retext()
      .use(retextEnglish)
      .use(copydesk, { rules: { 'name-consistency': ['error', { minOccurrences: 2 }], 'dialect-consistency': 'off' }, words: ['Sign'] })
      .process(text);
    const names = file.messages.filter((message) => message.ruleId === 'name-consistency');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((message) => message.fatal === true)).toBe(true);
    expect(file.messages.some((message) => message.ruleId === 'dialect-consistency')).toBe(false);
    expect(() => retext().use(copydesk, { rules: { 'no-such-rule': 'warn' } }).freeze()).toThrow(/Unknown rule "no-such-rule"/);
    expect(() => retext().use(copydesk, { ruels: {} } as never).freeze()).toThrow(/unknown setting "ruels"/);
  });

  it('exports every rule id on its own, reporting only that id', async () => {
    const text = SEEDS[0]!.text;
    const all = await retext().use(retextEnglish).use(copydesk).process(text);
    for (const id of RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])])) {
      // The built files that package.json's "./retext/*" export points to (npm test builds first).
      const { default: plugin } = (await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'retext', 'rules', `${id}.js`)).href)) as { default: typeof copydesk };
      const file = await retext().use(retextEnglish).use(plugin as never, 'error').process(text);
      expect(file.messages.every((message) => message.ruleId === id && message.fatal === true), id).toBe(true);
      expect(file.messages.length, id).toBe(all.messages.filter((message) => message.ruleId === id).length);
    }
  });
});

describe('copydesk/retext in remark() with remark-retext', () => {
  it.each(SEEDS)('reports on $name as Markdown at places in the Markdown source', async ({ name, text }) => {
    const markdown = asMarkdown(text);
    const mdName = name.replace(/\.txt$/, '.md');
    const file = await remark().use(remarkRetext, retext().use(retextEnglish).use(copydesk) as never).process({ value: markdown, path: mdName });
    expect(file.messages.length).toBeGreaterThan(0);
    expect(shown(file)).toEqual(ownReport(markdown, mdName));
    for (const message of file.messages) {
      const place = message.place as { start: { offset: number }; end: { offset: number } };
      if (message.actual !== undefined) expect(markdown.slice(place.start.offset, place.end.offset)).toBe(message.actual);
    }
    // The same word-level findings as on the plain text: the markup moved them, nothing else.
    const plain = await retext().use(retextEnglish).use(copydesk).process(text);
    const wordLevel = new Set(['name-consistency', 'dialect-consistency', 'spelling', 'repeated-words']);
    const byText = (f: VFile) => f.messages.filter((m) => wordLevel.has(String(m.ruleId))).map((m) => `${m.ruleId} ${m.actual}`).sort();
    expect(byText(file)).toEqual(byText(plain));
  });

  it('finds the Markdown even when the file has no name, and never lints code', async () => {
    const markdown = 'Intro text.\n\n```\nthe the\n```\n\nHe said the the word `the the`.\n';
    const file = await remark().use(remarkRetext, retext().use(retextEnglish).use(copydesk) as never).process(markdown);
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['7:9 repeated-words']);
  });
});
