// spelling: unknown words, words run together, and (as dialect-consistency) mixed British/American spelling.
import { defineRule } from '../../src/rule.js';
import type { Analysis, Finding } from '../../src/types.js';
import type { Dialect } from './dictionaries.js';
import { checkDialect, documentDialect } from './consistency.js';
import { checkWords } from './check-words.js';
import { foreignParagraphs } from './language.js';

export const DIALECTS = ['auto', 'en-US', 'en-GB'] as const;

export default defineRule({
  id: 'spelling',
  extraIds: ['dialect-consistency'],
  description: 'Misspelt words and words run together, knowing names and acronyms; mixed British and American spelling.',
  defaultSeverity: 'warn',
  options: {
    dialect: {
      type: 'string',
      default: 'auto',
      enum: DIALECTS,
      description: 'en-US, en-GB, or auto: the dialect most of the document\'s own British/American spellings use.',
    },
    words: {
      type: 'string[]',
      default: [],
      description: 'Extra words to accept (added to the configuration\'s `words` and `.copydesk/words.txt`).',
    },
  },
  check({ analysis, options, settings, isOn, report }) {
    const personal = new Set([...settings.words, ...options.words].flatMap((word) => [word, word.toLowerCase()]));
    const nameTokens = nameTokenSet(analysis);
    const configured = options.dialect === 'auto' ? undefined : (options.dialect as Dialect);
    const dialect = documentDialect(analysis, nameTokens, configured);
    if (isOn('spelling')) {
      for (const finding of checkWords(analysis, nameTokens, { primary: dialect.chosen ?? 'en-US', personal })) report(finding);
      const note = languageNote(analysis);
      if (note) report(note);
    }
    if (isOn('dialect-consistency')) checkDialect(analysis, dialect, (finding: Finding) => report({ ...finding, ruleId: 'dialect-consistency' }));
  },
});

/** Indexes of the tokens that are words of a recognised name. */
function nameTokenSet(analysis: Analysis): Set<number> {
  return analysis.shared('spelling:name-tokens', () => {
    const set = new Set<number>();
    for (const mention of analysis.mentions) for (let i = mention.tokenStart; i < mention.tokenEnd; i++) set.add(i);
    return set;
  });
}

/** One note for the document when some of its paragraphs are not in English and were not spell-checked. */
function languageNote(analysis: Analysis): Finding | undefined {
  const { paragraphs, language } = foreignParagraphs(analysis);
  if (paragraphs.size === 0 || !language) return undefined;
  const indexes = [...paragraphs].sort((a, b) => a - b);
  const first = analysis.paragraphs[indexes[0]!]!;
  const count = indexes.length === 1 ? 'a paragraph' : `${indexes.length} paragraphs`;
  return {
    start: first.start,
    end: first.start,
    reason: `Not checked for spelling: ${count} in ${language} (or another language, not English)`,
    info: true,
    data: { kind: 'language', language, paragraphs: indexes.length, of: analysis.paragraphs.length },
  };
}
