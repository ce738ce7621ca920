// How many threads --jobs uses, and how they share the work, by default and when asked.
import { describe, expect, it } from 'vitest';
import { availableCores, CHARACTERS_PER_THREAD, ONE_THREAD_BELOW, planThreads, STAGES_BELOW } from '../src/run/workers.js';

describe('planThreads', () => {
  it('stays on one thread by default for a little text, 1,000 small files included', () => {
    expect(planThreads(undefined, 1000, ONE_THREAD_BELOW - 1)).toEqual({ threads: 1, split: 'files' });
    expect(planThreads(undefined, 1000, 2_000_000)).toEqual({ threads: 1, split: 'files' });
    expect(planThreads(undefined, 1, 100 * CHARACTERS_PER_THREAD).threads).toBe(1);
  });

  it('splits the files by default on much text; two threads asked for split the stages up to a few MB', () => {
    expect(planThreads(undefined, 1000, 100 * CHARACTERS_PER_THREAD)).toEqual({ threads: availableCores(), split: 'files' });
    expect(planThreads(2, 1000, STAGES_BELOW - 1).split).toBe('stages');
    expect(planThreads(2, 1000, STAGES_BELOW).split).toBe('files');
  });

  it('honours an explicit number, but never more threads than files', () => {
    expect(planThreads(2, 1000, 10)).toEqual({ threads: 2, split: 'stages' });
    expect(planThreads(8, 3, 10)).toEqual({ threads: 3, split: 'files' });
    expect(planThreads(4, 1, 100 * CHARACTERS_PER_THREAD).threads).toBe(1);
  });
});
