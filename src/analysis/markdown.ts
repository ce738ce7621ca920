// Markdown prose blocks: remark-parse gives the structure; code, HTML and URLs never reach the rules.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { ParagraphKind } from '../types.js';
import type { Block } from './blocks.js';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export interface MarkdownComment {
  start: number;
  end: number;
  /** Comment body without `<!--` and `-->`, trimmed. */
  body: string;
}

export interface MarkdownStructure {
  blocks: Block[];
  /** HTML comments in document order (used for `<!-- copydesk-... -->` control comments). */
  comments: MarkdownComment[];
}

const parser = unified().use(remarkParse);

/** Offsets of a node in our text; `shift` is 1 after a byte-order mark, which remark drops. */
function offsets(node: MdNode, shift: number): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start + shift, end + shift];
}

/** Copies the source of every text node under `node` into `chars` (a blank copy of the block). */
function fillText(node: MdNode, text: string, shift: number, blockStart: number, chars: string[]): void {
  if (node.type === 'text') {
    const range = offsets(node, shift);
    if (!range) return;
    for (let i = range[0]; i < range[1]; i++) chars[i - blockStart] = text[i]!;
    return;
  }
  // inlineCode, html, image, break and the like stay blank.
  for (const child of node.children ?? []) fillText(child, text, shift, blockStart, chars);
}

export function markdownStructure(text: string): MarkdownStructure {
  const tree = parser.parse(text) as MdNode;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const blocks: Block[] = [];
  const comments: MarkdownComment[] = [];

  const addBlock = (node: MdNode, kind: ParagraphKind): void => {
    const range = offsets(node, shift);
    if (!range) return;
    const chars = new Array<string>(range[1] - range[0]).fill(' ');
    // Keep line breaks so that positions inside the block still read naturally.
    for (let i = range[0]; i < range[1]; i++) if (text[i] === '\n' || text[i] === '\r') chars[i - range[0]] = text[i]!;
    fillText(node, text, shift, range[0], chars);
    let masked = chars.join('');
    const lead = masked.length - masked.trimStart().length;
    masked = masked.trim();
    if (masked === '') return;
    blocks.push({ kind, start: range[0] + lead, end: range[0] + lead + masked.length, text: masked });
  };

  const visit = (node: MdNode, context: ParagraphKind): void => {
    switch (node.type) {
      case 'heading':
        addBlock(node, 'heading');
        return;
      case 'paragraph':
        addBlock(node, context);
        return;
      case 'tableCell':
        addBlock(node, 'table');
        return;
      case 'html': {
        const range = offsets(node, shift);
        const match = /^<!--([\s\S]*?)-->\s*$/.exec(node.value ?? '');
        if (range && match) comments.push({ start: range[0], end: range[1], body: match[1]!.trim() });
        return;
      }
      case 'code':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default: {
        const inner: ParagraphKind =
          node.type === 'listItem' ? 'list' : node.type === 'blockquote' ? 'blockquote' : context;
        for (const child of node.children ?? []) visit(child, inner);
      }
    }
  };
  visit(tree, 'body');
  return { blocks, comments };
}
