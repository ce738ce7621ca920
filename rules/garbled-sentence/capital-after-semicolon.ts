// capital-after-semicolon (mild style finding, its own rule id): "...; Strengthen high-level exchanges".
// A semicolon joins parts of one sentence, so the next word keeps lower case unless it is a name.
import { append } from '../../src/rule.js';
import type { Analysis, Token } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { proseSentences, sentenceTokens } from './prose.js';

/** Verbs and adverbs: the words a list of actions starts with ("; Strengthen", "; Especially"). */
const NOT_NAMES = new Set(['VERB', 'ADV']);

/** Words written with a capital in the middle of a sentence elsewhere: names ("Le Minh Hung"). */
function capitalisedInside(analysis: Analysis): Set<string> {
  return analysis.shared('garbled-sentence:capitalised-inside', () => {
    const names = new Set<string>();
    for (const sentence of analysis.sentences) {
      for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd; i++) {
        const token = analysis.tokens[i]!;
        const before = analysis.tokens[i - 1]!;
        if (/^\p{Lu}/u.test(token.text) && before.type === 'word') names.add(token.lower);
      }
    }
    return names;
  });
}

function isCapitalisedWord(token: Token): boolean {
  return token.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(token.text);
}

export function findCapitalAfterSemicolon(analysis: Analysis): GarbleFinding[] {
  let findings: GarbleFinding[] | undefined;
  for (const sentence of proseSentences(analysis)) {
    const tokens = sentenceTokens(analysis, sentence);
    for (let i = 1; i + 1 < tokens.length; i++) {
      const word = tokens[i]!;
      if (tokens[i - 1]!.text !== ';' || !isCapitalisedWord(word) || !NOT_NAMES.has(word.pos)) continue;
      if (capitalisedInside(analysis).has(word.lower)) continue;
      const finding: GarbleFinding = {
        start: word.start,
        end: word.end,
        reason: `Capital letter after a semicolon: "${word.text}"`,
        expected: [word.text.toLowerCase()],
        sentence: sentence.index,
        data: { kind: 'capital-after-semicolon' },
      };
      findings = append(findings, finding);
    }
  }
  return findings ?? [];
}
