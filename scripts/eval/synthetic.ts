// Set (c): clean real documents given defects at random places, with a fixed seed.
import type { Truth } from './score.js';
import { DEFECTS } from './defects.js';
import type { Draft, Para } from './draft.js';
import { seededRandom } from './rng.js';

export const DEFAULT_SEED = 20231;

export interface SourceDoc {
  name: string;
  paragraphs: string[];
}

export interface SyntheticDoc {
  name: string;
  /** The untouched document, for telling inserted defects from findings the text already had. */
  clean: string;
  text: string;
  truths: (Truth & { detail: string })[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/** Joins the paragraphs and turns each mark into a truth with document offsets. */
function assemble(name: string, paras: Para[]): SyntheticDoc['truths'] {
  const starts = new Map<Para, number>();
  let offset = 0;
  for (const para of paras) {
    starts.set(para, offset);
    offset += para.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return paras.flatMap((para) =>
    para.marks.map((mark) => ({
      doc: name,
      ruleId: mark.ruleId,
      kind: mark.kind,
      detail: mark.detail,
      start: starts.get(para)! + mark.start,
      end: starts.get(para)! + mark.end,
      also: mark.also ? [{ start: starts.get(mark.also.para)! + mark.also.start, end: starts.get(mark.also.para)! + mark.also.end }] : undefined,
    })),
  );
}

/** One defect of each kind per document where the document offers a place for it; same seed, same set. */
export function buildSynthetic(sources: readonly SourceDoc[], seed = DEFAULT_SEED, prefix = ''): SyntheticDoc[] {
  const random = seededRandom(seed);
  return sources.map((source, index) => {
    const draft: Draft = { paras: source.paragraphs.map((text) => ({ text, used: false, marks: [] })), random };
    for (const [, defect] of DEFECTS) defect(draft);
    const name = `${prefix}synthetic-${String(index).padStart(3, '0')}.txt`;
    return {
      name,
      clean: source.paragraphs.join(PARAGRAPH_SEPARATOR),
      text: draft.paras.map((para) => para.text).join(PARAGRAPH_SEPARATOR),
      truths: assemble(name, draft.paras),
    };
  });
}

/** Paragraphs of a corpus document: one per non-blank line. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
