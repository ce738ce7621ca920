// The nlcst tree of an analysed document, made from the analysis (no second parse): paragraphs,
// sentences and tokens at their offsets; everything between them (white space, Markdown syntax,
// code, HTML) is kept, so the tree's text is the document's text.
import type { Paragraph as ParagraphNode, Root, RootContent, Sentence as SentenceNode, SentenceContent, Source, Word } from 'nlcst';
import type { Analysis, Paragraph, Sentence, Token } from '../types.js';
import { gapNodes, type GapNode } from './gaps.js';
import { ForwardPoints } from './positions.js';
import { wordChildren, wordEnd } from './words.js';

/** Tokens that are not words, punctuation or symbols: kept verbatim as SourceNode. */
const SOURCE_TYPES = new Set<Token['type']>(['url', 'email']);

export function buildTree(analysis: Analysis): Root {
  const { text } = analysis;
  const points = new ForwardPoints(text, (offset) => analysis.point(offset));
  const rootStart = points.at(0);
  const children: RootContent[] = [];
  let cursor = 0;
  for (const paragraph of analysis.paragraphs) {
    if (paragraph.start < cursor) continue; // never overlaps; guards the order the points need
    gapNodes(children, text, cursor, paragraph.start, points, false);
    children.push(paragraphNode(analysis, paragraph, points));
    cursor = paragraph.end;
  }
  gapNodes(children, text, cursor, text.length, points, false);
  return { type: 'RootNode', children, position: { start: rootStart, end: points.at(text.length) } };
}

function paragraphNode(analysis: Analysis, paragraph: Paragraph, points: ForwardPoints): ParagraphNode {
  const { text } = analysis;
  const masked = { text: paragraph.text, start: paragraph.start };
  const start = points.at(paragraph.start);
  const children: ParagraphNode['children'] = [];
  let cursor = paragraph.start;
  for (let i = paragraph.sentenceStart; i < paragraph.sentenceEnd; i++) {
    const sentence = analysis.sentences[i]!;
    if (sentence.start < cursor || sentence.end > paragraph.end) continue;
    gapNodes(children as { push(node: GapNode): unknown }, text, cursor, sentence.start, points, false, masked);
    children.push(sentenceNode(analysis, sentence, points, masked));
    cursor = sentence.end;
  }
  gapNodes(children as { push(node: GapNode): unknown }, text, cursor, paragraph.end, points, false, masked);
  return { type: 'ParagraphNode', children, position: { start, end: points.at(paragraph.end) } };
}

function sentenceNode(analysis: Analysis, sentence: Sentence, points: ForwardPoints, masked: { text: string; start: number }): SentenceNode {
  const { text, tokens } = analysis;
  const start = points.at(sentence.start);
  const children: SentenceContent[] = [];
  let cursor = sentence.start;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; ) {
    const token = tokens[i]!;
    if (token.end <= cursor) {
      i++;
      continue; // a token the model overlapped with the one before: its text is already in the tree
    }
    gapNodes(children, text, cursor, token.start, points, true, masked);
    const from = Math.max(token.start, cursor);
    if (token.type === 'punctuation' || token.type === 'symbol' || token.type === 'emoji') {
      const type = token.type === 'punctuation' ? 'PunctuationNode' : 'SymbolNode';
      children.push({ type, value: text.slice(from, token.end), position: { start: points.at(from), end: points.at(token.end) } });
      cursor = token.end;
      i++;
    } else if (SOURCE_TYPES.has(token.type)) {
      const node: Source = { type: 'SourceNode', value: text.slice(from, token.end), position: { start: points.at(from), end: points.at(token.end) } };
      children.push(node);
      cursor = token.end;
      i++;
    } else {
      const next = wordEnd(tokens, i, sentence.tokenEnd);
      const end = tokens[next - 1]!.end;
      const wordStart = points.at(from);
      const word: Word = { type: 'WordNode', children: wordChildren(text, from, end, points), position: { start: wordStart, end: points.at(end) } };
      children.push(word);
      cursor = end;
      i = next;
    }
  }
  gapNodes(children, text, cursor, sentence.end, points, true, masked);
  return { type: 'SentenceNode', children, position: { start, end: points.at(sentence.end) } };
}
