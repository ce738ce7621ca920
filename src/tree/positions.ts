// Line:column points for offsets visited in increasing order: one pass over the text for the whole tree.
import type { Point } from '../types.js';

export class ForwardPoints {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    /** For an offset behind the cursor (never when the tree is built in order). */
    private readonly fallback: (offset: number) => Point,
  ) {}

  at(offset: number): Point {
    if (offset < this.offset) return this.fallback(offset);
    const text = this.text;
    for (let i = this.offset; i < offset; i++) {
      const ch = text.charCodeAt(i);
      // \n, \r\n and a lone \r end a line, as in analysis/points.ts.
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }
}
