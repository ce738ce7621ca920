// Splitting a plain-text document into the paragraphs a reader sees.
import type { ParagraphKind } from '../types.js';

export interface Block {
  kind: ParagraphKind;
  start: number;
  end: number;
  /** The block's text; for Markdown, markup is blanked with spaces so offsets still hold. */
  text: string;
}

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  text: string;
}

const TERMINAL = /[.!?:;…"'”’)\]]$/;
const LIST_MARKER = /^\s*(?:[-*+•–]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)/;
/** Lines at most this long can be the lines of hard-wrapped text. */
const MAX_WRAP_WIDTH = 100;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Small words a headline leaves in lower case ("Man Charged with Murder in the Death of ..."). */
const HEADLINE_SMALL_WORDS = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|per|the|to|up|upon|via|vs|with|after|before|than|that|who|is|are|was|be)$/;

/** A line in headline case: every word capitalised but the small ones, or every letter a capital. */
function isHeadlineCase(words: readonly string[]): boolean {
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (bare === '' || /^[\p{Lu}\d]/u.test(bare)) capitalised++;
    else if (!HEADLINE_SMALL_WORDS.test(bare)) return false;
  }
  return capitalised >= words.length / 2;
}

/**
 * A line with no sentence punctuation at its end that stands alone: a headline, byline, dateline or credit.
 * Short lines (at most 12 words) in any case; longer ones, up to 30 words, when in headline case.
 */
function isStandaloneLine(line: string): boolean {
  const trimmed = line.trim();
  if (/[.!?…]["'”’)]*$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter(Boolean);
  return words.length <= 12 || (words.length <= 30 && isHeadlineCase(words));
}

/**
 * Does a block of consecutive non-blank lines hold hard-wrapped text (one paragraph spread over
 * several lines) rather than one paragraph per line? Wrapped text has lines no longer than a wrap
 * width, and at least one line break falls inside a sentence.
 */
function isWrapped(lines: Line[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (body.some((line) => line.text.trimEnd().length > MAX_WRAP_WIDTH)) return false;
  if (lines.some((line) => LIST_MARKER.test(line.text))) return false;
  const longest = Math.max(...body.map((line) => line.text.trimEnd().length));
  if (longest < 40) return false;
  const opensMidSentence = (line: Line, i: number): boolean =>
    !TERMINAL.test(line.text.trimEnd()) && /^[\p{Ll}\p{N}(“"']/u.test(lines[i + 1]!.text.trimStart());
  if (body.some(opensMidSentence)) return true;
  // Every break falls before a capitalised word ("... Prime / Minister ..."): wrapped when the
  // lines fill a common width and most of them stop mid-sentence.
  const full = body.filter((line) => line.text.trimEnd().length >= longest * 0.75).length;
  const open = body.filter((line) => !TERMINAL.test(line.text.trimEnd())).length;
  return full * 3 >= body.length * 2 && open * 2 >= body.length;
}

/**
 * Plain-text paragraphs. Blank lines always separate paragraphs. Inside a group of non-blank lines,
 * each line is its own paragraph (text exported with one line per paragraph) unless the group is
 * hard-wrapped, in which case lines join until a short line that ends a sentence.
 */
export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const push = (start: number, end: number): void => {
    const [s, e] = trimmedRange(text, start, end);
    if (e <= s) return;
    const slice = text.slice(s, e);
    let kind: ParagraphKind = 'body';
    if (LIST_MARKER.test(slice)) kind = 'list';
    else if (isStandaloneLine(slice)) kind = 'line';
    blocks.push({ kind, start: s, end: e, text: slice });
  };

  const lines = splitLines(text);
  let group: Line[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    if (isWrapped(group)) {
      const longest = Math.max(...group.map((line) => line.text.trimEnd().length));
      let first = group[0]!;
      group.forEach((line, i) => {
        const trimmed = line.text.trimEnd();
        const last = i === group.length - 1;
        const endsParagraph = TERMINAL.test(trimmed) && trimmed.length < longest * 0.6;
        if (last || endsParagraph) {
          push(first.start, line.end);
          if (!last) first = group[i + 1]!;
        }
      });
    } else {
      for (const line of group) push(line.start, line.end);
    }
    group = [];
  };
  for (const line of lines) {
    if (line.text.trim() === '') flush();
    else group.push(line);
  }
  flush();
  return blocks;
}
