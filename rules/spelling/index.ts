// spelling: unknown words, words run together, and (as dialect-consistency) mixed British/American spelling.
import { defineRule } from '../../src/rule.js';
import type { Analysis, Finding } from '../../src/types.js';
import type { Dialect } from './dictionaries.js';
import { checkDialect, documentDialect } from './consistency.js';
import { checkWords } from './check-words.js';

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
    if (isOn('spelling')) for (const finding of checkWords(analysis, nameTokens, { primary: dialect.chosen ?? 'en-US', personal })) report(finding);
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
