// Shared memo tables: what one thread decides, another absorbs instead of computing again.
import { describe, expect, it } from 'vitest';
import { absorbMemoJournal, Memo, MemoFamily, startMemoJournal, stopMemoJournal, takeMemoJournal } from '../src/memo.js';

describe('memo tables', () => {
  it('computes a key once, undefined answers included', () => {
    const memo = new Memo<string | undefined>('test:once');
    let calls = 0;
    const compute = (key: string) => {
      calls++;
      return key === 'none' ? undefined : key.toUpperCase();
    };
    expect([memo.get('a', compute), memo.get('a', compute), memo.get('none', compute), memo.get('none', compute)]).toEqual(['A', 'A', undefined, undefined]);
    expect(calls).toBe(2);
  });

  it('refuses two tables with one name', () => {
    new Memo('test:twice');
    expect(() => new Memo('test:twice')).toThrow('two memo tables are named "test:twice"');
  });

  it('records decisions only while a journal runs, and another thread absorbs them', () => {
    const memo = new Memo<number>('test:journal');
    const family = new MemoFamily<boolean>('test:family');
    memo.get('before', () => 1);
    startMemoJournal();
    memo.get('x', () => 2);
    memo.get('x', () => 99); // a hit is not recorded again
    family.of('en-GB').get('colour', () => true);
    const journal = takeMemoJournal();
    stopMemoJournal();
    expect(journal).toEqual([
      ['test:journal', '', 'x', 2],
      ['test:family', 'en-GB', 'colour', true],
    ]);
    expect(takeMemoJournal()).toEqual([]);

    // What the other thread sees: the same names, fresh tables. Here: new keys absorbed into ours.
    absorbMemoJournal([
      ['test:journal', '', 'y', 3],
      ['test:family', 'en-US', 'color', false],
      ['test:unknown-table', '', 'z', 1],
    ]);
    expect(memo.get('y', () => -1)).toBe(3);
    expect(family.of('en-US').get('color', () => true)).toBe(false);
  });
});
