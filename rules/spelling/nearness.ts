// Is a dictionary word near an unknown word? Answered in microseconds: one edit by generating the word's
// neighbours and looking each up in a Set; two edits by a bounded search of a trie of the dictionary's
// lower-case words (built once per process and dialect, the first time it is asked, in typed arrays).
import { dictionarySuggestions, hasForm, inDictionary, lexicon, type Dialect, type Lexicon } from './dictionaries.js';
import type { Trie } from './dictionary-table.js';
import { EXTRA_WORDS } from './extra-words.js';
import { editDistance } from './suggest.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A lower-case form either dictionary knows, or a built-in word: for plain lower-case letters a Set lookup
 * each; anything else (a digit, a curly apostrophe) goes through the whole lookup.
 */
function knownLower(word: string): boolean {
  if (!PLAIN_LOWER.test(word)) return inDictionary('en-US', word) || inDictionary('en-GB', word) || EXTRA_WORDS.has(word.toLowerCase());
  return hasForm(lexicon('en-US'), word) || hasForm(lexicon('en-GB'), word) || EXTRA_WORDS.has(word);
}

const PLAIN_LOWER = /^[a-z'-]*$/;

/**
 * True when a known word is one edit (a letter dropped, added, changed, or two neighbours swapped) from
 * `lower`, with the edit before position `until` (the word's length + 1: anywhere).
 */
export function oneEditFromKnown(lower: string, until: number): boolean {
  return someOneEdit(lower, 0, until, lower.length, knownLower);
}

/**
 * Does `isWord` accept a word one edit from `lower` (a letter dropped, added before, or changed at a position
 * in [from, until); or the letters at i and i + 1 swapped, both before `swapEnd`)?
 */
export function someOneEdit(lower: string, from: number, until: number, swapEnd: number, isWord: (word: string) => boolean): boolean {
  for (let i = from; i < until; i++) {
    const before = lower.slice(0, i);
    const after = lower.slice(i);
    if (after && isWord(before + after.slice(1))) return true;
    if (i + 1 < swapEnd && isWord(before + after[1] + after[0] + after.slice(2))) return true;
    for (const letter of LETTERS) {
      if (isWord(before + letter + after)) return true;
      if (after && letter !== after[0] && isWord(before + letter + after.slice(1))) return true;
    }
  }
  return false;
}

export type { Trie } from './dictionary-table.js';

/** Builds a trie of `words` (any order). */
export function buildTrie(words: readonly string[]): Trie {
  const sorted = [...words].sort();
  let capacity = 1;
  for (const word of sorted) capacity += word.length;
  const char = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const terminal = new Uint8Array(capacity);
  let size = 1;
  let depth = 0;
  // The path of the word before: sorted input shares its prefix, so new nodes only ever follow it.
  const path: number[] = [0];
  let previous = '';
  for (const word of sorted) {
    let common = 0;
    while (common < word.length && common < previous.length && word.charCodeAt(common) === previous.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let i = common; i < word.length; i++) {
      const parent = path[i]!;
      const node = size++;
      char[node] = word.charCodeAt(i);
      if (lastChild[parent]! < 0) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    terminal[path[word.length]!] = 1;
    depth = Math.max(depth, word.length);
    previous = word;
  }
  let fanOut = 0;
  for (let node = 0; node < size; node++) {
    let children = 0;
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) children++;
    fanOut = Math.max(fanOut, children);
  }
  return { size, char: char.slice(0, size), firstChild: firstChild.slice(0, size), nextSibling: nextSibling.slice(0, size), terminal: terminal.slice(0, size), depth, fanOut };
}

const FAR = 1 << 20;

/** The search's working arrays, kept between searches (grown when a search needs more): no allocation per word. */
const scratch = { rows: new Int32Array(0), letters: new Uint16Array(0), target: new Uint16Array(0), nodes: new Int32Array(0), depths: new Int32Array(0) };

function scratchFor(rows: number, letters: number, target: number, stack: number): typeof scratch {
  if (scratch.rows.length < rows) scratch.rows = new Int32Array(rows * 2);
  if (scratch.letters.length < letters) scratch.letters = new Uint16Array(letters * 2);
  if (scratch.target.length < target) scratch.target = new Uint16Array(target * 2);
  if (scratch.nodes.length < stack) {
    scratch.nodes = new Int32Array(stack * 2);
    scratch.depths = new Int32Array(stack * 2);
  }
  return scratch;
}

/**
 * Every word of the trie within `max` edits of `word` (optimal string alignment: a swap of neighbours is
 * one edit), with its distance; `firstOnly` stops at the first found. The search keeps one row of the
 * edit-distance table per trie depth, only its band of cells within `max` of the diagonal, and leaves a
 * branch as soon as no cell of its row is within `max`.
 */
export function searchTrie(trie: Trie, word: string, max: number, firstOnly = false): { word: string; distance: number }[] {
  const n = word.length;
  const width = n + 2;
  const maxDepth = Math.min(trie.depth, n + max);
  const { rows, letters, target, nodes, depths } = scratchFor((maxDepth + 1) * width, maxDepth + 1, n + 1, (maxDepth + 1) * trie.fanOut);
  rows.fill(FAR, 0, (maxDepth + 1) * width);
  for (let j = 0; j <= Math.min(n, max); j++) rows[j] = j;
  for (let j = 0; j < n; j++) target[j + 1] = word.charCodeAt(j);
  const found: { word: string; distance: number }[] = [];
  // Depth-first, with an explicit stack of nodes and their depths.
  let top = 0;
  for (let child = trie.firstChild[0]!; child >= 0; child = trie.nextSibling[child]!) {
    nodes[top] = child;
    depths[top++] = 1;
  }
  while (top > 0) {
    const node = nodes[--top]!;
    const depth = depths[top]!;
    const c = trie.char[node]!;
    letters[depth] = c;
    const base = depth * width;
    const above = base - width;
    const low = Math.max(1, depth - max);
    const high = Math.min(n, depth + max);
    rows[base + low - 1] = low === 1 ? depth : FAR;
    let least = low === 1 ? depth : FAR;
    for (let j = low; j <= high; j++) {
      const t = target[j]!;
      let value = rows[above + j - 1]! + (t === c ? 0 : 1);
      const up = rows[above + j]! + 1;
      if (up < value) value = up;
      const left = rows[base + j - 1]! + 1;
      if (left < value) value = left;
      if (depth > 1 && j > 1 && c === target[j - 1] && letters[depth - 1] === t) {
        const swap = rows[above - width + j - 2]! + 1;
        if (swap < value) value = swap;
      }
      rows[base + j] = value;
      if (value < least) least = value;
    }
    if (high < n) rows[base + high + 1] = FAR;
    if (trie.terminal[node] && high === n && rows[base + n]! <= max) {
      found.push({ word: String.fromCharCode(...letters.subarray(1, depth + 1)), distance: rows[base + n]! });
      if (firstOnly) return found;
    }
    if (least > max || depth >= maxDepth) continue;
    for (let child = trie.firstChild[node]!; child >= 0; child = trie.nextSibling[child]!) {
      nodes[top] = child;
      depths[top++] = depth + 1;
    }
  }
  return found;
}

/** The trie of a dialect's words that are all lower-case letters and that it may suggest. */
export function lowerWordTrie(dialect: Dialect): Trie {
  return lowerWordTrieOf(lexicon(dialect));
}

/** The trie of a lexicon's words that are all lower-case letters and that it may suggest (stored by the build, or built on first use). */
export function lowerWordTrieOf(found: Lexicon): Trie {
  if (!found.tries.lowerWords) {
    const words: string[] = [];
    for (const word of found.forms.keys()) {
      const codes = found.forms.get(word)!;
      if (/^\p{Ll}+$/u.test(word) && hasForm(found, word) && (found.noSuggestFlag === undefined || !codes.includes(found.noSuggestFlag))) words.push(word);
    }
    found.tries.lowerWords = buildTrie(words);
  }
  return found.tries.lowerWords;
}

/** Every form of the lexicon in lower case (names and words not to suggest included), in a trie (stored by the build, or built on first use). */
export function lowerFormsTrie(found: Lexicon): Trie {
  if (!found.tries.lowerForms) {
    const words = new Set<string>();
    for (const word of found.forms.keys()) words.add(word.toLowerCase());
    found.tries.lowerForms = buildTrie([...words]);
  }
  return found.tries.lowerForms;
}

/** True when the dialect has a lower-case word within `max` edits of `lower` (the word itself included). */
export function nearLowerWord(dialect: Dialect, lower: string, max: number): boolean {
  return searchTrie(lowerWordTrie(dialect), lower, max, true).length > 0;
}

/**
 * True when the dictionary's suggestions for `lower` hold a lower-case word within two edits. Its
 * suggestions look at the nearest words first (a name one edit away hides a common word two edits
 * away) and, for long words, only at some of the words two edits away: that narrower choice keeps
 * real words such as "telegrammed" or "memoranda" quiet. Computing them costs up to a second on a long
 * word, so the trie is asked first: no lower-case word within two edits, no such suggestion either.
 */
export function suggestsLowerWordWithinTwo(dialect: Dialect, lower: string): boolean {
  if (!nearLowerWord(dialect, lower, 2)) return false;
  return dictionarySuggestions(dialect, lower).some((candidate) => /^\p{Ll}+$/u.test(candidate) && editDistance(lower, candidate) <= 2);
}

/** True when `lower` begins a longer word of the trie ("custome" of "customer"): a word cut short. */
export function beginsLongerWord(trie: Trie, lower: string): boolean {
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    let child = trie.firstChild[node]!;
    while (child >= 0 && trie.char[child] !== code) child = trie.nextSibling[child]!;
    if (child < 0) return false;
    node = child;
  }
  return trie.firstChild[node]! >= 0;
}
