// The text between tokens, sentences and paragraphs: white space, Markdown markup and stray marks.
import type { Punctuation, Source, Symbol as SymbolNode, WhiteSpace } from 'nlcst';
import type { ForwardPoints } from './positions.js';

export type GapNode = WhiteSpace | Source | Punctuation | SymbolNode;

/** A run of one kind of character: white space, or the rest. */
const RUNS = /\s+|\S+/gu;
const MARKS = /\p{P}+|[^\p{P}]+/gu;

/**
 * Nodes covering document[from, to). White space is WhiteSpaceNode. Anything else is a SourceNode
 * outside sentences (Markdown syntax, code, HTML) and where `masked` (the paragraph's text with
 * markup blanked) blanks it; inside a sentence, a character the tokeniser left out is punctuation
 * or a symbol.
 */
export function gapNodes(nodes: { push(node: GapNode): unknown }, text: string, from: number, to: number, points: ForwardPoints, inSentence: boolean, masked?: { text: string; start: number }): void {
  if (from >= to) return;
  if (isSpaces(text, from, to)) {
    nodes.push({ type: 'WhiteSpaceNode', value: to - from === 1 && text.charCodeAt(from) === 32 ? ' ' : text.slice(from, to), position: { start: points.at(from), end: points.at(to) } });
    return;
  }
  const slice = text.slice(from, to);
  for (const run of slice.matchAll(RUNS)) {
    const value = run[0];
    const start = from + run.index;
    if (/^\s/u.test(value)) {
      nodes.push({ type: 'WhiteSpaceNode', value, position: { start: points.at(start), end: points.at(start + value.length) } });
      continue;
    }
    const isMarkup = !inSentence || (masked !== undefined && masked.text[start - masked.start] !== value[0]);
    if (isMarkup) {
      nodes.push({ type: 'SourceNode', value, position: { start: points.at(start), end: points.at(start + value.length) } });
      continue;
    }
    for (const mark of value.matchAll(MARKS)) {
      const at = start + mark.index;
      const type = /^\p{P}/u.test(mark[0]) ? 'PunctuationNode' : 'SymbolNode';
      nodes.push({ type, value: mark[0], position: { start: points.at(at), end: points.at(at + mark[0].length) } });
    }
  }
}

/** Fast check for the usual gap: ASCII spaces, tabs and line breaks only. */
function isSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) return false;
  }
  return true;
}
