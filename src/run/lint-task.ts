// Linting one source file, with or without its safe fixes: the same in the main thread and in workers.
import type { VFile } from 'vfile';
import type { DocumentAnalysis } from '../analysis/index.js';
import type { ResolvedConfig } from '../config.js';
import { lintAndFix } from '../fix.js';
import { lintDocument } from '../pipeline.js';

export interface LintOutcome {
  file: VFile;
  /** The text the messages refer to (the fixed text when fixes were applied). */
  text: string;
  /** How many fixes were applied (0 without --fix). */
  applied: number;
}

/** `analysis`, when given, is the analysis of `text` made in another thread (fixed text is analysed here). */
export function lintSource(text: string, filePath: string | undefined, config: ResolvedConfig, cwd: string, fix: boolean, analysis?: DocumentAnalysis): LintOutcome {
  const lint = (value: string): VFile => lintDocument(value, filePath, config, cwd, value === text ? analysis : undefined);
  if (!fix) return { file: lint(text), text, applied: 0 };
  return lintAndFix(text, lint);
}
