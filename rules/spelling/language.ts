// Paragraphs not in English, told by their function words: spelling leaves them alone and says so once.
import type { Analysis } from '../../src/types.js';
import { FUNCTION_WORDS } from './known.js';

/**
 * Frequent function words of languages English text quotes or pastes whole paragraphs of (written without
 * diacritics too, as scraped text often is). Words that are also English words are not counted.
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  Spanish: 'que los las del por para con una unos unas sus pero más mas como está esta están estan son fue ser han hay muy también tambien entre sobre sin hasta desde cuando donde porque este estos estas ese esa todo todos nos les ella ellos el la lo y en se su al es',
  French: 'les des est une dans pour qui que pas sur sont avec par plus mais ont ces aux leur elle nous vous ils été ete cette comme sans entre tout sous du au le la et en un il',
  Portuguese: 'não nao que uma com para por mais dos das como mas foi são sao ele ela seu sua pelo pela nos também tambem está esta entre sobre quando muito isso esse essa os um e do da em ao',
  German: 'der die das und ist nicht mit sich des dem den ein eine einer auch auf für fur von zu im werden wird wurde sind bei aus nach oder wie noch',
  Italian: 'che non per una della delle del dei gli con sono anche più piu come nel nella alla questo questa essere il lo la di da ed è',
  Dutch: 'het een van en de dat niet zijn voor met ook op te bij naar maar wordt er aan',
  Vietnamese: 'cua của va và cac các nhung những mot một duoc được trong cho voi với khong không la là nay này nguoi người da đã se sẽ co có cung cũng tai tại tu từ den đến thi thì',
  Indonesian: 'yang dan di ini itu dengan untuk dari tidak akan dalam pada juga adalah ke oleh',
};

const STOP_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LANGUAGES).map(([language, words]) => [language, new Set(words.split(' ').filter((word) => !FUNCTION_WORDS.has(word)))]),
);

const LANGUAGE_NAMES = [...STOP_WORDS.keys()];

/** Each function word with the languages (indexes into LANGUAGE_NAMES) it belongs to. */
const LANGUAGES_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const map = new Map<string, number[]>();
  LANGUAGE_NAMES.forEach((language, index) => {
    for (const word of STOP_WORDS.get(language)!) map.set(word, [...(map.get(word) ?? []), index]);
  });
  return map;
})();

/** Fewest words a paragraph needs before its language is judged. */
const MIN_WORDS = 6;

export interface ForeignParagraphs {
  /** Indexes of the paragraphs not in English. */
  paragraphs: ReadonlySet<number>;
  /** The language most of them are in. */
  language?: string;
}

/**
 * The paragraphs whose function words are another language's: at least three of them, a fifth of the
 * paragraph's words, and more than twice its English function words.
 */
export function foreignParagraphs(analysis: Analysis): ForeignParagraphs {
  return analysis.shared('spelling:foreign-paragraphs', () => {
    const found = new Set<number>();
    const votes = new Map<string, number>();
    for (const paragraph of analysis.paragraphs) {
      const words = paragraph.text.toLowerCase().match(/\p{L}+/gu) ?? [];
      if (words.length < MIN_WORDS) continue;
      let english = 0;
      for (const word of words) if (FUNCTION_WORDS.has(word)) english++;
      // One pass over the words: each counts for every language it is a function word of.
      const counts = new Array<number>(LANGUAGE_NAMES.length).fill(0);
      for (const word of words) {
        const languages = LANGUAGES_OF.get(word);
        if (languages) for (const index of languages) counts[index]!++;
      }
      let best: string | undefined;
      let bestCount = 0;
      for (let index = 0; index < LANGUAGE_NAMES.length; index++) {
        if (counts[index]! > bestCount) [best, bestCount] = [LANGUAGE_NAMES[index], counts[index]!];
      }
      if (best && bestCount >= 3 && bestCount >= 0.2 * words.length && bestCount > 2 * english) {
        found.add(paragraph.index);
        votes.set(best, (votes.get(best) ?? 0) + 1);
      }
    }
    const language = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    return { paragraphs: found, language };
  });
}
