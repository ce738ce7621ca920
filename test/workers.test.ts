// How many threads --jobs uses, by default and when asked.
import { describe, expect, it } from 'vitest';
import { availableCores, CHARACTERS_PER_THREAD, resolveJobs } from '../src/workers.js';

describe('resolveJobs', () => {
  it('stays on one thread by default until there is enough text for a second', () => {
    expect(resolveJobs(undefined, 1000, 2 * 1000 * 1000)).toBe(1);
    expect(resolveJobs(undefined, 1000, CHARACTERS_PER_THREAD - 1)).toBe(1);
    expect(resolveJobs(undefined, 1000, 100 * CHARACTERS_PER_THREAD)).toBe(availableCores());
  });

  it('honours an explicit number, but never more threads than files', () => {
    expect(resolveJobs(2, 1000, 10)).toBe(2);
    expect(resolveJobs(8, 3, 10)).toBe(3);
    expect(resolveJobs(undefined, 2, 100 * CHARACTERS_PER_THREAD)).toBe(Math.min(2, availableCores()));
    expect(resolveJobs(4, 1, 100 * CHARACTERS_PER_THREAD)).toBe(1);
  });
});
