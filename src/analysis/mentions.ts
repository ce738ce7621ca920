// Name mentions: runs of capitalised words, with titles and honorifics as cues.
import type { NameMention, Sentence, Token } from '../types.js';

/** Titles and honorifics that may stand before a name (longest first when matching). */
export const TITLES: readonly string[] = [
  'Party General Secretary',
  'General Secretary',
  'Deputy Prime Minister',
  'Prime Minister',
  'Foreign Minister',
  'Minister',
  'President',
  'Vice President',
  'Chairman',
  'Chairwoman',
  'Premier',
  'Secretary',
  'Senator',
  'Governor',
  'Mayor',
  'Ambassador',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'General',
  'PM',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
];

const TITLE_WORDS = TITLES.map((title) => title.split(' ')).sort((a, b) => b.length - a.length);
/** Lower-case particles that can sit inside a name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'la', 'le', 'du', 'da', 'dos', 'bin', 'binti', 'al', 'el', 'ibn']);

function isCapitalised(token: Token): boolean {
  return token.type === 'word' && /^\p{Lu}/u.test(token.text);
}

function titleAt(tokens: Token[], at: number, end: number): number {
  for (const words of TITLE_WORDS) {
    if (at + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const text = tokens[at + k]!.text.replace(/\.$/, '');
      if (text !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      // "Mr." may be one token or "Mr" + "."
      let next = at + words.length;
      if (next < end && tokens[next]!.text === '.' && words.length === 1 && words[0]!.length <= 4) next++;
      return next - at;
    }
  }
  return 0;
}

export function findMentions(tokens: Token[], sentences: Sentence[]): NameMention[] {
  const mentions: NameMention[] = [];
  for (const sentence of sentences) {
    const end = sentence.tokenEnd;
    let i = sentence.tokenStart;
    while (i < end) {
      const titleLength = titleAt(tokens, i, end);
      const nameStart = i + titleLength;
      let j = nameStart;
      while (j < end) {
        const token = tokens[j]!;
        if (isCapitalised(token) && token.pos !== 'PUNCT') j++;
        else if (PARTICLES.has(token.text) && j + 1 < end && isCapitalised(tokens[j + 1]!) && j > nameStart) j++;
        else break;
      }
      if (j === nameStart) {
        i = Math.max(i + 1, nameStart);
        continue;
      }
      const first = tokens[nameStart]!;
      const last = tokens[j - 1]!;
      const sentenceInitial = nameStart === sentence.tokenStart;
      // A lone sentence-initial word that the tagger does not call a proper noun is ordinary prose.
      if (!(sentenceInitial && j - nameStart === 1 && first.pos !== 'PROPN')) {
        const next = tokens[j];
        mentions.push({
          start: first.start,
          end: last.end,
          text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
          words: tokens.slice(nameStart, j).map((token) => token.text),
          tokenStart: nameStart,
          tokenEnd: j,
          title: titleLength > 0 ? tokens.slice(i, nameStart).map((t) => t.text).join(' ') : undefined,
          sentenceInitial,
          possessive: next !== undefined && /^['’]s$/i.test(next.text),
          sentence: sentence.index,
        });
      }
      i = j;
    }
  }
  return mentions;
}
