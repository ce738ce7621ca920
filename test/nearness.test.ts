// The fast dictionary lookups give nspell's answers: `correct` as a few table lookups, and the spelling
// gate's "a lower-case word within two edits" through a trie before nspell's slow suggestions.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import nspell from 'nspell';
import { expandedLexicon, inDictionary, lexicon, type Dialect } from '../rules/spelling/dictionaries.js';
import { dictionarySource, readStoredTable } from '../rules/spelling/dictionary-table.js';
import { hunspellSuggest } from '../rules/spelling/hunspell-suggest.js';
import { buildTrie, lowerFormsTrie, lowerWordTrie, lowerWordTrieOf, oneEditFromKnown, searchTrie, suggestsLowerWordWithinTwo } from '../rules/spelling/nearness.js';
import { editDistance } from '../rules/spelling/suggest.js';
import { isKnown, type WordBook } from '../rules/spelling/known.js';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const spellers = new Map<Dialect, ReturnType<typeof nspell>>();
function reference(dialect: Dialect) {
  let speller = spellers.get(dialect);
  if (!speller) {
    const folder = path.dirname(require.resolve(PACKAGES[dialect]));
    speller = nspell({ aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic')) });
    spellers.set(dialect, speller);
  }
  return speller;
}

/** The distinct words of the shipped corpus and the spelling fixtures: real news text. */
const corpusWords: string[] = (() => {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'corpus')).filter((name) => name.endsWith('.txt')).map((name) => path.join(ROOT, 'corpus', name)),
    ...fs.readdirSync(path.join(ROOT, 'test/fixtures/spelling')).filter((name) => name.endsWith('.txt')).map((name) => path.join(ROOT, 'test/fixtures/spelling', name)),
  ];
  const words = new Set<string>();
  for (const file of files) for (const word of fs.readFileSync(file, 'utf8').match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []) words.add(word);
  return [...words];
})();

const book: WordBook = { primary: 'en-US', personal: new Set() };

describe('inDictionary', () => {
  it('answers as nspell.correct on every word of the corpus, in lower case, capitals and with a curly apostrophe', () => {
    const variants = corpusWords.flatMap((word) => [word, word.toLowerCase(), word.toUpperCase(), word.replace(/'/g, '’')]);
    variants.push('21st', '11th', '1th', '3rd', '2th', "don't", 'don’t', ' table ', '');
    for (const dialect of ['en-US', 'en-GB'] as const) {
      const differing = variants.filter((word) => inDictionary(dialect, word) !== reference(dialect).correct(word));
      expect(differing).toEqual([]);
    }
  });
});

describe('the trie search', () => {
  it('finds exactly the words within two edits that a scan of the whole word list finds', () => {
    const words = ['nessecary', 'telegrammed', 'recieving', 'cartman', 'governmnet', 'ahd', 'xqzvbn'];
    const list: string[] = [];
    for (const word in reference('en-US').data) if (/^[a-z]+$/.test(word)) list.push(word);
    const trie = buildTrie(list);
    for (const word of words) {
      const scanned = list.filter((candidate) => Math.abs(candidate.length - word.length) <= 2 && editDistance(word, candidate) <= 2).sort();
      const searched = searchTrie(trie, word, 2);
      expect(searched.map((found) => found.word).sort()).toEqual(scanned);
      for (const found of searched) expect(found.distance).toBe(editDistance(word, found.word));
    }
  });

  it('finds a word one edit away wherever the edit is, as generating every neighbour does', () => {
    const lower = (word: string) => reference('en-US').correct(word) || reference('en-GB').correct(word);
    for (const word of ['diffrent', 'hardline', 'goverment', 'teh', 'qqqqzz']) {
      const neighbours: string[] = [];
      for (let i = 0; i <= word.length; i++) {
        const before = word.slice(0, i);
        const after = word.slice(i);
        if (after) neighbours.push(before + after.slice(1));
        if (after.length > 1) neighbours.push(before + after[1] + after[0] + after.slice(2));
        for (const letter of 'abcdefghijklmnopqrstuvwxyz') neighbours.push(before + letter + after, ...(after ? [before + letter + after.slice(1)] : []));
      }
      expect(oneEditFromKnown(word, word.length + 1)).toBe(neighbours.some((n) => n !== word && lower(n)));
    }
  });
});

describe('the spelling gate (a lower-case word within two edits among the suggestions)', () => {
  it('decides as nspell suggest does on the unknown words of the corpus and on misspellings', () => {
    const unknown = corpusWords.filter((word) => /^[A-Za-z]{6,}$/.test(word) && !isKnown(book, word)).map((word) => word.toLowerCase());
    const sample = [...new Set([...unknown.slice(0, 12), 'nessecary', 'telegrammed', 'memoranda', 'cartman', 'progressivism', 'tommorow'])];
    expect(sample.length).toBeGreaterThan(10);
    const old = (lower: string) => reference('en-US').suggest(lower).some((candidate) => /^\p{Ll}+$/u.test(candidate) && editDistance(lower, candidate) <= 2);
    for (const word of sample) expect([word, suggestsLowerWordWithinTwo('en-US', word)]).toEqual([word, old(word)]);
    // Both outcomes occur, so the comparison says something.
    expect(new Set(sample.map((word) => old(word))).size).toBe(2);
    expect(lowerWordTrie('en-US').size).toBeGreaterThan(100_000);
  });
});

describe('the stored dictionary tables and the suggestion search', () => {
  it('the build stored, for each dialect, the forms and flags nspell expands, and the tries built from them', () => {
    for (const dialect of ['en-US', 'en-GB'] as const) {
      const stored = readStoredTable(dialect, dictionarySource(dialect).stamp);
      expect(stored, `run the build: ${dialect}`).toBeDefined();
      const { data } = reference(dialect);
      expect(stored!.forms.size).toBe(Object.keys(data).length);
      for (const word in data) if (stored!.forms.get(word) !== data[word]!.join('')) expect([word, stored!.forms.get(word)]).toEqual([word, data[word]!.join('')]);
      expect(stored!.forms.get('xqzvbnw')).toBeUndefined();
      const expanded = expandedLexicon(dialect);
      for (const [name, built] of [['lowerWords', lowerWordTrieOf(expanded)], ['lowerForms', lowerFormsTrie(expanded)]] as const) {
        const trie = stored!.tries[name]!;
        expect([trie.size, trie.depth, trie.fanOut]).toEqual([built.size, built.depth, built.fanOut]);
        expect([[...trie.char], [...trie.firstChild], [...trie.nextSibling], [...trie.terminal]]).toEqual([[...built.char], [...built.firstChild], [...built.nextSibling], [...built.terminal]]);
      }
    }
  });

  it('suggests what nspell suggests, in the same order, for unknown words of the corpus and misspellings in lower case, capitals and sentence case', () => {
    const unknown = corpusWords.filter((word) => /^\p{L}{3,}$/u.test(word) && !isKnown(book, word));
    const sample = [...new Set([...unknown.filter((_, i) => i % 4 === 0).slice(0, 16), 'Nessecary', 'RECIEVE', 'teh', 'it’s', 'dont', 'alot', 'Hanio', 'governmnet', 'xqzvbn', 'abcdefghijklmno'])];
    expect(sample.length).toBeGreaterThan(16);
    let suggested = 0;
    for (const dialect of ['en-US', 'en-GB'] as const) {
      for (const word of dialect === 'en-US' ? sample : sample.slice(-10)) {
        const expected = reference(dialect).suggest(word);
        expect([word, hunspellSuggest(lexicon(dialect), word)]).toEqual([word, expected]);
        if (expected.length > 0) suggested++;
      }
    }
    expect(suggested).toBeGreaterThan(10);
  });
});

