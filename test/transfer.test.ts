// An analysis sent between threads (stages.ts) comes back the same.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { packAnalysis, unpackAnalysis, type PackedAnalysis } from '../src/analysis/transfer.js';
import type { Token } from '../src/types.js';

/** A token's fields as plain data (tokens read them from their store through getters). */
const fields = ({ index, text, lower, start, end, type, pos, sentence, spaceBefore }: Token) => ({ index, text, lower, start, end, type, pos, sentence, spaceBefore });

const seed = fs.readFileSync(path.join(import.meta.dirname, '..', 'corpus', '000_b26d12ed39113007.txt'), 'utf8');
const markdown = '# Notes\n\n<!-- copydesk-disable spelling -->\nPrime Minister Phạm Minh Chính met Lee Hsien Loong; `code` stays out.\n\n- It was was late.\n';

describe('packAnalysis / unpackAnalysis', () => {
  for (const [name, text, format] of [['a seed', seed, 'text'], ['Markdown', markdown, 'markdown']] as const) {
    it(`gives back the analysis of ${name}, through a structured copy as between threads`, () => {
      const original = analyse(text, format);
      const copied = v8.deserialize(v8.serialize(packAnalysis(original))) as PackedAnalysis;
      const back = unpackAnalysis(text, format, copied);
      expect(back.tokens.length).toBeGreaterThan(10);
      expect(back.tokens.map(fields)).toEqual(original.tokens.map(fields));
      expect(back.sentences).toEqual(original.sentences);
      expect(back.paragraphs).toEqual(original.paragraphs);
      expect(back.mentions).toEqual(original.mentions);
      expect(back.comments).toEqual(original.comments);
      expect(back.point(text.length)).toEqual(original.point(text.length));
    });
  }
});
