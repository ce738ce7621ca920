// Tokens, sentences and part-of-speech tags from wink-nlp (its model ships in its npm package).
import winkNLP from 'wink-nlp';
import { englishModel } from './model.js';
import type { Sentence, TokenType } from '../types.js';
import type { Block } from './blocks.js';
import { joinAbbreviationSplits } from './abbreviations.js';
import type { TokenStoreBuilder } from './token-store.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** A piece of a word: letters and combining marks only. */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** The model loads once per process, on first use. */
function getNlp(): Nlp {
  nlp ??= winkNLP(englishModel, ['sbd', 'pos']);
  return nlp;
}

const TYPES: Record<string, TokenType> = {
  word: 'word',
  number: 'number',
  ordinal: 'number',
  punctuation: 'punctuation',
  symbol: 'symbol',
  currency: 'symbol',
  url: 'url',
  email: 'email',
  hashtag: 'hashtag',
  mention: 'mention',
  emoji: 'emoji',
  emoticon: 'emoji',
};

/**
 * Tokenises one block and appends its tokens and sentences (with document offsets) to the lists.
 * Returns the number of sentences added.
 */
export function tokeniseBlock(block: Block, paragraph: number, tokens: TokenStoreBuilder, sentences: Sentence[]): number {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(block.text);
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = joinAbbreviationSplits(doc.sentences().out(its.span) as unknown as [number, number][], values, spaces);

  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([from, to], i) => sentenceOf.fill(sentences.length + i, from, to + 1));
  /** Index in `tokens` of each of the model's tokens (pieces of one word share an index). */
  const merged = new Int32Array(values.length);

  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const expectedAt = cursor + spaces[i]!.length;
    let at = block.text.startsWith(value, expectedAt) ? expectedAt : block.text.indexOf(value, cursor);
    // Found, the token's text is the tokeniser's own string (often the model's, its hash already known).
    const found = at >= 0;
    if (!found) at = expectedAt; // the model changed the token's text; keep its place
    const end = Math.min(block.text.length, at + value.length);
    const previous = tokens.length - 1;
    // The model splits words at letters it does not know ("Phạm" -> "Ph" "ạ" "m"): glue them back.
    if (previous >= 0 && i > 0 && at === cursor && tokens.sentence(previous) === sentenceOf[i] && LETTERS.test(value) && LETTERS.test(tokens.text(previous))) {
      const text = block.text.slice(tokens.start(previous) - block.start, end);
      tokens.rewrite(previous, text, 'word', /^\p{Lu}/u.test(text) ? 'PROPN' : tokens.pos(previous));
      merged[i] = previous;
      cursor = end;
      continue;
    }
    const text = found ? value : block.text.slice(at, end);
    merged[i] = tokens.push(text, value, block.start + at, TYPES[types[i]!] ?? 'other', pos[i]!, sentenceOf[i]!, at === 0 || /\s/.test(block.text[at - 1]!));
    cursor = end;
  }

  for (const [from, to] of spans) {
    const first = merged[from]!;
    const last = merged[to]!;
    const start = tokens.start(first);
    const end = tokens.end(last);
    sentences.push({
      index: sentences.length,
      paragraph,
      start,
      end,
      text: block.text.slice(start - block.start, end - block.start),
      tokenStart: first,
      tokenEnd: last + 1,
    });
  }
  return spans.length;
}
