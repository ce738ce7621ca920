// Paragraphs not in English, told by their function words: spelling leaves them alone and says so once.
import type { Analysis, Token } from '../../src/types.js';
import { FUNCTION_WORDS } from './known.js';

/**
 * Frequent function words of languages English text quotes or pastes whole paragraphs of (written without
 * diacritics too, as scraped text often is). Words that are also English words are not counted.
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  Spanish: 'de que los las del por para con una unos unas sus pero más mas como está esta están estan son fue ser han hay muy también tambien entre sobre sin hasta desde cuando donde porque este estos estas ese esa todo todos nos les ella ellos el la lo y en se su al es un uno ha dijo según segun año años ya otro otra otros cada tiene tienen puede será sera después despues durante nuevo nueva ni aunque mismo',
  French: 'les des est une dans pour qui que pas sur sont avec par plus mais ont ces aux leur elle nous vous ils été ete cette comme sans entre tout sous du au le la et en un il ne se sa son ses lui était etait sera selon après apres avant aussi ainsi encore déjà deja chez très tres fait peut doit nouveau nouvelle ans année annee',
  Portuguese: 'não nao que uma com para por mais dos das como mas foi são sao ele ela seu sua pelo pela nos também tambem está esta entre sobre quando muito isso esse essa os um e do da em ao nesta neste nessa num numa pelos pelas nas ou seus suas ainda já ja depois até ate segundo sem sob após apos cada outro outra outros pode podem ser ter tem têm vai vão estão estao disse afirmou novo nova antes ano anos',
  German: 'der die das und ist nicht mit sich des dem den ein eine einer auch auf für fur von zu im werden wird wurde sind bei aus nach oder wie noch einem einen eines dass daß es sie er wir hat haben kann soll sollen schon nur über uber unter zum zur am vom doch aber als um bis ihre ihr seine sein mehr jahr jahre sagte',
  Italian: 'che non per una della delle del dei gli con sono anche più piu come nel nella alla questo questa essere il lo la di da ed è un le ma ha hanno dell dalla dalle dagli sul sulla nei negli nelle alle agli ai se tra fra dopo prima ancora già gia secondo saranno sarà sara stato stata loro suo sua suoi nuovo nuova degli cui quando dove perché perche molto tutti tutto ogni siano',
  Dutch: 'het een van en de dat niet zijn voor met ook op te bij naar maar wordt er aan worden werd heeft hebben deze dit die ze zij hij wij nog al om uit over door tot dan als kan moet zal geen meer jaar volgens tegen',
  Vietnamese: 'cua của va và cac các nhung những mot một duoc được trong cho voi với khong không la là nay này nguoi người da đã se sẽ co có cung cũng tai tại tu từ den đến thi thì',
  Welsh: 'yn yr mae neu wedi cael gael gyda fel ei eich chi bod ddim yw hyn sy ond gan hefyd mewn rhaid gallu angen nad oes ydych byddwch bydd fydd rhwng drwy trwy unrhyw nid gallwch rydych hynny efallai iawn eisiau',
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

/**
 * Inside a phrase of another language quoted in English text ("visa de tarjeta del turista", "Touchez pas au
 * grisbi", "un caso oficial"): within two words of the same sentence, a function word of another language that
 * is no English word, written in lower case and not a particle before a name ("Charles de Gaulle").
 */
export function amidForeignWords(tokens: readonly Token[], i: number, isEnglish: (lower: string) => boolean): boolean {
  const sentence = tokens[i]!.sentence;
  // The function word itself, beside another word no English dictionary knows ("tarjeta del viajero").
  const itself = LANGUAGES_OF.has(tokens[i]!.lower) && !isEnglish(tokens[i]!.lower);
  for (let j = i - 2; j <= i + 2; j++) {
    const token = tokens[j];
    if (j === i || !token || token.sentence !== sentence || token.type !== 'word' || token.text !== token.lower) continue;
    if (itself && !isEnglish(token.lower)) return true;
    if (!LANGUAGES_OF.has(token.lower)) continue;
    const next = tokens[j + 1];
    if (next?.type === 'word' && /^\p{Lu}/u.test(next.text)) continue;
    if (!isEnglish(token.lower)) return true;
  }
  return false;
}

/** Particles of names ("de la Fuente", "dos Santos", "van der Linden"); "der" and "den" only after "van" or "von" (German articles). */
const PARTICLES = new Set(['de', 'la', 'las', 'los', 'le', 'del', 'della', 'dei', 'da', 'das', 'do', 'dos', 'du', 'di', 'van', 'von', 'ten', 'ter', 'el']);

/**
 * A particle inside a name, between a capitalised word (or another particle after one) and a capitalised word:
 * "José de los Santos", "Anke van der Linden". It is no sign of the paragraph's language.
 */
function isNameParticle(written: readonly string[], i: number): boolean {
  const word = written[i]!;
  const previous = written[i - 1] ?? '';
  const particle = PARTICLES.has(word) || ((word === 'der' || word === 'den') && (previous === 'van' || previous === 'von'));
  if (!particle || !/^\p{Lu}/u.test(written[i + 1] ?? '')) return false;
  return /^\p{Lu}/u.test(previous) || (PARTICLES.has(previous) && /^\p{Lu}/u.test(written[i - 2] ?? ''));
}

/** Fewest words a paragraph needs before its language is judged. */
const MIN_WORDS = 6;

export interface ForeignParagraphs {
  /** Indexes of the paragraphs not in English. */
  paragraphs: ReadonlySet<number>;
  /** The language most of them are in. */
  language?: string;
}

/**
 * Letters only Vietnamese uses among Latin scripts: the horned and breved vowels, the barred d and the
 * precomposed vowels with two marks or a dot below (U+1EA0 to U+1EF9).
 */
const VIETNAMESE_LETTER = /[ơưăđƠƯĂĐ\u1EA0-\u1EF9]/u;

/**
 * One pass over the words: the English function words, and for each language the words that are its
 * function words (a word counts for every language it is one of, unless it is a name's particle).
 */
function functionWords(written: readonly string[]): { english: number; counts: number[] } {
  let english = 0;
  const counts = new Array<number>(LANGUAGE_NAMES.length).fill(0);
  for (let i = 0; i < written.length; i++) {
    const word = written[i]!.toLowerCase();
    if (FUNCTION_WORDS.has(word)) english++;
    const languages = LANGUAGES_OF.get(word);
    if (languages && !isNameParticle(written, i)) for (const index of languages) counts[index]!++;
  }
  return { english, counts };
}

/**
 * The language a paragraph's words are in, when it is not English. Alone, a paragraph needs three such words,
 * a fifth of its words and more than twice its English function words; next to a foreign one (`neighbour`),
 * one such word and more than its English ones.
 */
function paragraphLanguage(written: readonly string[], neighbour: boolean): string | undefined {
  const minimum = neighbour ? 1 : 3;
  const { english, counts } = functionWords(written);
  let vietnamese = 0;
  for (const word of written) if (VIETNAMESE_LETTER.test(word)) vietnamese++;
  // Vietnamese is told by its letters: its syllables are many and its function words few of them.
  if (vietnamese >= Math.max(2, minimum / 2) && vietnamese >= 0.25 * written.length && vietnamese > english) return 'Vietnamese';
  let best: string | undefined;
  let bestCount = 0;
  for (let index = 0; index < LANGUAGE_NAMES.length; index++) {
    if (counts[index]! > bestCount) [best, bestCount] = [LANGUAGE_NAMES[index], counts[index]!];
  }
  if (!best || bestCount < minimum) return undefined;
  return neighbour ? (bestCount > english ? best : undefined) : bestCount >= 0.2 * written.length && bestCount > 2 * english ? best : undefined;
}

/**
 * The paragraphs whose function words are another language's: at least three of them, a fifth of the
 * paragraph's words, and more than twice its English function words (Vietnamese: a quarter of its words
 * with letters only Vietnamese writes). A paragraph too short to judge alone (a line of a PDF or a
 * caption) next to one found is judged with a lower bar, as it is likely part of the same text.
 */
export function foreignParagraphs(analysis: Analysis): ForeignParagraphs {
  return analysis.shared('spelling:foreign-paragraphs', () => {
    const found = new Set<number>();
    const votes = new Map<string, number>();
    const wordsOf = (index: number): string[] => analysis.paragraphs[index]!.text.match(/\p{L}+/gu) ?? [];
    /** The paragraphs long enough to judge alone. */
    const long = new Set<number>();
    for (const paragraph of analysis.paragraphs) {
      const written = wordsOf(paragraph.index);
      if (written.length >= MIN_WORDS) long.add(paragraph.index);
      const language = written.length >= MIN_WORDS ? paragraphLanguage(written, false) : undefined;
      if (!language) continue;
      found.add(paragraph.index);
      votes.set(language, (votes.get(language) ?? 0) + 1);
    }
    if (found.size > 0) {
      // Neighbours: a run of them grows forward from a foreign paragraph in one sweep, backward in the other.
      const rejected = new Set<number>();
      const judge = (index: number, neighbour: number): void => {
        if (found.has(index) || rejected.has(index) || !found.has(neighbour)) return;
        const written = wordsOf(index);
        if (written.length > 0 && paragraphLanguage(written, true)) found.add(index);
        else rejected.add(index);
      };
      const count = analysis.paragraphs.length;
      for (let index = 1; index < count; index++) judge(index, index - 1);
      for (let index = count - 2; index >= 0; index--) judge(index, index + 1);
    }
    const language = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (language && isMostlyForeign(long, found)) {
      // A document mostly in another language (a translated page): every paragraph is, unless it reads as English.
      for (const paragraph of analysis.paragraphs) if (!found.has(paragraph.index) && !readsAsEnglish(wordsOf(paragraph.index))) found.add(paragraph.index);
    }
    return { paragraphs: found, language };
  });
}

/** Whether at least half of the paragraphs long enough to judge (three or more of them) are foreign. */
function isMostlyForeign(long: ReadonlySet<number>, found: ReadonlySet<number>): boolean {
  let foreign = 0;
  for (const index of long) if (found.has(index)) foreign++;
  return long.size >= 3 && foreign >= long.size / 2;
}

/** English function words make up three tenths of the words (a third to a half in English prose) and twice any other language's. */
function readsAsEnglish(written: readonly string[]): boolean {
  const { english, counts } = functionWords(written);
  return english > 2 * Math.max(0, ...counts) && english >= 0.3 * written.length;
}
