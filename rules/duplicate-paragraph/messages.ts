// The one-line reasons of the findings.
import type { Match } from './find.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const percent = (share: number): number => Math.floor(share * 100 + 1e-9);

/** `where` is the earlier paragraph's place, e.g. `1:1` or `other.txt:5:1`. */
export function paragraphReason(match: Match, where: string): string {
  if (match.kind === 'exact') return `Paragraph repeats the paragraph at ${where} word for word`;
  if (match.kind === 'contained' && match.coverEarlier < match.coverLater) {
    return `Paragraph repeats part of the paragraph at ${where} (${percent(match.coverEarlier)}% of it)`;
  }
  const added: string[] = [];
  if (match.newSentences > 0) added.push(plural(match.newSentences, 'new sentence'));
  if (match.newWords > 0) added.push(plural(match.newWords, match.newSentences > 0 ? 'other new word' : 'new word'));
  const plus = added.length > 0 ? `, plus ${added.join(' and ')}` : '';
  return `Paragraph repeats the paragraph at ${where} (${percent(match.coverEarlier)}% of it${plus})`;
}

export function sentenceReason(where: string): string {
  return `Sentence repeats the sentence at ${where}`;
}
