// The nlcst tree built from the analysis: valid nlcst, positions on every node, and its text is the document's.
import fs from 'node:fs';
import path from 'node:path';
import { toString } from 'nlcst-to-string';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { buildTree } from '../src/tree/index.js';
import type { DocumentFormat } from '../src/types.js';
import { ROOT } from './helpers.js';
import { assertNlcst } from './retext-nlcst-check.js';

const read = (name: string) => fs.readFileSync(path.join(ROOT, name), 'utf8');
const SEEDS = ['corpus/000_b26d12ed39113007.txt', 'corpus/001_ca7f08b1c78a5a54.txt'];
const MARKDOWN = ['README.md', 'rules/spelling/README.md', 'docs/INTEGRATIONS.md'];

function treeOf(text: string, format: DocumentFormat) {
  const analysis = analyse(text, format);
  return { analysis, tree: buildTree(analysis) };
}

function checkAll(text: string, format: DocumentFormat) {
  const { analysis, tree } = treeOf(text, format);
  assertNlcst(tree, text);
  expect(toString(tree)).toBe(text);
  const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode');
  expect(paragraphs.map((node) => toString(node))).toEqual(analysis.paragraphs.map((p) => text.slice(p.start, p.end)));
  return { analysis, tree };
}

const nodesOf = (node: { type: string; children?: unknown[] }, type: string): { type: string }[] => [
  ...(node.type === type ? [node] : []),
  ...((node.children ?? []) as never[]).flatMap((child) => nodesOf(child, type)),
];
const types = (node: { type: string; children?: unknown[] }): string[] => [node.type, ...((node.children ?? []) as never[]).flatMap(types)];

describe('the nlcst tree', () => {
  it.each(SEEDS)('is valid nlcst with the seed %s as its text, paragraph by paragraph and sentence by sentence', (name) => {
    const text = read(name);
    const { analysis, tree } = checkAll(text, 'text');
    const sentences = tree.children.flatMap((node) => (node.type === 'ParagraphNode' ? node.children.filter((child) => child.type === 'SentenceNode') : []));
    expect(sentences.map((node) => toString(node))).toEqual(analysis.sentences.map((s) => s.text));
  });

  it('makes words of the words, with contractions and hyphenated words whole', () => {
    const text = 'The well-known minister didn\'t arrive; see https://example.com/a?b=1 or write to a@b.org. Cost: $5 😀';
    const { tree } = checkAll(text, 'text');
    const words = nodesOf(tree, 'WordNode').map((node) => toString(node as never));
    expect(words).toEqual(expect.arrayContaining(['The', 'well-known', 'minister', "didn't", 'arrive', 'see', 'or', 'write', 'Cost', '5']));
    const all = types(tree);
    expect(all).toContain('SourceNode'); // the URL and the e-mail address
    expect(all).toContain('SymbolNode'); // $ and the emoji
    expect(all).toContain('PunctuationNode');
  });

  it.each(MARKDOWN)('keeps Markdown syntax, code and HTML as SourceNode in %s', (name) => {
    const text = read(name);
    const { tree } = checkAll(text, 'markdown');
    const sources = [] as string[];
    const collect = (node: { type: string; value?: string; children?: unknown[] }): void => {
      if (node.type === 'SourceNode') sources.push(node.value!);
      for (const child of (node.children ?? []) as never[]) collect(child);
    };
    collect(tree);
    expect(sources.some((value) => value.includes('```'))).toBe(true);
    expect(sources.join('')).toMatch(/#/);
  });

  it('puts inline markup inside a sentence as SourceNode, keeping the words as words', () => {
    const text = '# Title\n\nThe **minister** met [the press](https://example.com) and said `npm ci` works.\n\n- one item\n';
    const { tree } = checkAll(text, 'markdown');
    const sentence = tree.children.find((node) => node.type === 'ParagraphNode' && toString(node).startsWith('The'))! as never as { children: { type: string; value?: string }[] };
    const inner = sentence.children[0]! as never as { children: { type: string; value?: string }[] };
    expect(inner.type).toBe('SentenceNode');
    expect(inner.children.filter((node) => node.type === 'SourceNode').map((node) => node.value)).toEqual(['**', '**', '[', '](https://example.com)', '`npm', 'ci`']);
  });

  it.each([
    ['empty', ''],
    ['white space only', ' \n\n\t'],
    ['CRLF line ends', 'First line here.\r\n\r\nSecond paragraph, with two sentences. Here is one.\r\n'],
    ['a lone CR', 'One.\rTwo words.\r'],
    ['a byte-order mark', '\uFEFFThe text starts after a mark. It goes on.'],
    ['emoji and combining marks', 'Phạm Minh Chính 👩‍👩‍👧 visited Hà Nội 🇻🇳. Nice!'],
    ['a long line', 'Word and more words, again. '.repeat(4000)],
  ])('handles %s', (_name, text) => {
    checkAll(text, 'text');
    checkAll(text, 'markdown');
  });
});
