// Bounds on the analysis, so that no input costs more than a few seconds per megabyte.
import type { Block } from './blocks.js';

/**
 * Runs of non-space characters longer than this (a hash, base64, a DNA string, a separator line) are
 * blanked before tokenising: the tokeniser's patterns take time growing with the square of a token's length.
 */
export const MAX_TOKEN_LENGTH = 128;

const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/** The code units `\s` matches (ECMAScript white space and line terminators). */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether `text` has a run of more than MAX_TOKEN_LENGTH non-space code units: one pass, where the pattern retries at every character. */
function hasOverlongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_TOKEN_LENGTH) return true;
  }
  return false;
}

/** The blocks with every overlong run of non-space characters replaced by spaces (offsets unchanged); blocks left blank are dropped. */
export function blankOverlongRuns(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (!hasOverlongRun(block.text)) return [block];
    const text = block.text.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length));
    return text.trim() === '' ? [] : [{ ...block, text }];
  });
}
