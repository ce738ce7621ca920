// A document being given defects: paragraphs that remember which of them were touched and where.
import { analyse } from '../../src/analysis/index.js';
import type { Analysis } from '../../src/types.js';
import type { Random } from './rng.js';

/** A place inside one paragraph's text. */
export interface Local {
  start: number;
  end: number;
}

export interface Mark extends Local {
  ruleId: string;
  kind: string;
  detail: string;
  /** Another place that also finds the defect (the original of a copied paragraph or sentence). */
  also?: Local & { para: Para };
}

export interface Para {
  text: string;
  /** Touched by a defect (or the original of a copy): no second defect goes here. */
  used: boolean;
  marks: Mark[];
}

export interface Draft {
  paras: Para[];
  random: Random;
}

const analyses = new Map<string, Analysis>();

/** The shared analysis of one paragraph's text (offsets relative to it), memoised. */
export function analysisOf(text: string): Analysis {
  let analysis = analyses.get(text);
  if (!analysis) {
    if (analyses.size > 5000) analyses.clear();
    analysis = analyse(text, 'text');
    analyses.set(text, analysis);
  }
  return analysis;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Replaces [start, end) of a paragraph's text; returns the place of the replacement. */
export function splice(para: Para, start: number, end: number, replacement: string): Local {
  para.text = para.text.slice(0, start) + replacement + para.text.slice(end);
  return { start, end: start + replacement.length };
}

export const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Unused body paragraphs (running prose with a full stop) of at least `minWords` words. */
export function freeParas(draft: Draft, minWords = 0): Para[] {
  return draft.paras.filter((para) => !para.used && wordCount(para.text) >= minWords && /[.!?]["'”’)]*\s*$/.test(para.text));
}
