// Sentence boundaries the model puts after an abbreviation, a unit or an initial, joined back:
// "The Rev. | Martin spoke.", "It was in Vol. | III of the series.", "It weighs 5 kg. | of flour.".

/** Titles and name parts that always come before a name: no sentence ends after them. */
const BEFORE_NAMES = new Set(
  ('rev revd cmdr cdr adm pres asst sec secy gen gov sen rep lt col capt cpt sgt maj brig cpl pvt dr mr mrs ms ' +
    'messrs mme mlle msgr fr prof hon supt insp det amb atty sra sr sta sto cia cía')
    .split(' '),
);
/** References that come before a number: "Vol. III", "No. 5", "Fig. 3", "Art. 5", "p. 12". */
const BEFORE_NUMBERS = new Set('vol vols no nos fig figs art arts p pp para paras sec ch chap op ex tab eq'.split(' '));
/** Abbreviations a sentence goes on after ("Dept. of State", "approx. two", "Ave. and"). */
const MID_SENTENCE = new Set(
  ('dept depts govt univ assn natl intl corp inc ltd co bros approx est ca cf vs etc incl excl esp resp ave blvd rd ' +
    'st mt ft jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun')
    .split(' '),
);
/** Units after a number: "5 kg. of flour", "3 ft. wide". */
const UNITS = new Set('kg km lb lbs oz ft in mi yd yds cm mm hr hrs min mins sec secs mph cwt gal qt pt'.split(' '));

/** Does a sentence that ends with `word` + "." go on into a sentence that starts with `next`? */
function goesOn(word: string, beforeWord: string | undefined, next: string): boolean {
  const key = word.toLowerCase();
  if (UNITS.has(key) && !MID_SENTENCE.has(key) && !BEFORE_NUMBERS.has(key)) return beforeWord !== undefined && /^\d/.test(beforeWord) && /^\p{Ll}/u.test(next);
  const known = BEFORE_NAMES.has(key) || BEFORE_NUMBERS.has(key) || MID_SENTENCE.has(key);
  if (!known) return false;
  if (/^[\p{Ll}\p{N}(]/u.test(next)) return true;
  return BEFORE_NAMES.has(key) ? /^\p{Lu}/u.test(next) : BEFORE_NUMBERS.has(key) && /^[IVXLC]+$/.test(next);
}

/**
 * The model's sentence spans ([first, last] token indexes), with a span joined to the one before it
 * where that one ends in an abbreviation ("Rev" "." with no space between) that the text goes on after.
 */
export function joinAbbreviationSplits(spans: [number, number][], values: string[], spaces: string[]): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous) {
      const [, last] = previous;
      const word = values[last - 1];
      if (values[last] === '.' && spaces[last] === '' && word !== undefined && goesOn(word, values[last - 2], values[span[0]]!)) {
        previous[1] = span[1];
        continue;
      }
    }
    joined.push([span[0], span[1]]);
  }
  return joined;
}
