// term-consistency: one term, one form: hyphenation, capitals, abbreviations and spelling variants.
import { defineRule } from '../../src/rule.js';
import type { Analysis, Finding, OptionsOf } from '../../src/types.js';
import { abbreviationFindings, type UnusedPolicy } from './abbreviations.js';
import { capitalsGroups } from './capitals.js';
import { houseTermFindings, validateTerms, type HouseTerm } from './house-terms.js';
import { hyphenationGroups } from './hyphenation.js';
import { groupFindings, type TermGroup, type TermKind, type Use } from './norm.js';
import { foreignParagraphs } from '../spelling/language.js';
import { spellingVariantGroups } from './spelling-variants.js';
import type { WordBook } from '../spelling/known.js';
import { collectTerms, checkRunTerms, type FileTerms } from './cross-file.js';

export const KINDS: readonly TermKind[] = ['hyphenation', 'capitals', 'abbreviation', 'spelling'];

const options = {
  kinds: {
    type: 'object',
    default: KINDS,
    description: 'Which kinds of inconsistency to report: a list of hyphenation, capitals, abbreviation, spelling.',
    validate: (value: unknown) =>
      Array.isArray(value) && value.every((kind) => (KINDS as readonly unknown[]).includes(kind)) ? undefined : `expected a list of ${KINDS.join(', ')}`,
  },
  minUses: {
    type: 'number',
    default: 2,
    min: 2,
    integer: true,
    description: 'How many times the usual form must be used before another form is reported against it.',
  },
  unusedAbbreviations: {
    type: 'string',
    default: 'spelled-out',
    enum: ['spelled-out', 'always', 'never'],
    description: 'An abbreviation defined and never used again: reported when its long form is written out again later (spelled-out), always, or never.',
  },
  terms: {
    type: 'object',
    default: [],
    description: 'House choices, reported even in a consistent document: a list of {"prefer": "email", "over": ["e-mail"]}.',
    validate: validateTerms,
  },
  crossFile: {
    type: 'boolean',
    default: false,
    description: 'Also compare the forms across the files of a run (a house style across a corpus).',
  },
} as const;

export type Options = OptionsOf<typeof options>;

/** The words `spelling` knows besides its dictionaries: the configuration's personal words. */
export const wordBookOf = (words: readonly string[]): WordBook => ({ primary: 'en-US', personal: new Set(words.flatMap((word) => [word, word.toLowerCase()])) });

/** The document's findings for these options, in document order, one per place. */
export function termFindings(analysis: Analysis, opts: Options, words: readonly string[] = []): Finding[] {
  return analysis.shared(`term-consistency:${JSON.stringify(opts)}:${words.join('\n')}`, () => findingsFor(analysis, opts, wordBookOf(words)));
}

function findingsFor(analysis: Analysis, opts: Options, book: WordBook): Finding[] {
  const kinds = new Set(opts.kinds as TermKind[]);
  const groups = inEnglish(analysis, [
    ...(kinds.has('hyphenation') ? hyphenationGroups(analysis, book) : []),
    ...(kinds.has('capitals') ? capitalsGroups(analysis) : []),
    ...(kinds.has('spelling') ? spellingVariantGroups(analysis) : []),
  ]);
  const all = [
    ...houseTermFindings(analysis, opts.terms as HouseTerm[]).filter((finding) => kinds.has(finding.data!.kind as TermKind)),
    ...groupFindings(analysis, groups, opts.minUses),
    ...(kinds.has('abbreviation') ? abbreviationFindings(analysis, opts.unusedAbbreviations as UnusedPolicy) : []),
  ];
  // A place reported twice (a house choice and the document's habit) keeps its first finding.
  const seen = new Set<number>();
  return all.filter((finding) => !seen.has(finding.start) && seen.add(finding.start)).sort((a, b) => a.start - b.start);
}

/** The groups without their uses in paragraphs of another language (whose capitals and spellings are that language's). */
function inEnglish(analysis: Analysis, groups: TermGroup[]): TermGroup[] {
  const foreign = foreignParagraphs(analysis).paragraphs;
  if (foreign.size === 0) return groups;
  const english = (use: Use): boolean => !foreign.has(analysis.sentences[use.sentence]!.paragraph);
  return groups.map((group) => (group.uses.every(english) ? group : { ...group, uses: group.uses.filter(english) }));
}

export default defineRule<typeof options, FileTerms>({
  id: 'term-consistency',
  description: 'One term written in more than one form in a document: hyphenation, capitals, abbreviations, spelling variants.',
  defaultSeverity: 'warn',
  fixable: true,
  options,
  check({ analysis, options: opts, settings, report }) {
    for (const finding of termFindings(analysis, opts, settings.words)) report(finding);
  },
  collect({ analysis, options: opts, settings }) {
    return opts.crossFile ? collectTerms(analysis, opts, settings.words) : undefined;
  },
  checkRun(entries, context) {
    if (context.options.crossFile) checkRunTerms(entries, context);
  },
});
