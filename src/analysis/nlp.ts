// Tokens, sentences and part-of-speech tags from wink-nlp (its model ships in its npm package).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token, TokenType } from '../types.js';
import type { Block } from './blocks.js';
import { joinAbbreviationSplits } from './abbreviations.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** A piece of a word: letters and combining marks only. */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/** The model loads once per process, on first use. */
function getNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
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

/** One string object per distinct token text in a document: a long document repeats most of its words. */
export type Interner = Map<string, string>;

function intern(strings: Interner, value: string): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

/**
 * Tokenises one block and appends its tokens and sentences (with document offsets) to the lists.
 * Returns the number of sentences added.
 */
export function tokeniseBlock(block: Block, paragraph: number, tokens: Token[], sentences: Sentence[], strings: Interner = new Map()): number {
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
    if (at < 0) at = expectedAt; // the model changed the token's text; keep its place
    const end = Math.min(block.text.length, at + value.length);
    const previous = tokens[tokens.length - 1];
    // The model splits words at letters it does not know ("Phạm" -> "Ph" "ạ" "m"): glue them back.
    if (previous && i > 0 && at === cursor && previous.sentence === sentenceOf[i] && LETTERS.test(value) && LETTERS.test(previous.text)) {
      previous.end = block.start + end;
      previous.text = block.text.slice(previous.start - block.start, end);
      previous.lower = previous.text.toLowerCase();
      previous.type = 'word';
      // Always stored (not in a branch): a capitalised merge is rare and would deopt.
      previous.pos = /^\p{Lu}/u.test(previous.text) ? 'PROPN' : previous.pos;
      merged[i] = previous.index;
      cursor = end;
      continue;
    }
    merged[i] = tokens.length;
    tokens.push({
      index: tokens.length,
      text: intern(strings, block.text.slice(at, end)),
      lower: intern(strings, value.toLowerCase()),
      start: block.start + at,
      end: block.start + end,
      type: TYPES[types[i]!] ?? 'other',
      pos: pos[i]!,
      sentence: sentenceOf[i]!,
      spaceBefore: at === 0 || /\s/.test(block.text[at - 1]!),
    });
    cursor = end;
  }

  for (const [from, to] of spans) {
    const startToken = tokens[merged[from]!]!;
    const endToken = tokens[merged[to]!]!;
    sentences.push({
      index: sentences.length,
      paragraph,
      start: startToken.start,
      end: endToken.end,
      text: block.text.slice(startToken.start - block.start, endToken.end - block.start),
      tokenStart: startToken.index,
      tokenEnd: endToken.index + 1,
    });
  }
  return spans.length;
}
