// The hashed deletion index answers exactly as the deletion strings do (people.ts `deletions`).
import { describe, expect, it } from 'vitest';
import { DeletionIndex } from '../rules/name-consistency/deletion-index.js';
import { deletions } from '../rules/name-consistency/people.js';

/** The words sharing a deletion with `word`, by the strings. */
function bySets(words: readonly string[], depths: readonly number[], word: string, depth: number): string[] {
  const mine = deletions(word, depth);
  return words.filter((other, k) => [...deletions(other, depths[k]!)].some((key) => mine.has(key)));
}

describe('DeletionIndex', () => {
  it('finds the words one or two deletions apart, as the deletion strings do', () => {
    // Short and long words, doubled letters (equal deletions), accents, near and far spellings.
    const words = ['blair', 'bliar', 'blare', 'blaor', 'blai', 'lair', 'bla', 'blairr', 'truman', 'trumun', 'trueman',
      'tuman', 'rtuman', 'modrow', 'modero', 'modro', 'anna', 'ana', 'annna', 'phạm', 'pham', 'phan', 'nguyen', 'nguyễn',
      'abcdefgh', 'abdcefgh', 'bacdefhg', 'xyz', 'xy', 'lee', 'leee', 'mississippi', 'missisippi', 'misissippi'];
    for (const depth of [1, 2]) {
      const depths = words.map((word, k) => (k % 3 === 0 ? 1 : depth));
      const index = new DeletionIndex();
      words.forEach((word, k) => index.add(word, depths[k]!));
      for (const word of words) {
        for (const asked of [0, 1, 2]) {
          expect([...index.near(word, asked)].sort(), `${word} at depth ${asked}`).toEqual(bySets(words, depths, word, asked).sort());
        }
      }
    }
  });

  it('keeps only the first words of a crowded deletion when capped, in the order the strings give', () => {
    const words = ['blair', 'blaira', 'blairb', 'blairc', 'blaird', 'blaire', 'blairf', 'blairg', 'blairh', 'blairi', 'blar', 'bair', 'lair', 'blari'];
    const index = new DeletionIndex();
    const lists = new Map<string, string[]>();
    for (const word of words) {
      const depth = word.length >= 5 ? 2 : 1;
      index.add(word, depth);
      for (const key of deletions(word, depth)) {
        const list = lists.get(key);
        if (!list) lists.set(key, [word]);
        else if (list.length < 3 && !list.includes(word)) list.push(word);
      }
    }
    for (const word of ['blair', 'blairz', 'blai', 'lari', 'bliar']) {
      for (const depth of [1, 2]) {
        const expected = new Set<string>();
        for (const key of deletions(word, depth)) for (const other of lists.get(key) ?? []) expected.add(other);
        expect([...index.nearCapped(word, depth, 3)], `${word} at depth ${depth}`).toEqual([...expected]);
      }
    }
  });

  it('finds nothing in an empty index and each word once', () => {
    const index = new DeletionIndex();
    expect(index.near('blair', 2)).toEqual([]);
    index.add('anna', 2);
    index.add('anna', 1);
    expect(index.near('ana', 1)).toEqual(['anna']);
  });
});
