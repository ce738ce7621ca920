// dialect-consistency: the document's dialect, and the spellings of the other one.
import type { Analysis, Finding } from '../../src/types.js';
import { trimStop, wordOf, wordSkipReason } from './candidates.js';
import { Memo } from '../../src/memo.js';
import { wordTable } from './word-table.js';
import type { Dialect } from './dictionaries.js';
import { dialectOf, majorityDialect, type DialectWord, type Evidence } from './dialect.js';

const NAMES: Record<Dialect, string> = { 'en-US': 'American', 'en-GB': 'British' };

interface Spelling {
  token: number;
  word: string;
  pair: DialectWord;
  inName: boolean;
}

export interface DocumentDialect {
  /** The configured dialect, or the majority of the document's spellings; undefined when undecided. */
  chosen?: Dialect;
  configured: boolean;
  spellings: Spelling[];
}

/** The British/American pair of a word token's text, null when it is skipped or in no pair (one lookup per token). */
const pairs = new Memo<DialectWord | null>('spelling:dialect-pair');
const pairOfText = (text: string): DialectWord | null => (wordSkipReason(text) !== undefined ? null : (dialectOf(trimStop(text)) ?? null));

export function documentDialect(analysis: Analysis, nameTokens: ReadonlySet<number>, configured?: Dialect): DocumentDialect {
  const spellings: Spelling[] = [];
  const evidence: Evidence = { 'en-US': { strong: 0, weak: 0 }, 'en-GB': { strong: 0, weak: 0 } };
  const { byToken } = wordTable(analysis);
  for (const token of analysis.tokens) {
    const entry = byToken[token.index];
    if (!entry) continue;
    const pair = entry.pair === undefined ? (entry.pair = pairs.get(entry.text, pairOfText)) : entry.pair;
    if (!pair) continue;
    const word = wordOf(token);
    const inName = nameTokens.has(token.index);
    spellings.push({ token: token.index, word, pair, inName });
    // Names keep their own spelling ("Labor Party", "World Trade Center"): they are not evidence.
    if (!inName) evidence[pair.dialect][pair.weak ? 'weak' : 'strong']++;
  }
  return { chosen: configured ?? majorityDialect(evidence), configured: configured !== undefined, spellings };
}

function matchCase(word: string, replacement: string): string {
  return /^\p{Lu}/u.test(word) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export function checkDialect(analysis: Analysis, dialect: DocumentDialect, report: (finding: Finding) => void): void {
  const chosen = dialect.chosen;
  if (!chosen) return;
  let used: Set<string> | undefined;
  for (const spelling of dialect.spellings) {
    const { pair, word } = spelling;
    if (pair.dialect === chosen || pair.weak) continue;
    // In a name, only when the document also writes the word the other way ("Data Centre" beside "center").
    if (spelling.inName && !(used ??= new Set(analysis.tokens.map((token) => token.lower))).has(pair.counterpart)) continue;
    const token = analysis.tokens[spelling.token]!;
    const expected = matchCase(word, pair.counterpart);
    report({
      start: token.start,
      end: token.start + word.length,
      reason: dialect.configured
        ? `${NAMES[pair.dialect]} spelling "${word}"; the configured dialect is ${chosen}`
        : `${NAMES[pair.dialect]} spelling "${word}" in a document that mostly uses ${NAMES[chosen]} spelling`,
      actual: word,
      expected: [expected],
      data: { kind: 'dialect', dialect: pair.dialect, documentDialect: chosen },
    });
  }
}
