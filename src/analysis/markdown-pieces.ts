// Bounded Markdown: remark-parse is recursive and some inputs cost it time growing with the square of
// their size (deep nesting, long runs of emphasis or link marks). A linear pre-scan splits a document
// into stretches at safe places; a stretch past a limit is read as plain text, with a note.

/** Container nesting (block quotes and list items) deeper than this is read as plain text. */
export const MAX_MARKDOWN_DEPTH = 32;
/**
 * More emphasis and link marks (`*`, `_`, `[`, `]`) than this in one paragraph (lines up to the next
 * list item, quote, heading or table row) is read as plain text: the parser's time grows with their square.
 */
export const MAX_MARKDOWN_MARKS = 200;
/** A stretch longer than this (characters) without a place to split is read as plain text. */
export const MAX_MARKDOWN_STRETCH = 256 * 1024;
/** Documents up to this length (characters) are parsed in one go; longer ones in parts of about this size. */
export const MARKDOWN_PART_LENGTH = 64 * 1024;

export interface MarkdownPiece {
  start: number;
  end: number;
  /** Why this stretch is read as plain text, if it is. */
  problem?: string;
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Block quote and list markers at the start of a line, plus two columns of indentation per level before them. */
export function lineDepth(line: string): number {
  let i = 0;
  let markers = 0;
  let indent = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      if (markers === 0) indent += line[i] === '\t' ? 4 : 1;
      i++;
    }
    if (line[i] === '>') {
      markers++;
      i++;
      continue;
    }
    const marker = LIST_MARKER.exec(line.slice(i, i + 11));
    if (!marker) break;
    markers++;
    i += marker[0].length;
  }
  return markers === 0 ? 0 : markers + (indent >> 1);
}

function countMarks(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 42 || code === 95 || code === 91 || code === 93) count++; // * _ [ ]
  }
  return count;
}

/**
 * Stretches of the document, split where a line that starts at its first column follows a blank line
 * (outside fenced code and HTML comments): there every open block has ended.
 */
export function markdownPieces(text: string): MarkdownPiece[] {
  const pieces: MarkdownPiece[] = [];
  let start = 0;
  let depth = 0;
  let marks = 0;
  let paragraphMarks = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  const close = (end: number): void => {
    let problem: string | undefined;
    if (depth > MAX_MARKDOWN_DEPTH) problem = `nested more than ${MAX_MARKDOWN_DEPTH} levels deep`;
    else if (marks > MAX_MARKDOWN_MARKS) problem = `more than ${MAX_MARKDOWN_MARKS} emphasis and link marks in one paragraph`;
    else if (end - start > MAX_MARKDOWN_STRETCH) problem = `a stretch of more than ${MAX_MARKDOWN_STRETCH / 1024} KB without a blank line`;
    pieces.push(problem ? { start, end, problem } : { start, end });
    start = end;
    depth = 0;
    marks = 0;
    paragraphMarks = 0;
  };
  const lineBreak = /\r\n|\r|\n/g;
  let at = 0;
  while (at < text.length) {
    lineBreak.lastIndex = at;
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const next = match ? end + match[0].length : text.length;
    const line = text.slice(at, end);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && at > start && !/^\s/.test(line)) close(at);
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (opening) fence = opening[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) htmlEnd = /-->/;
      else {
        const tag = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(line)?.[1];
        if (tag) htmlEnd = new RegExp(`</${tag}>`, 'i');
      }
      const lineLevel = lineDepth(line);
      depth = Math.max(depth, lineLevel);
      if (blank || lineLevel > 0 || /^\s*[#|]/.test(line)) paragraphMarks = 0;
      paragraphMarks += countMarks(line);
      marks = Math.max(marks, paragraphMarks);
    }
    previousBlank = blank;
    at = next;
  }
  if (start < text.length || pieces.length === 0) close(text.length);
  return pieces;
}

/** Consecutive pieces parsed together: whole documents up to MARKDOWN_PART_LENGTH, parts of about that size above. */
export function markdownParts(pieces: readonly MarkdownPiece[]): MarkdownPiece[] {
  const parts: MarkdownPiece[] = [];
  for (const piece of pieces) {
    const last = parts[parts.length - 1];
    if (piece.problem || !last || last.problem || piece.end - last.start > MARKDOWN_PART_LENGTH) parts.push({ ...piece });
    else last.end = piece.end;
  }
  return parts;
}
