// Synthetic spelling and spacing defects: words run together, a missing space after punctuation, a stray hyphen.
import type { Token } from '../../../src/types.js';
import { analysisOf, freeParas, splice, type Draft, type Para } from '../draft.js';
import type { Defect } from '../defects.js';
import type { DefectKind } from '../kinds.js';

const isPlainWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word' && /^\p{L}{2,}$/u.test(token.text);

interface Place {
  para: Para;
  start: number;
  end: number;
}

/** Removes the text between two places of one paragraph and marks what remains joined. */
function join(draft: Draft, places: Place[], kind: string, ruleId: string): boolean {
  if (places.length === 0) return false;
  const { para, start, end } = draft.random.pick(places);
  const before = para.text.slice(start, end);
  const gap = /\s+/.exec(before)!;
  const joined = before.slice(0, gap.index) + before.slice(gap.index + gap[0].length);
  const place = splice(para, start, end, joined);
  para.used = true;
  para.marks.push({ ruleId, kind, detail: `${before} → ${joined}`, ...place });
  return true;
}

/** Pairs of neighbouring words of one sentence, separated by a single space, that a test picks. */
function pairs(draft: Draft, accept: (first: Token, second: Token, tokens: Token[], index: number) => boolean): Place[] {
  return freeParas(draft, 12).flatMap((para) => {
    const { tokens } = analysisOf(para.text);
    const places: Place[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      const first = tokens[i]!;
      const second = tokens[i + 1]!;
      if (!isPlainWord(first) || !isPlainWord(second) || first.sentence !== second.sentence) continue;
      if (para.text.slice(first.end, second.start) !== ' ' || !accept(first, second, tokens, i)) continue;
      places.push({ para, start: first.start, end: second.end });
    }
    return places;
  });
}

const isLower = (token: Token) => /^\p{Ll}+$/u.test(token.text);
const opensSentence = (tokens: Token[], i: number) => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;

/** Two lower-case words inside a sentence run together: "annual profit" → "annualprofit". */
export const runTogether: Defect = (draft) => join(draft, pairs(draft, (a, b, tokens, i) => isLower(a) && isLower(b) && !opensSentence(tokens, i)), 'run-together', 'spelling');

/** A sentence's capitalised first word run into the next: "According to" → "Accordingto", "In his" → "Inhis". */
export const runTogetherAtStart: Defect = (draft) =>
  join(draft, pairs(draft, (a, b, tokens, i) => opensSentence(tokens, i) && /^\p{Lu}\p{Ll}+$/u.test(a.text) && isLower(b)), 'run-together-start', 'spelling');

/** A name run into the lower-case word after it: "Hanoi visited" → "Hanoivisited". */
export const runTogetherName: Defect = (draft) =>
  join(draft, pairs(draft, (a, b, tokens, i) => a.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(a.text) && !opensSentence(tokens, i) && isLower(b) && b.text.length >= 3), 'run-together-name', 'spelling');

/** The space after a sentence's full stop (or question or exclamation mark) dropped: "said. The" → "said.The". */
export const missingSpace: Defect = (draft) => {
  const places = freeParas(draft, 12).flatMap((para) => {
    const found: Place[] = [];
    for (const match of para.text.matchAll(/(\p{Ll}{2,})([.?!]) (\p{Lu}\p{Ll}+)/gu)) found.push({ para, start: match.index, end: match.index + match[0].length });
    return found;
  });
  return join(draft, places, 'missing-space', 'punctuation-spacing');
};

/** The space after a comma dropped: "passed, then" → "passed,then". */
export const missingSpaceAfterComma: Defect = (draft) => {
  const places = freeParas(draft, 12).flatMap((para) => [...para.text.matchAll(/(\p{L}{2,}),( )(\p{L}{2,})/gu)].map((match) => ({ para, start: match.index, end: match.index + match[0].length })));
  return join(draft, places, 'missing-space-comma', 'punctuation-spacing');
};

/** A lower-case word of seven letters or more broken by a hyphen before a consonant: "delegation" → "dele-gation". */
export const hyphenBroken: Defect = (draft) => {
  const candidates = freeParas(draft, 12).flatMap((para) =>
    analysisOf(para.text)
      .tokens.filter((token, i, tokens) => isPlainWord(token) && isLower(token) && token.text.length >= 7 && tokens[i - 1]?.text !== '-' && tokens[i + 1]?.text !== '-')
      .map((token) => ({ para, token })),
  );
  if (candidates.length === 0) return false;
  const { para, token } = draft.random.pick(candidates);
  const word = token.text;
  const cuts = [...word].map((_, i) => i).filter((i) => i >= 3 && i <= word.length - 3 && /[aeiou]/.test(word[i - 1]!) && !/[aeiou]/.test(word[i]!));
  if (cuts.length === 0) return false;
  const at = draft.random.pick(cuts);
  const broken = `${word.slice(0, at)}-${word.slice(at)}`;
  const place = splice(para, token.start, token.end, broken);
  para.used = true;
  para.marks.push({ ruleId: 'spelling', kind: 'hyphen-broken', detail: `${word} → ${broken}`, ...place });
  return true;
};

/** The kinds this file adds (found by scripts/eval/kinds.ts). */
export const KINDS: DefectKind[] = [
  { kind: 'run-together', ruleId: 'spelling', apply: runTogether },
  { kind: 'run-together-start', ruleId: 'spelling', apply: runTogetherAtStart },
  { kind: 'run-together-name', ruleId: 'spelling', apply: runTogetherName },
  { kind: 'missing-space', ruleId: 'punctuation-spacing', apply: missingSpace },
  { kind: 'missing-space-comma', ruleId: 'punctuation-spacing', apply: missingSpaceAfterComma },
  { kind: 'hyphen-broken', ruleId: 'spelling', apply: hyphenBroken },
];
