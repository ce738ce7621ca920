// nlcst-test-style structure checks (nlcst-test is not on the registry): node types, which children
// each parent may hold, literal values, and a position on every node that matches the text.
import { toString } from 'nlcst-to-string';
import { location } from 'vfile-location';

interface AnyNode {
  type: string;
  value?: unknown;
  children?: AnyNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

const LITERALS = new Set(['TextNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode']);
const WORD_CONTENT = ['TextNode', 'PunctuationNode', 'SymbolNode', 'SourceNode'];
const SENTENCE_CONTENT = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode'];
const ALLOWED: Record<string, string[]> = {
  RootNode: ['ParagraphNode', 'SentenceNode', ...SENTENCE_CONTENT, 'TextNode'],
  ParagraphNode: ['SentenceNode', 'WhiteSpaceNode', 'SourceNode'],
  SentenceNode: SENTENCE_CONTENT,
  WordNode: WORD_CONTENT,
};

/** Throws with the path to the first node that breaks nlcst's rules or does not match `text`. */
export function assertNlcst(tree: AnyNode, text: string): void {
  const toPoint = location(text).toPoint;
  const visit = (node: AnyNode, path: string): void => {
    const where = `${path} ${node.type}`;
    if (LITERALS.has(node.type)) {
      if (typeof node.value !== 'string' || node.value === '') throw new Error(`${where}: a literal needs a non-empty string value`);
      if ('children' in node) throw new Error(`${where}: a literal has no children`);
    } else if (ALLOWED[node.type]) {
      if (!Array.isArray(node.children)) throw new Error(`${where}: a parent needs children`);
      for (const child of node.children) {
        if (!ALLOWED[node.type]!.includes(child.type)) throw new Error(`${where}: may not hold ${child.type}`);
      }
    } else {
      throw new Error(`${where}: not an nlcst node type`);
    }
    const position = node.position;
    if (!position || position.start.offset === undefined || position.end.offset === undefined) throw new Error(`${where}: no position with offsets`);
    const { start, end } = position;
    if (text.slice(start.offset, end.offset) !== toString(node as never)) throw new Error(`${where}: text at ${start.offset}-${end.offset} differs from the node's`);
    for (const point of [start, end]) {
      const expected = toPoint(point.offset!);
      if (expected && (expected.line !== point.line || expected.column !== point.column)) {
        throw new Error(`${where}: ${point.line}:${point.column} should be ${expected.line}:${expected.column} (offset ${point.offset})`);
      }
    }
    let at = start.offset!;
    node.children?.forEach((child, i) => {
      if (child.position?.start.offset !== at) throw new Error(`${where}: child ${i} does not start where the one before ends (${at})`);
      visit(child, `${path}/${i}`);
      at = child.position.end.offset!;
    });
    if (node.children && node.children.length > 0 && at !== end.offset) throw new Error(`${where}: children end at ${at}, not ${end.offset}`);
  };
  visit(tree, '');
}
