// Foreign phrases read whole ("de facto", "coup d'etat"), accepted variant spellings, informal elongations.

/** Latin and French (and a few other) phrases of English prose, written with or without accents. */
const FOREIGN_PHRASES = [
  'de facto', 'de jure', 'bona fide', 'bona fides', 'ad hoc', 'et cetera', 'et al', 'vis a vis', 'vis à vis', 'cause celebre', 'cause célèbre',
  'causes celebres', 'en masse', 'en route', 'modus vivendi', 'modus operandi', 'pro tempore', 'pro tem', 'cum laude', 'magna cum laude',
  'summa cum laude', 'alma mater', "coup d'etat", "coup d'état", "coups d'etat", "raison d'etre", "raison d'être", 'corpus separatum',
  'bon mot', 'bon mots', 'bon voyage', 'ante bellum', 'casus belli', 'status quo', 'per se', 'a priori', 'a posteriori', 'mea culpa',
  'in situ', 'sine qua non', 'persona non grata', 'persona grata', 'laissez faire', 'fait accompli', 'force majeure', 'coup de grace',
  'coup de grâce', 'tour de force', 'carte blanche', 'nouveau riche', 'esprit de corps', 'noblesse oblige', 'enfant terrible',
  'joie de vivre', 'savoir faire', 'deja vu', 'déjà vu', "hors d'oeuvre", "hors d'oeuvres", 'au pair', 'par excellence', 'quid pro quo',
  'ad infinitum', 'ad nauseam', 'ex officio', 'habeas corpus', 'terra incognita', 'pro bono', 'pro forma', 'prima facie', 'per capita',
  'per annum', 'post mortem', 'in absentia', 'de rigueur', 'idee fixe', 'cri de coeur', 'agent provocateur', "charge d'affaires",
  "chargé d'affaires", "chargés d'affaires", 'corps diplomatique', 'aide memoire', 'aide mémoire', 'note verbale', 'notes verbales',
  'ancien regime', 'ancien régime', 'belle epoque', 'belle époque', 'fin de siecle', 'fin de siècle', 'tete a tete', 'tête à tête',
  'vice versa', 'ipso facto', 'sui generis', 'non sequitur', 'inter alia', 'mutatis mutandis', 'ceteris paribus', 'bete noire', 'bête noire',
  'vox populi', 'in toto', 'ad valorem', 'amicus curiae', 'obiter dictum', 'stare decisis', 'lingua franca',
];

/** Each phrase's words (apostrophes straight, lower case), by each of its words. */
const PHRASES_BY_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of FOREIGN_PHRASES) {
    const words = phrase.split(' ');
    for (const word of new Set(words)) map.set(word, [...(map.get(word) ?? []), words]);
  }
  return map;
})();

/** True when the word at `at` of a run of words (lower case, apostrophes straight) is part of a foreign phrase there. */
export function inForeignPhrase(words: readonly string[], at: number): boolean {
  const phrases = PHRASES_BY_WORD.get(words[at]!);
  if (!phrases) return false;
  return phrases.some((phrase) =>
    phrase.some((word, k) => word === words[at] && phrase.every((other, j) => words[at - k + j] === other)),
  );
}

/**
 * Spellings the dictionaries lack that careful writers use: British, American, Commonwealth and older forms
 * ("despatch", "guerilla", "biassed", "protestor"), and plain English words missing from them.
 */
export const VARIANT_WORDS: readonly string[] = [
  'despatch', 'despatches', 'despatched', 'despatching', 'guerilla', 'guerillas', 'protestor', 'protestors', 'memoranda', 'brinksmanship',
  'lynchpin', 'lynchpins', 'rarified', 'biassed', 'focussed', 'focussing', 'benefitted', 'benefitting', 'mujahedeen', 'mujahideen',
  'mujahedin', 'enrol', 'enrolment', 'enrolments', 'fulfil', 'fulfils', 'instalment', 'instalments', 'wilful', 'skilful', 'judgement',
  'judgements', 'ageing', 'artefact', 'artefacts', 'dispatchable', 'gaol', 'gaols', 'kerb', 'connexion', 'shew', 'shewn', 'whilst',
  'amongst', 'learnt', 'spelt', 'dreamt', 'leapt', 'spilt', 'burnt', 'collegial',
  'hotline', 'hotlines', 'gradualist', 'gradualists', 'counterstrike', 'monarchal', 'decrypted', 'decrypt', 'urbanite', 'urbanites',
  'utopians', 'luxemburg', 'gotcha', 'gonna', 'wanna', 'gimme', 'bandana', 'bandanas', 'expeditor', 'expeditors',
];

/**
 * A word with a letter written three times or more for emphasis ("pleeease", "sooooo", "nooo"): its forms
 * with each such run cut to one letter, and (a run of four or more) to two ("gooood"). A double letter
 * written three times is a slip, not emphasis ("threee", "Kerrry").
 */
export function elongationBases(lower: string): string[] {
  if (!/(\p{L})\1\1/u.test(lower)) return [];
  return [lower.replace(/(\p{L})\1{2,}/gu, '$1'), lower.replace(/(\p{L})\1{3,}/gu, '$1$1')];
}
