// Set (c): clean real documents given defects at random places, with a fixed seed.
import type { Truth } from './score.js';
import { BASE_KINDS, type DefectKind } from './kinds.js';
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

export interface SyntheticOptions {
  kinds?: readonly DefectKind[];
  /**
   * At most this many defects a document, of kinds taken in a random order per document (for many kinds
   * and short documents); without it, every kind in order, where the document offers a place.
   */
  perDoc?: number;
  /** Name the documents after their sources instead of `synthetic-NNN.txt`. */
  keepNames?: boolean;
}

/** Defects inserted into each source document where it offers a place for them; same seed, same set. */
export function buildSynthetic(sources: readonly SourceDoc[], seed = DEFAULT_SEED, prefix = '', options: SyntheticOptions = {}): SyntheticDoc[] {
  const random = seededRandom(seed);
  const kinds = options.kinds ?? BASE_KINDS;
  return sources.map((source, index) => {
    const draft: Draft = { paras: source.paragraphs.map((text) => ({ text, used: false, marks: [] })), random };
    if (options.perDoc === undefined) for (const kind of kinds) kind.apply(draft);
    else {
      let inserted = 0;
      for (const kind of random.shuffle([...kinds])) if (inserted < options.perDoc && kind.apply(draft)) inserted++;
    }
    const name = `${prefix}${options.keepNames ? source.name : `synthetic-${String(index).padStart(3, '0')}.txt`}`;
    return {
      name,
      clean: source.paragraphs.join(PARAGRAPH_SEPARATOR),
      text: draft.paras.map((para) => para.text).join(PARAGRAPH_SEPARATOR),
      truths: assemble(name, draft.paras),
    };
  });
}

/** Paragraphs of a document whose paragraphs are separated by blank lines. */
export function blockParagraphsOf(text: string): string[] {
  return text.split(/\r?\n\s*\n/).map((block) => block.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
}

/** Paragraphs of a corpus document: one per non-blank line. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
