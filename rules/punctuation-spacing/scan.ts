// Where punctuation-spacing's four patterns match in a paragraph. The answer is that of scanning the whole
// text with each pattern (`text.matchAll`), but found cheaply: one pass over the characters picks the few
// marks that could match (a mark glued to the next character, or a space before a comma or full stop),
// and each pattern is tried once, anchored at the start of the word before such a mark.

/**
 * A word, sentence punctuation with any closing quotes or brackets, then a word with no space: "said.The",
 * "Why?Because", "said.”The". After a full stop the next word must be capitalised and lower-case after its
 * first letter, which leaves domains and file names ("Node.js", "ASP.NET", "file.txt") alone.
 */
export const AFTER_STOP = /([\p{L}\d]*[\p{Ll}\d]{2})(\.|[!?]{1,3})(["”’)\]]*)(?=([“‘(]?\p{Lu}\p{Ll}+))/gu;
export const AFTER_QUESTION = /([\p{L}\d]*[\p{Ll}\d]{2})([!?]{1,3})(["”’)\]]*)(?=([“‘(]?\p{Ll}{2,}))/gu;
/** A comma or semicolon between two words with no space: "passed,then", "2020,the", "costs;others". */
export const AFTER_COMMA = /([\p{L}\d]*[\p{L}\d]{2})([,;])(?=(\p{L}{2,}))/gu;
/** A space before a comma or full stop that ends a word: "said , then", "the end ." */
export const SPACE_BEFORE = /(\p{L}{2,}|\d)([ \t]+)([,.])(?=\s|$|["”’)])/gu;

/** The matches of each pattern, in text order, as `matchAll` gives them. */
export interface SpacingMatches {
  afterStop: RegExpExecArray[];
  afterQuestion: RegExpExecArray[];
  afterComma: RegExpExecArray[];
  spaceBefore: RegExpExecArray[];
}

const STICKY = {
  afterStop: new RegExp(AFTER_STOP.source, 'uy'),
  afterQuestion: new RegExp(AFTER_QUESTION.source, 'uy'),
  afterComma: new RegExp(AFTER_COMMA.source, 'uy'),
  spaceBefore: new RegExp(SPACE_BEFORE.source, 'uy'),
};

const WORD_CHARACTER = /^[\p{L}\d]$/u;
const LETTER = /^\p{L}$/u;

export function spacingMatches(text: string): SpacingMatches {
  // Marks glued to the character after them (the patterns' marks are all followed by a mark, a closer, a
  // quote or a letter), with a word character before; and commas or full stops after a space or tab.
  let stops: number[] | undefined;
  let commas: number[] | undefined;
  let spaced: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 44 && c !== 33 && c !== 63 && c !== 59) continue;
    const before = text.charCodeAt(i - 1);
    if ((c === 46 || c === 44) && (before === 32 || before === 9)) (spaced ??= []).push(i);
    if (!(text.charCodeAt(i + 1) > 32) || !mayEndWord(before)) continue;
    if (c === 44 || c === 59) (commas ??= []).push(i);
    else (stops ??= []).push(i);
  }
  return {
    afterStop: stops ? matchesAfterWord(text, stops, STICKY.afterStop) : [],
    afterQuestion: stops ? matchesAfterWord(text, stops, STICKY.afterQuestion) : [],
    afterComma: commas ? matchesAfterWord(text, commas, STICKY.afterComma) : [],
    spaceBefore: spaced ? matchesBeforeSpace(text, spaced) : [],
  };
}

/** A letter or digit, or any character outside ASCII (decided exactly later). */
function mayEndWord(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 128;
}

/**
 * The matches of a pattern that starts with a run of letters and digits ending at a mark. A match can only
 * start where that run starts (the run cannot begin inside an earlier match, whose last character is no
 * letter or digit), so the pattern is tried there once.
 */
function matchesAfterWord(text: string, marks: readonly number[], sticky: RegExp): RegExpExecArray[] {
  return anchoredMatches(text, marks, sticky, (mark) => {
    const start = runStart(text, mark, WORD_CHARACTER);
    return start === mark ? undefined : start;
  });
}

/** SPACE_BEFORE's matches: a run of letters, or the single digit, before the spaces ahead of the mark. */
function matchesBeforeSpace(text: string, marks: readonly number[]): RegExpExecArray[] {
  return anchoredMatches(text, marks, STICKY.spaceBefore, (mark) => {
    let wordEnd = mark;
    while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === 32 || text.charCodeAt(wordEnd - 1) === 9)) wordEnd--;
    if (wordEnd === 0) return undefined;
    const last = text.charCodeAt(wordEnd - 1);
    const start = last >= 48 && last <= 57 ? wordEnd - 1 : runStart(text, wordEnd, LETTER);
    return start === wordEnd ? undefined : start;
  });
}

/** The sticky pattern tried at the one place each mark's match could start (`startOf`), never inside an earlier match. */
function anchoredMatches(text: string, marks: readonly number[], sticky: RegExp, startOf: (mark: number) => number | undefined): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let end = 0;
  for (const mark of marks) {
    const start = startOf(mark);
    if (start === undefined || start < end) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match) {
      found.push(match);
      end = start + match[0].length;
    }
  }
  return found;
}

/** Where the run of characters `kind` accepts (whole code points) that ends at `end` starts. */
function runStart(text: string, end: number, kind: RegExp): number {
  const digits = kind === WORD_CHARACTER;
  let at = end;
  while (at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57)) {
        at--;
        continue;
      }
      return at;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!kind.test(text.slice(at - width, at))) return at;
    at -= width;
  }
  return at;
}
