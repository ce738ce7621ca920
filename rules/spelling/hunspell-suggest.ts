// nspell's `suggest` (nspell 2.1.5, lib/suggest.js), run on a dictionary table: the same candidates in
// the same order (test/nearness.test.ts compares the two), without loading nspell. Its search: the word's
// replacement-table, keyboard and doubled-letter variants and its single edits in three casings; only when
// none of those is a word, single edits of those variants, a batch at a time, until one is.
import { convert, exact, type Lexicon } from './dictionaries.js';
import { lowerFormsTrie, searchTrie } from './nearness.js';

type Casing = 'l' | 'u' | 's' | null;

/** nspell's `normalize`: each conversion pattern replaced in turn. */
function normalize(value: string, patterns: readonly [RegExp, string][]): string {
  for (const [pattern, replacement] of patterns) value = value.replace(pattern, replacement);
  return value;
}

function casingOf(value: string): Casing {
  const head = exactCasing(value.charAt(0));
  const rest = value.slice(1);
  if (!rest) return head;
  const tail = exactCasing(rest);
  if (head === tail) return head;
  if (head === 'u' && tail === 'l') return 's';
  return null;
}

function exactCasing(value: string): Casing {
  return value === value.toLowerCase() ? 'l' : value === value.toUpperCase() ? 'u' : null;
}

/** nspell's `flag`: the entry's flags hold the named flag. */
function hasFlag(lexicon: Lexicon, name: string, codes: string | undefined): boolean {
  const flag = lexicon.flags[name];
  return codes !== undefined && flag !== undefined && codes.includes(flag as string);
}

/** nspell's `form`: the known form of `value` (as written, in sentence case when all capitals, or lower case), or null. */
function formOf(lexicon: Lexicon, value: string): string | null {
  let normal = value.trim();
  if (!normal) return null;
  normal = convert(lexicon, normal);
  if (exact(lexicon, normal)) return hasFlag(lexicon, 'FORBIDDENWORD', lexicon.forms.get(normal)) ? null : normal;
  if (normal.toUpperCase() === normal) {
    const alternative = normal.charAt(0) + normal.slice(1).toLowerCase();
    if (ignored(lexicon, lexicon.forms.get(alternative))) return null;
    if (exact(lexicon, alternative)) return alternative;
  }
  const alternative = normal.toLowerCase();
  if (alternative !== normal) {
    if (ignored(lexicon, lexicon.forms.get(alternative))) return null;
    if (exact(lexicon, alternative)) return alternative;
  }
  return null;
}

function ignored(lexicon: Lexicon, codes: string | undefined): boolean {
  return hasFlag(lexicon, 'KEEPCASE', codes) || hasFlag(lexicon, 'FORBIDDENWORD', codes);
}

/** What one search remembers: each value's state (true: a suggestion; false: a word not to suggest; null or absent: not one), weights, suggestions in order. */
interface Memory {
  state: Map<string, boolean | null>;
  weighted: Map<string, number>;
  suggestions: string[];
}

/** nspell's `suggest`. */
export function hunspellSuggest(lexicon: Lexicon, input: string): string[] {
  const value = normalize(input.trim(), lexicon.conversion.in);
  if (!value || formOf(lexicon, value)) return [];
  const currentCase = casingOf(value);
  const edits: string[] = [];

  // The replacement table (each occurrence adds the word with its first occurrence replaced, as nspell does).
  for (const [from, to] of lexicon.replacementTable) {
    let offset = value.indexOf(from);
    while (offset > -1) {
      edits.push(value.replace(from, to));
      offset = value.indexOf(from, offset + 1);
    }
  }

  // The keyboard.
  for (let index = 0; index < value.length; index++) {
    const character = value.charAt(index);
    const before = value.slice(0, index);
    const after = value.slice(index + 1);
    const insensitive = character.toLowerCase();
    const upper = insensitive !== character;
    const added = new Set<string>();
    for (const group of lexicon.flags.KEY) {
      const position = group.indexOf(insensitive);
      if (position < 0) continue;
      for (let other = 0; other < group.length; other++) {
        if (other === position) continue;
        let otherCharacter = group.charAt(other);
        if (added.has(otherCharacter)) continue;
        added.add(otherCharacter);
        if (upper) otherCharacter = otherCharacter.toUpperCase();
        edits.push(before + otherCharacter + after);
      }
    }
  }

  // A doubled letter forgotten or added, up to three times.
  let nextCharacter = value.charAt(0);
  let values = [''];
  let max = 1;
  let distance = 0;
  for (let index = 0; index < value.length; index++) {
    const character = nextCharacter;
    nextCharacter = value.charAt(index + 1);
    const replacement = character === nextCharacter ? '' : character + character;
    const count = values.length;
    for (let offset = 0; offset < count; offset++) {
      if (offset <= max) values.push(values[offset] + replacement);
      values[offset] += character;
    }
    if (++distance < 3) max = values.length;
  }
  for (const doubled of values) edits.push(doubled);

  // The word in its own, capitalised and upper case.
  values = [value];
  const lower = value.toLowerCase();
  if (value === lower || currentCase === null) values.push(value.charAt(0).toUpperCase() + lower.slice(1));
  const upper = value.toUpperCase();
  if (value !== upper) values.push(upper);

  const memory: Memory = { state: new Map(), weighted: new Map(), suggestions: [] };
  // When no form is within one edit of the word (in lower case), no single edit of its three casings is a
  // form: those are listed for the second level without being looked up.
  const firstLevel = generate(lexicon, memory, values, edits, false, farFromEveryForm(lexicon, value));

  // No suggestion one edit away: single edits of the first level's values, a batch at a time.
  let previous = 0;
  max = Math.min(firstLevel.length, Math.pow(Math.max(15 - value.length, 3), 3));
  const size = Math.max(Math.pow(10 - value.length, 3), 1);
  while (!memory.suggestions.length && previous < max) {
    const next = previous + size;
    generate(lexicon, memory, firstLevel.slice(previous, next), undefined, true);
    previous = next;
  }

  const { weighted, suggestions } = memory;
  const weight = (word: string): number | undefined => weighted.get(word);
  suggestions.sort((a, b) => {
    const wa = weight(a);
    const wb = weight(b);
    const byWeight = wa === wb ? 0 : wa! > wb! ? -1 : 1;
    if (byWeight) return byWeight;
    const left = casingOf(a);
    const right = casingOf(b);
    const byCase = left === right ? 0 : left === currentCase ? -1 : right === currentCase ? 1 : undefined;
    return byCase || a.localeCompare(b);
  });

  const out: string[] = [];
  const seen: string[] = [];
  for (const suggestion of suggestions) {
    const normal = normalize(suggestion, lexicon.conversion.out);
    const key = normal.toLowerCase();
    if (!seen.includes(key)) {
      out.push(normal);
      seen.push(key);
    }
  }
  return out;
}

/**
 * nspell's `generate`: checks the given edits, then every single edit of `words`; returns the values checked
 * anew. With `skipFar` (when that list is not used) a word with no form of the dictionary within one edit,
 * in lower case, is passed over: none of its edits could be a suggestion. With `wordsFar` (the caller
 * knows that of every word) the edits of the words are listed but not looked up.
 */
function generate(lexicon: Lexicon, memory: Memory, words: readonly string[], edits?: readonly string[], skipFar = false, wordsFar = false): string[] {
  const characters = lexicon.flags.TRY;
  const result: string[] = [];
  let lookUp = true;
  const check = (value: string, double = false): void => {
    let state = memory.state.get(value);
    if (state !== true && state !== false) {
      result.push(value);
      if (!lookUp) return; // not a form: its state stays null, as formOf would leave it
      const corrected = formOf(lexicon, value);
      state = corrected === null ? null : !hasFlag(lexicon, 'NOSUGGEST', lexicon.forms.get(corrected));
      memory.state.set(value, state);
      if (state) {
        memory.weighted.set(value, double ? 10 : 0);
        memory.suggestions.push(value);
      }
    }
    if (state) memory.weighted.set(value, memory.weighted.get(value)! + 1);
  };

  if (edits) for (const edit of edits) check(edit, true);
  lookUp = !wordsFar;

  for (const word of words) {
    if (skipFar && farFromEveryForm(lexicon, word)) continue;
    let before = '';
    let character = '';
    let nextCharacter = word.charAt(0);
    let nextAfter = word;
    let nextNextAfter = word.slice(1);
    let nextUpper = nextCharacter.toLowerCase() !== nextCharacter;
    const currentCase = casingOf(word);
    for (let position = 0; position <= word.length; position++) {
      before += character;
      const after = nextAfter;
      nextAfter = nextNextAfter;
      nextNextAfter = nextAfter.slice(1);
      character = nextCharacter;
      nextCharacter = word.charAt(position + 1);
      const upper = nextUpper;
      if (nextCharacter) nextUpper = nextCharacter.toLowerCase() !== nextCharacter;
      if (nextAfter && upper !== nextUpper) {
        check(before + switchCase(nextAfter));
        check(before + switchCase(nextCharacter) + switchCase(character) + nextNextAfter);
      }
      check(before + nextAfter);
      if (nextAfter) check(before + nextCharacter + character + nextNextAfter);
      for (let inject of characters) {
        if (upper && inject !== inject.toUpperCase()) {
          if (currentCase !== 's') {
            check(before + inject + after);
            check(before + inject + nextAfter);
          }
          inject = inject.toUpperCase();
          check(before + inject + after);
          check(before + inject + nextAfter);
        } else {
          check(before + inject + after);
          check(before + inject + nextAfter);
        }
      }
    }
  }
  return result;
}

const PLAIN = /^[A-Za-z']*$/;

/**
 * True when no edit nspell makes of `word` (a letter removed, two swapped, one inserted or replaced, in
 * either case) can be a form: every such edit is, in lower case, one edit from the word in lower case, and
 * no form is. Only for words of plain letters (their lower case has the same length; no conversion or
 * compound rule applies to their edits).
 */
function farFromEveryForm(lexicon: Lexicon, word: string): boolean {
  if (!PLAIN.test(word) || lexicon.compoundStart.test(word) || lexicon.tryReachesCompound) return false;
  return searchTrie(lowerFormsTrie(lexicon), word.toLowerCase(), 1, true).length === 0;
}

function switchCase(fragment: string): string {
  const first = fragment.charAt(0);
  return (first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()) + fragment.slice(1);
}
