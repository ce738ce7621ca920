// Bounds on the analysis, so that no input costs more than a few seconds per megabyte.
import type { Block } from './blocks.js';

/**
 * Runs of non-space characters longer than this (a hash, base64, a DNA string, a separator line) are
 * blanked before tokenising: the tokeniser's patterns take time growing with the square of a token's length.
 */
export const MAX_TOKEN_LENGTH = 128;

const OVERLONG_RUN = new RegExp(`\\S{${MAX_TOKEN_LENGTH + 1},}`, 'g');

/** The blocks with every overlong run of non-space characters replaced by spaces (offsets unchanged); blocks left blank are dropped. */
export function blankOverlongRuns(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    OVERLONG_RUN.lastIndex = 0;
    if (!OVERLONG_RUN.test(block.text)) return [block];
    const text = block.text.replace(OVERLONG_RUN, (run) => ' '.repeat(run.length));
    return text.trim() === '' ? [] : [{ ...block, text }];
  });
}
