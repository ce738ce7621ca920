// Writing in fragments on purpose: paragraphs and documents where verbless sentences are the style
// (notices, fixtures, travel guides, reference docs), not the debris of a bad translation.
import type { Analysis, Sentence, Token } from '../../src/types.js';
import { answersQuestion, isCaptionLike, isElidedPredicate, isHiddenVerb, isPlainStatement, isVerb, proseSentences, sentenceTokens, tail, wordCount } from './prose.js';

export function hasVerb(tokens: Token[]): boolean {
  // Cheap first: most sentences have a verb the tagger saw.
  for (let i = 0; i < tokens.length; i++) if (isVerb(tokens, i)) return true;
  for (let i = 0; i < tokens.length; i++) if (isHiddenVerb(tokens, i)) return true;
  return false;
}

/**
 * A paragraph written in fragments on purpose: a notice, a list of fixtures, a run of descriptions
 * ("A keen gardener. A fierce card player."). At least half its sentences, and two or more, have no verb.
 */
export function isTelegraphic(analysis: Analysis, index: number): boolean {
  const memo = analysis.shared('garbled-sentence:telegraphic', () => new Map<number, boolean>());
  let telegraphic = memo.get(index);
  if (telegraphic === undefined) {
    const paragraph = analysis.paragraphs[index]!;
    const sentences = analysis.sentences.slice(paragraph.sentenceStart, paragraph.sentenceEnd);
    // A label that opens a list ("Coming up: City v Spurs, Sunday.") counts as a fragment.
    const fragment = (sentence: Sentence): boolean =>
      LABEL.test(sentence.text) || !hasVerb(sentenceTokens(analysis, sentence));
    const verbless = sentences.filter(fragment).length;
    telegraphic = verbless >= 2 && verbless * 2 >= sentences.length;
    memo.set(index, telegraphic);
  }
  return telegraphic;
}

/** A label of one to four words and a colon at the start of a sentence. */
const LABEL = /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}:\s/u;

/** How many statements of the document's prose have no verb, out of how many. */
export function fragmentShare(analysis: Analysis): { verbless: number; total: number } {
  return analysis.shared('garbled-sentence:fragment-share', () => {
    let verbless = 0;
    let total = 0;
    for (const sentence of proseSentences(analysis)) {
      if (!/\p{L}\.$/u.test(tail(sentence.text))) continue;
      total++;
      if (!hasVerb(sentenceTokens(analysis, sentence))) verbless++;
    }
    return { verbless, total };
  });
}

/**
 * A document written in fragments ("Evening in Bairro Alto.", "Thread-safe."): three or more
 * statements, and at least one in six, have no verb. Machine translation leaves a fragment among
 * whole sentences; a writer who uses them as a style uses many.
 */
export function writesInFragments(analysis: Analysis): boolean {
  const { verbless, total } = fragmentShare(analysis);
  return verbless >= 3 && verbless * 6 >= total;
}

/**
 * The statements the verb checks judge: plain statements of at least `minWords` words that are not
 * captions, answers or elided predicates, in a document not written in fragments.
 */
export function verbCheckCandidates(analysis: Analysis, minWords: number): { sentence: Sentence; tokens: Token[] }[] {
  // Both verb checks judge the same statements: found once.
  return analysis.shared(`garbled-sentence:verb-candidates:${minWords}`, () => {
    if (writesInFragments(analysis)) return [];
    const candidates: { sentence: Sentence; tokens: Token[] }[] = [];
    for (const sentence of proseSentences(analysis)) {
      // A verbless paragraph of one short sentence is usually a caption or a subheading.
      if (!isPlainStatement(sentence) || isCaptionLike(analysis, sentence) || answersQuestion(analysis, sentence)) continue;
      const tokens = sentenceTokens(analysis, sentence);
      if (wordCount(tokens) < minWords || isElidedPredicate(tokens)) continue;
      candidates.push({ sentence, tokens });
    }
    return candidates;
  });
}
