// The shape every check returns: a finding plus the sentence it concerns (one sentence-level finding each).
import type { Finding } from '../../src/types.js';

export type GarbleKind =
  | 'no-verb'
  | 'no-main-verb'
  | 'no-subject'
  | 'stray-word'
  | 'stray-word-inside'
  | 'lower-case-start'
  | 'orphan-word'
  | 'caption-in-text'
  | 'capital-after-semicolon';

export interface GarbleFinding extends Finding {
  /** The sentence the finding concerns (its index in `Analysis.sentences`). */
  sentence: number;
  data: { kind: GarbleKind };
}
