// punctuation-spacing: "said.The bill", "passed,then" (no space after) and "said , then" (a space before).
import { append, defineRule } from '../../src/rule.js';
import type { Analysis, Finding, Paragraph } from '../../src/types.js';
import { spacingMatches } from './scan.js';

export default defineRule({
  id: 'punctuation-spacing',
  description: 'A missing space after sentence punctuation, a comma or a semicolon ("said.The"), or a space before a comma or full stop.',
  defaultSeverity: 'warn',
  fixable: true,
  options: {},
  check({ analysis, report }) {
    for (const finding of spacingFindings(analysis)) report(finding);
  },
});

/** Endings of domains and files written with a capital ("Amazon.Com", "Report.Pdf"): not a new sentence. */
const DOMAIN_ENDINGS = new Set(['com', 'net', 'org', 'gov', 'edu', 'info', 'biz', 'io', 'co', 'ai', 'app', 'dev', 'js', 'ts', 'py', 'md', 'txt', 'pdf', 'doc', 'docx', 'html', 'htm', 'xml', 'csv', 'json', 'jpg', 'png', 'exe', 'uk', 'vn', 'cn', 'fr', 'jp', 'au', 'tv', 'fm']);

const MARK_NAMES: Readonly<Record<string, string>> = { '.': 'a full stop', '?': 'a question mark', '!': 'an exclamation mark', ',': 'a comma', ';': 'a semicolon' };

function spacingFindings(analysis: Analysis): Finding[] {
  let findings: Finding[] | undefined;
  for (const paragraph of analysis.paragraphs) {
    for (const finding of paragraphFindings(analysis, paragraph)) findings = append(findings, finding);
  }
  return findings ?? [];
}

function paragraphFindings(analysis: Analysis, paragraph: Paragraph): Finding[] {
  const { text } = paragraph;
  const found: Finding[] = [];
  const missing = (match: RegExpExecArray, rightAt: number, reason: string): void => {
    const start = match.index;
    const end = start + match[0].length + match[match.length - 1]!.length;
    if (inCode(analysis, paragraph, start, end) || insideLink(text, start, end)) return;
    const actual = text.slice(start, end);
    const split = rightAt - start;
    const fixed = `${actual.slice(0, split)} ${actual.slice(split)}`;
    found.push({ start: paragraph.start + start, end: paragraph.start + end, reason, actual, expected: [fixed], fix: fixed, data: { kind: 'missing-space' } });
  };
  const matches = spacingMatches(text);
  for (const pattern of [matches.afterStop, matches.afterQuestion]) {
    for (const match of pattern) {
      const [whole, left, mark, closers, right] = match as unknown as [string, string, string, string, string];
      const after = match.index + whole.length + right.length;
      if (/\p{Lu}/u.test(left.slice(1)) || /\d/.test(left) !== /^\d+$/.test(left)) continue; // "JavaScript.Foo", "v1.Then"
      if (mark === '.' && (DOMAIN_ENDINGS.has(right.replace(/^[“‘(]/, '').toLowerCase()) || /\p{Lu}/u.test(right.slice(2)) || text[after] === '.')) continue;
      if (text[match.index - 1] === '.' || text[after] === '(') continue; // "a.b.Cd", "Math.Floor(x)"
      missing(match as RegExpExecArray, match.index + whole.length, `No space after ${MARK_NAMES[mark[0]!]} before "${right.replace(/^[“‘(]/, '')}"`);
    }
  }
  for (const match of matches.afterComma) {
    const [, left, mark] = match as unknown as [string, string, string];
    const before = text[match.index - 1];
    if (before === '&' || before === '#' || /\d/.test(left) !== /^\d+$/.test(left)) continue; // "&amp;then", "a1,b2"
    missing(match as RegExpExecArray, match.index + left.length + mark.length, `No space after ${MARK_NAMES[mark]}`);
  }
  for (const match of matches.spaceBefore) {
    const [whole, left, , mark] = match as unknown as [string, string, string, string];
    const start = match.index;
    const end = start + whole.length;
    // An ellipsis written with spaces (". . ."), a list of dots, or a stop after a lone number.
    if (mark === '.' && (/^\d$/.test(left) || text[end] === '.' || text.slice(end, end + 2) === ' .')) continue;
    if (inCode(analysis, paragraph, start, end) || insideLink(text, start, end)) continue;
    const fixed = left + mark;
    found.push({ start: paragraph.start + start, end: paragraph.start + end, reason: `Space before ${MARK_NAMES[mark]}`, actual: whole, expected: [fixed], fix: fixed, data: { kind: 'space-before' } });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Markdown markup or code blanked out of the paragraph's text there: the text differs from the document's. */
function inCode(analysis: Analysis, paragraph: Paragraph, start: number, end: number): boolean {
  return analysis.text.slice(paragraph.start + start, paragraph.start + end) !== paragraph.text.slice(start, end);
}

/** Inside a web address, an e-mail address, a path or an identifier: the run of non-space text around the match says so. */
function insideLink(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  const chunk = text.slice(from, to);
  return /:\/\/|www\.|@|[\\/=_<>{}|~^`]/.test(chunk) || /\.\p{L}+\.\p{L}/u.test(chunk.slice(start - from + 1));
}
