// How two spellings of one name part compare: diacritics, edit distance, plural or regional endings.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case without diacritics ("Phạm" → "pham", "Đào" → "dao"). */
export function fold(word: string): string {
  // Plain ASCII has nothing to decompose or strip (most names): only the case changes.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase();
}

/** True when the text has letters outside plain ASCII (diacritics). */
export function hasDiacritics(text: string): boolean {
  return NON_ASCII.test(text) && NON_ASCII.test(text.normalize('NFC'));
}

/** Rows reused by `editDistance` (names are short; longer words get new rows). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with adjacent transpositions (optimal string alignment); gives up above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length]!;
}

const VOWELS = /^[aeiouy]$/;

/** Same length, one letter apart, both letters vowels ("Trong"/"Trung", "Henan"/"Hunan"). */
export function isVowelSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff >= 0 && VOWELS.test(a[diff]!) && VOWELS.test(b[diff]!);
}

/**
 * Two romanisations of one foreign name that differ by an "h" the systems write or leave out after
 * a consonant ("Khrushchev"/"Khruschev", "Gadhafi"/"Gadafi"). Publishers choose one each; neither is
 * a slip of the other. (A consonant single or double is left a slip: the commoner typo.)
 */
export function isRomanisationPair(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  if (long.slice(at + 1) !== short.slice(at) || at === 0) return false;
  const added = long[at]!;
  const before = long[at - 1]!;
  return added === 'h' && /[dgkstz]/.test(before);
}

/** Endings that make another word, not another spelling: plurals, demonyms, British/American pairs. */
const ENDING_PAIRS: readonly [string, string][] = [
  ['', 's'],
  ['', 'es'],
  ['', 'n'],
  ['', 'an'],
  ['', 'ese'],
  ['', 'y'],
  ['y', 'ian'],
  ['a', 'ian'],
  ['a', 'an'],
  ['e', 'an'],
  ['y', 'ies'],
  ['re', 'er'],
  ['ce', 'se'],
  ['me', ''],
  ['our', 'or'],
  ['ise', 'ize'],
  ['ised', 'ized'],
  ['ll', 'l'],
  ['y', 'ic'],
  ['ic', 'ical'],
  ['ion', 'ive'],
  ['', 'al'],
  ['', 'ed'],
  ['', 'ing'],
  ['ed', 'ing'],
  ['', 'er'],
];

/** Each pair both ways round, in the order they are tried (made once: the check runs for every near pair). */
const ENDINGS_BOTH_WAYS: readonly (readonly [string, string])[] = ENDING_PAIRS.flatMap(([x, y]) => [[x, y] as const, [y, x] as const]);

export function differsOnlyInEnding(a: string, b: string): boolean {
  for (const [p, q] of ENDINGS_BOTH_WAYS) {
    if (!a.endsWith(p) || !b.endsWith(q)) continue;
    const stem = a.slice(0, a.length - p.length);
    // A doubled letter ("Zelensky"/"Zelenskyy") is a spelling, not an ending.
    if (stem === b.slice(0, b.length - q.length) && !(p === '' && stem.endsWith(q[0]!)) && !(q === '' && stem.endsWith(p[0]!))) return true;
  }
  return false;
}

/**
 * Pairs of endings that make one stem an inflection, demonym or adjective of another: "America"/
 * "Americas"/"American", "Texas"/"Texans", "Germany"/"Germans", "Democrats"/"Democratic", "Pakistan"/"Pakistani".
 */
const INFLECTION_PAIRS: readonly [string, string][] = [
  ['', 's'], ['', 'es'], ['', 'an'], ['', 'ans'], ['', 'i'], ['', 'is'], ['', 'ese'], ['', 'ish'], ['', 'ic'], ['', 'ian'], ['', 'ians'],
  ['', 'ist'], ['', 'ists'], ['', 'ism'], ['', 'ite'], ['', 'ites'], ['i', 'is'], ['n', 'ns'], ['an', 'ans'], ['s', 'ns'],
  ['s', 'n'], ['s', 'ic'], ['s', 'ns'], ['y', 'ies'], ['y', 's'], ['y', 'n'], ['y', 'an'], ['y', 'ans'], ['y', 'ian'], ['y', 'ians'], ['y', 'ic'],
  ['a', 'an'], ['a', 'ans'], ['e', 'ean'], ['e', 'eans'], ['o', 'an'], ['o', 'ans'], ['ic', 'ics'],
];

const INFLECTION_KEYS = new Set(INFLECTION_PAIRS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/** True when both words are one stem (of three letters or more) with endings of one inflection pair. */
export function isInflection(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  if (common < 3) return false;
  const [p, q] = [a.slice(common), b.slice(common)];
  if (p.length > 4 || q.length > 4) return false;
  // "America"/"American": a demonym adds -n to a final -a ("Korea"/"Korean", "Cuba"/"Cuban").
  if ((p === '' && q === 'n') || (p === 'n' && q === '')) return a.endsWith('a') || b.endsWith('a') ? common >= 4 : false;
  if (!INFLECTION_KEYS.has(`${p}|${q}`)) return false;
  // A doubled letter ("Joness"/"Jones") is a spelling, not an ending.
  return !((p === '' || q === '') && a[common - 1] === (p || q)[0]);
}

/** Endings that make a feminine name of a masculine one ("Paul"/"Paula", "Louis"/"Louise", "Joseph"/"Josephine"). */
const FEMININE_ENDINGS = ['a', 'e', 'ne', 'ine', 'le', 'lle', 'ette', 'ina', 'aya'];

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A masculine and a feminine form of one name: two people of one family, not two spellings
 * ("Gabriel"/"Gabriela", "Alexander"/"Alexandra", "Christian"/"Christina", "Zelensky"/"Zelenska").
 */
export function isGenderPair(a: string, b: string, givenName = true): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ending = long.slice(short.length);
  if (short.length >= 4 && long.startsWith(short) && FEMININE_ENDINGS.includes(ending) && (givenName || ending.endsWith('a'))) return true;
  // One ends in -a and the other not, with only the last letters changed ("Frederick"/"Frederica").
  if (a.endsWith('a') === b.endsWith('a')) return false;
  const prefix = commonPrefix(a, b);
  return prefix >= 4 && long.length - prefix <= 3 && short.length - prefix <= 3;
}

/** An initial or run of initials ("B.", "H.W.", "J"): a style choice or another person, never a spelling. */
export function isInitialWord(word: string): boolean {
  return /^(\p{L}\.?){1,3}$/u.test(word) && (word.includes('.') || word.length === 1);
}

/** Regnal and generational numbers ("Louis XIV"/"Louis XV", "John Smith II"): different people. */
function isRomanNumeral(word: string): boolean {
  return /^[ivxlc]+$/.test(word) && word.length <= 5;
}

export type Likeness = 'diacritics' | 'spelling' | 'none';

/**
 * How two folded name parts compare. Short parts that differ by a letter are usually different
 * names ("An"/"Anh", "Trong"/"Trung", "Pham"/"Phan", "Shanxi"/"Shaanxi"), so they only count when
 * `sameOffice` (both written after the same one-holder title) backs them. `givenName` is false for a
 * part that cannot be a Western given name (not the first word), where only "-a" endings count as gender.
 */
/**
 * Two hyphenated syllable names that differ by more than a letter inside one syllable: another
 * syllable, so another person ("Kwok-hing"/"Kwok-kin", "Wai-ching"/"Wai-ting" stay; "Chun-ying"/"Chun-yin" is a slip).
 */
export function isOtherSyllable(a: string, b: string): boolean {
  const partsA = a.split('-');
  const partsB = b.split('-');
  if (partsA.length < 2 || partsA.length !== partsB.length) return false;
  const differing = partsA.map((part, i) => [part, partsB[i]!] as const).filter(([x, y]) => x !== y);
  return differing.length === 1 && editDistance(differing[0]![0], differing[0]![1], 2) > 1;
}

export function likeness(a: string, b: string, sameOffice: boolean, givenName = true): Likeness {
  if (a === b) return 'diacritics';
  if (a[0] !== b[0]) return 'none';
  const length = Math.max(a.length, b.length);
  const shortest = Math.min(a.length, b.length);
  const distance = editDistance(a, b, 2);
  const close = distance === 1 ? length >= 3 : distance === 2 ? length >= 8 : false;
  if (!close || differsOnlyInEnding(a, b) || isInflection(a, b) || /\d/.test(a + b)) return 'none';
  if (isRomanNumeral(a) && isRomanNumeral(b)) return 'none';
  if (sameOffice) return 'spelling';
  if (isOtherSyllable(a, b)) return 'none';
  if (isGenderPair(a, b, givenName)) return 'none';
  if (isVowelSwap(a, b) && shortest <= 7) return 'none';
  return shortest > 6 ? 'spelling' : 'none';
}
