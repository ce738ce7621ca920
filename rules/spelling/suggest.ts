// Suggestions for a reported word: at most three plausible ones, best first.
import { dictionarySuggestions, type Dialect } from './dictionaries.js';
import { commonness } from './frequency.js';

/** Three rows of the distance table (two back, the last, this one), reused by every call and grown as needed. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance (edits, with a swap of neighbours counting as one). */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [twoBack, last, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) best = Math.min(best, twoBack[j - 2]! + 1);
      row[j] = best;
    }
    [twoBack, last, row] = [last, row, twoBack];
  }
  return last[b.length]!;
}

/** Most edits a suggestion may be away from the word and still be plausible. */
export function maxEdits(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3;
}

/**
 * The likelier slip first: a letter dropped inside the word ("higer") or doubled ("powerfull"), then
 * a letter dropped at the end or two letters swapped ("recieve"), then the rest; possessives last.
 */
function slipRank(word: string, candidate: string): number {
  const lower = candidate.toLowerCase();
  if (/['’]/.test(lower)) return 4;
  if (lower.length === word.length + 1) return doublesLetter(word, lower) ? -1 : lower.slice(0, -1) === word ? 1 : 0;
  if (lower === word.slice(0, -1) && word.endsWith('e')) return 0; // a final e added: "develope"
  if (lower.length === word.length - 1) {
    for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1] && word.slice(0, i) + word.slice(i + 1) === lower) return 0;
  }
  if (lower.length === word.length && [...lower].sort().join('') === [...word].sort().join('')) return 1;
  return 2;
}

/** How much commoner a word must be to outrank a likelier kind of slip: a step of slipRank per this many powers of ten. */
const FREQUENCY_STEP = 1;

/** Lower is likelier: the kind of slip (slipRank), less for a word in common use ("studying" before "studding"). */
function likelihood(word: string, candidate: string): number {
  return slipRank(word, candidate) - commonness(candidate.toLowerCase()) / FREQUENCY_STEP;
}

/** The candidate is the word with one of its letters doubled: "clas" / "class", "agred" / "agreed". */
function doublesLetter(word: string, candidate: string): boolean {
  for (let i = 1; i < candidate.length; i++) if (candidate[i] === candidate[i - 1] && candidate.slice(0, i) + candidate.slice(i + 1) === word) return true;
  return false;
}

/**
 * A word one slip from the dictionary word that beats a split off a short word: the word's end typed too soon
 * ("agains", "attemp"), or a doubled letter written once in a long word ("aproximate"; "alot" is "a lot").
 */
function beatsSplit(word: string, candidate: string | undefined): boolean {
  if (candidate === undefined || candidate.length !== word.length + 1 || /['’\s-]/.test(candidate)) return false;
  return candidate.slice(0, -1) === word || (word.length >= 7 && doublesLetter(word, candidate));
}

function matchCase(word: string, suggestion: string): string {
  if (/^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(suggestion)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/**
 * Plausible corrections: the dictionary's suggestions within a few edits, nearest first; words the
 * document itself uses come before others at the same distance. A `split` ("in the") leads when it
 * splits off a short word or nothing is one edit away, and comes second otherwise ("diffrent").
 */
export function suggestionsFor(word: string, dialect: Dialect, documentWords: ReadonlySet<string>, split?: string, splitLeads = false): string[] {
  const lower = word.toLowerCase();
  const limit = maxEdits(word);
  const ranked = dictionarySuggestions(dialect, word)
    .filter((candidate) => !/\s/.test(candidate))
    // A lower-case word is rarely a misspelt proper noun.
    .filter((candidate) => /^\p{Lu}/u.test(word) || !/^\p{Lu}/u.test(candidate))
    .map((candidate, order) => ({ candidate: matchCase(word, candidate), order, distance: editDistance(lower, candidate.toLowerCase()) }))
    .filter((entry) => entry.distance <= limit)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(documentWords.has(b.candidate.toLowerCase())) - Number(documentWords.has(a.candidate.toLowerCase())) ||
        likelihood(lower, a.candidate) - likelihood(lower, b.candidate) ||
        a.order - b.order,
    )
    .map((entry) => entry.candidate);
  const leads = (splitLeads && !beatsSplit(lower, ranked[0]?.toLowerCase())) || editDistance(lower, ranked[0]?.toLowerCase() ?? '') > 1;
  const ordered = split === undefined ? ranked : leads ? [split, ...ranked] : [ranked[0]!, split, ...ranked.slice(1)];
  return [...new Set(ordered)].slice(0, 3);
}
