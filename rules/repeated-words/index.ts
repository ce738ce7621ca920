// repeated-words: the same word written twice in a row ("the the").
import { append, defineRule } from '../../src/rule.js';
import type { Analysis, Finding } from '../../src/types.js';

/** Words that are correctly doubled in English ("had had", "that that"). */
const DEFAULT_ALLOW = ['had', 'that', 'is', 'do', 'bye', 'no', 'so', 'ha', 'very', 'really', 'many', 'more', 'well', 'far'];

export default defineRule({
  id: 'repeated-words',
  description: 'The same word twice in a row ("the the"), a classic slip of the keyboard or of editing.',
  defaultSeverity: 'warn',
  fixable: true,
  options: {
    allow: {
      type: 'string[]',
      default: DEFAULT_ALLOW,
      description: 'Words that may be doubled (compared in lower case).',
    },
  },
  check({ analysis, options, report }) {
    const allow = new Set(options.allow.map((word) => word.toLowerCase()));
    // Reported here, not inside the loop: a new `report` per document would be a new call target for V8 there.
    for (const finding of repeatedWords(analysis, allow)) report(finding);
  },
});

/** Letters that are words: a repeated other letter ("n N", "r r") is letter-spaced text or a list of initials. */
const LETTER_WORDS = new Set(['a', 'i']);

/** A field of page furniture: a label and a colon opening a line without sentence punctuation ("Tags: ..."). */
const FIELD = /^[\p{L}][\p{L} ]{0,24}:\s/u;
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/**
 * Paragraphs that are labelled fields (tags, categories, keywords): their words are a list of keys,
 * where a repeat is a glitch of the page, not of the writing.
 */
function fieldParagraphs(analysis: Analysis): Set<number> {
  const fields = new Set<number>();
  for (const paragraph of analysis.paragraphs) {
    if (paragraph.kind !== 'body' && FIELD.test(paragraph.text) && !SENTENCE_END.test(paragraph.text.trimEnd())) fields.add(paragraph.index);
  }
  return fields;
}

/** True when the token at `j` is the same word as `word`, in its sentence. */
function sameWordBeside(tokens: Analysis['tokens'], j: number, word: Analysis['tokens'][number]): boolean {
  const other = tokens[j];
  return other !== undefined && other.type === 'word' && other.sentence === word.sentence && other.lower === word.lower;
}

/** Each word written twice in a row (not an allowed one), in document order. */
function repeatedWords(analysis: Analysis, allow: ReadonlySet<string>): Finding[] {
  let findings: Finding[] | undefined;
  const { tokens, text, sentences } = analysis;
  let fields: Set<number> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const first = tokens[i - 1]!;
    const second = tokens[i]!;
    if (first.type !== 'word' || second.type !== 'word' || first.sentence !== second.sentence) continue;
    if (first.lower !== second.lower || allow.has(first.lower)) continue;
    // Only white space between the two, and not a line break between paragraphs.
    const between = text.slice(first.end, second.start);
    if (!/^[ \t]*(?:\r?\n)?[ \t]*$/.test(between) || between === '') continue;
    // A word three times or more in a row is said on purpose ("killing killing killing", "ha ha ha"): a slip doubles once.
    if (sameWordBeside(tokens, i - 2, first) || sameWordBeside(tokens, i + 1, second)) continue;
    // Doubled proper names ("Bora Bora", "Baden Baden") are names, not slips.
    if (/^\p{Lu}/u.test(first.text) && /^\p{Lu}/u.test(second.text)) continue;
    // The last word of a name, then the same word as a common noun ("Civil Service service", "Statutory Maternity Pay pay weeks").
    const before = tokens[i - 2];
    if (/^\p{Lu}/u.test(first.text) && before?.type === 'word' && before.sentence === first.sentence && /^\p{Lu}/u.test(before.text)) continue;
    // Tokens that are not words of letters ("1 1") are left alone.
    if (!/\p{L}/u.test(first.text)) continue;
    if ([...first.lower].length === 1 && !LETTER_WORDS.has(first.lower)) continue;
    fields ??= fieldParagraphs(analysis);
    if (fields.has(sentences[first.sentence]!.paragraph)) continue;
    const finding: Finding = {
      start: first.start,
      end: second.end,
      reason: `Word "${second.text}" is repeated`,
      actual: text.slice(first.start, second.end),
      expected: [first.text],
      fix: first.text,
    };
    findings = append(findings, finding);
  }
  return findings ?? [];
}
