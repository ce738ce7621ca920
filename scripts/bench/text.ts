// Bench text: real news prose (the WMT outputs when ../shared is present, else the corpus documents),
// made as long as needed. Round 0 is the best-rated system's 36 documents as written. Every later round
// takes every sentence of every document (all systems), shuffles them (fixed seed per round) and deals
// them out into paragraphs of 2 to 4 sentences, renaming the capitalised words inside sentences and
// shifting the digits (consistently within the round), so that no paragraph is a copy of another.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, OUT_DIR, wmtDir } from '../eval/paths.js';
import { paragraphsOf } from '../eval/synthetic.js';
import { seededRandom } from '../eval/rng.js';
import { loadWmt, rankSystems } from '../eval/wmt.js';

export interface SourceText {
  name: string;
  /** Short tag for file names. */
  tag: string;
  /** Round 0: documents as written, each a list of paragraphs. */
  first: string[][];
  /** Every document available (all systems), each a list of paragraphs. */
  all: string[][];
}

export function sourceText(): SourceText {
  const dir = wmtDir();
  const paragraphs = (segments: string[]) => segments.map((segment) => segment.trim()).filter(Boolean);
  if (dir) {
    const data = loadWmt(dir);
    const best = rankSystems(data)[0]!.system;
    const first = data.docs.filter((doc) => doc.system === best);
    return {
      name: `WMT 2023 MQM zh-en outputs (round 0: ${best}'s ${first.length} documents as written; then the sentences of all ${data.docs.length} documents reshuffled)`,
      tag: 'wmt',
      first: first.map((doc) => paragraphs(doc.segments)),
      all: data.docs.map((doc) => paragraphs(doc.segments)),
    };
  }
  const documents = fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => paragraphsOf(fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8')));
  return { name: 'corpus/*.txt (round 0 as written; then sentences reshuffled)', tag: 'corpus', first: documents, all: documents };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'sa', 'vel', 'dor', 'an', 'zi', 'ma', 'ko', 'li', 'ne', 'bar', 'to', 'sen', 'ha', 'ri', 'mun', 'el', 'pa', 'gu', 'the', 'ros', 'nia', 'den', 'vo', 'qui', 'lan'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A made-up name standing for `word` in repetition `round` (the same word gives the same name within a round). */
export function renamed(word: string, round: number): string {
  let h = hash(`${round}:${word}`);
  let name = '';
  const count = 2 + (h % 2);
  for (let i = 0; i < count; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    name += SYLLABLES[h % SYLLABLES.length];
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Capitalised words not at the start of a sentence become made-up names; digits shift by `round`. */
export function vary(paragraph: string, round: number): string {
  if (round === 0) return paragraph;
  return paragraph
    .replace(/(?<![.!?:"“]\s|^)\b\p{Lu}\p{Ll}{2,}\b/gu, (word) => renamed(word, round))
    .replace(/\d/g, (digit) => String((Number(digit) + round) % 10));
}

const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“(]?\p{Lu})/u;

/** Round `round`'s paragraphs: as written for round 0, else every sentence shuffled into paragraphs of 2-4. */
export function roundParagraphs(source: SourceText, round: number): string[] {
  if (round === 0) return source.first.flat();
  const random = seededRandom(hash(`round ${round}`));
  const sentences = random.shuffle(source.all.flat().flatMap((paragraph) => paragraph.split(SENTENCE_BREAK)));
  const paragraphs: string[] = [];
  for (let next = 0; next < sentences.length; ) {
    const count = 2 + random.int(3);
    paragraphs.push(vary(sentences.slice(next, (next += count)).join(' '), round));
  }
  return paragraphs;
}

/** About `bytes` bytes of text (whole paragraphs, blank-line separated), the same every time. */
export function benchText(bytes: number, source: SourceText = sourceText()): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const paragraph of roundParagraphs(source, round)) {
      parts.push(paragraph);
      size += Buffer.byteLength(paragraph) + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n') + '\n';
}

export const BENCH_DIR = path.join(OUT_DIR, 'bench');

/** Writes (once) and returns the path of the bench text of a size. */
export function benchFile(bytes: number, source: SourceText = sourceText()): string {
  const file = path.join(BENCH_DIR, `text-${source.tag}-${bytes}.txt`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(BENCH_DIR, { recursive: true });
    fs.writeFileSync(file, benchText(bytes, source));
  }
  return file;
}
