// The analysis's shortcuts give what the slower ways gave: the model's core as the package makes it, and
// the overlong-run check as its pattern finds.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { englishModel } from '../src/analysis/model.js';
import { blankOverlongRuns, MAX_TOKEN_LENGTH } from '../src/analysis/limits.js';

/** Plain data of a model core, typed arrays and sets as lists, so that two cores compare with toEqual. */
function plain(value: unknown): unknown {
  if (value instanceof Set) return { set: [...value].map(plain) };
  if (ArrayBuffer.isView(value)) return { typed: value.constructor.name, values: Array.from(value as Uint32Array) };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = { prototype: Object.getPrototypeOf(value) === null ? 'null' : 'object' };
    for (const key of Object.keys(value).sort()) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

const digest = (value: unknown): string => crypto.createHash('sha1').update(JSON.stringify(plain(value))).digest('hex');

describe("wink-nlp's model", () => {
  it('has the same core as the package loads, on first use and after', () => {
    // The package's own loader, in a process of its own (this loader changes the parsed JSON they share).
    const script = `const crypto = require('node:crypto'); const model = require('wink-eng-lite-web-model');
      ${plain.toString()}
      process.stdout.write(JSON.stringify({ keys: Object.keys(model).sort(), digest: crypto.createHash('sha1').update(JSON.stringify(plain(model.core()))).digest('hex') }));`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const expected = JSON.parse(child.stdout) as { keys: string[]; digest: string };
    const core = (englishModel as unknown as { core: () => unknown }).core;
    expect(digest(core())).toBe(expected.digest);
    expect(digest(core())).toBe(expected.digest);
    expect(Object.keys(englishModel).sort()).toEqual(expected.keys);
  });
});

describe('overlong runs', () => {
  const OVERLONG = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');
  const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const NOT_SPACES = ['a', '-', '\u180e', '\u200b', '\u0085', 'é', '😀', '\u001f', '\u007f'];

  it('are blanked where the pattern finds them, whatever the white space around them', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 400; round++) {
      let text = 'x';
      while (text.length < 600) {
        const run = random(3) === 0 ? MAX_TOKEN_LENGTH - 2 + random(5) : random(20);
        for (let k = 0; k < run; k++) text += NOT_SPACES[random(NOT_SPACES.length)];
        text += SPACES[random(SPACES.length)];
      }
      const [block] = blankOverlongRuns([{ kind: 'body', start: 0, end: text.length, text }]);
      const expected = text.replace(OVERLONG, (run) => ' '.repeat(run.length));
      expect(block?.text ?? '').toBe(expected.trim() === '' ? '' : expected);
    }
  });
});
