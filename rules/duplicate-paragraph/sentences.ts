// duplicate-sentence: the same sentence (after normalising) written again later in the document.
import type { Match } from './find.js';
import type { ParagraphRecord, SentenceRecord } from './records.js';

export interface SentenceRepeat {
  later: SentenceRecord;
  earlier: SentenceRecord;
}

/**
 * Repeated sentences of at least `minWords` words. A sentence that a duplicate-paragraph finding
 * already covers (a repeated part of a repeated paragraph) is left out, and so is one of a paragraph
 * written on the template of an earlier one (`parallel`: sentence indexes by paragraph id), and one
 * under another Markdown heading than its first copy.
 */
export function repeatedSentences(records: readonly ParagraphRecord[], matches: readonly Match[], minWords: number, parallel: ReadonlyMap<number, readonly number[]> = new Map()): SentenceRepeat[] {
  const covered = new Map(matches.map((match) => [match.later, new Set(match.repeatedSentences)]));
  for (const [id, sentences] of parallel) covered.set(id, new Set([...(covered.get(id) ?? []), ...sentences]));
  const first = new Map<string, SentenceRecord>();
  const sectionOf = new Map<SentenceRecord, string | undefined>();
  const repeats: SentenceRepeat[] = [];
  records.forEach((record, id) => {
    record.sentences.forEach((sentence, index) => {
      if (sentence.to - sentence.from < minWords) return;
      const earlier = first.get(sentence.key);
      if (!earlier) {
        first.set(sentence.key, sentence);
        sectionOf.set(sentence, record.section);
        return;
      }
      // A sentence of a guide's section said again in another section is part of each (see find.ts).
      const section = sectionOf.get(earlier);
      if (section !== undefined && record.section !== undefined && section !== record.section) return;
      if (!covered.get(id)?.has(index)) repeats.push({ later: sentence, earlier });
    });
  });
  return repeats;
}
