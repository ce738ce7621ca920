// The document's distinct word texts, each with its uses and the decisions made about it, met once per token.
import type { Analysis } from '../../src/types.js';
import type { DialectWord } from './dialect.js';

export interface WordEntry {
  text: string;
  uses: number;
  /** Its British/American pair (null: none), once the dialect pass has asked. */
  pair?: DialectWord | null;
  /** Whether it passes the spelling check whatever its context, and for which personal words that was decided. */
  clean?: boolean;
  cleanFor?: string;
}

export interface WordTable {
  /** In order of first use. */
  entries: ReadonlyMap<string, WordEntry>;
  /** The entry of each word token, by token index (undefined for other tokens). */
  byToken: ReadonlyArray<WordEntry | undefined>;
}

export function wordTable(analysis: Analysis): WordTable {
  return analysis.shared('spelling:word-table', () => {
    const { tokens } = analysis;
    const entries = new Map<string, WordEntry>();
    const byToken = new Array<WordEntry | undefined>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type !== 'word') continue;
      let entry = entries.get(token.text);
      // Every field from the start, so that all entries keep one shape (V8 map) as the passes fill them in.
      if (!entry) entries.set(token.text, (entry = { text: token.text, uses: 0, pair: undefined, clean: undefined, cleanFor: undefined }));
      entry.uses++;
      byToken[i] = entry;
    }
    return { entries, byToken };
  });
}
