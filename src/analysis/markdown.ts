// Markdown prose blocks: remark-parse gives the structure; code, HTML and URLs never reach the rules.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { ParagraphKind } from '../types.js';
import { plainTextBlocks, type Block } from './blocks.js';
import { markdownParts, markdownPieces } from './markdown-pieces.js';

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

/** Something about the document the reader should know: a stretch read as plain text, and why. */
export interface AnalysisNote {
  offset: number;
  reason: string;
}

export interface MarkdownStructure {
  blocks: Block[];
  /** HTML comments in document order (used for `<!-- copydesk-... -->` control comments). */
  comments: MarkdownComment[];
  /** Stretches read as plain text because they were past a limit of the Markdown parser. */
  notes: AnalysisNote[];
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

/**
 * Prose blocks and comments of a Markdown document. Parsed in parts of bounded size; a stretch nested too
 * deep or too full of marks for the parser is read as plain text, with a note.
 */
export function markdownStructure(text: string): MarkdownStructure {
  const blocks: Block[] = [];
  const comments: MarkdownComment[] = [];
  const notes: AnalysisNote[] = [];
  const asPlainText = (start: number, end: number, problem: string): void => {
    for (const block of plainTextBlocks(text.slice(start, end))) blocks.push({ ...block, start: block.start + start, end: block.end + start });
    notes.push({ offset: start, reason: `Markdown ${problem}: read as plain text from here to the next blank line` });
  };
  for (const part of markdownParts(markdownPieces(text))) {
    if (part.problem) {
      asPlainText(part.start, part.end, part.problem);
      continue;
    }
    const found: MarkdownStructure = { blocks: [], comments: [], notes: [] };
    try {
      structureOf(text, part.start, part.end, found);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      asPlainText(part.start, part.end, 'too deeply nested for the parser');
      continue;
    }
    blocks.push(...found.blocks);
    comments.push(...found.comments);
  }
  return { blocks, comments, notes };
}

/** Parses text[start, end) with remark and adds its prose blocks and comments (with document offsets). */
function structureOf(text: string, start: number, end: number, { blocks, comments }: MarkdownStructure): void {
  const tree = parser.parse(start === 0 && end === text.length ? text : text.slice(start, end)) as MdNode;
  // remark drops a byte-order mark, which only the first part can hold.
  const shift = start + (start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0);

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
}
