// Name-heavy real text for the whole-process bench: the history essays of ../shared/corpora/history-state-gov
// and the WMT 2023 news outputs, one document after the other (an essay, then a news document), as written,
// no names changed. Together they are about 3.2 MB; a larger size goes on with the same sentences dealt
// out into new paragraphs of 2 to 4 (fixed seed per round), so that no paragraph repeats, but no word is renamed.
import fs from 'node:fs';
import path from 'node:path';
import { historyDir, wmtDir } from '../eval/paths.js';
import { seededRandom } from '../eval/rng.js';
import { BENCH_DIR } from './text.js';

export interface RealSource {
  name: string;
  /** Documents, each a list of paragraphs, in the order they are written out. */
  documents: string[][];
}

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** The history essays and the WMT documents interleaved, or undefined (with the reason) when ../shared is absent. */
export function realSource(): RealSource | string {
  const wmt = wmtDir();
  const history = historyDir();
  if (!wmt || !history) return `../shared/corpora (history-state-gov and wmt-mqm-zhen-2023) is absent`;
  const essays = fs
    .readdirSync(history)
    .filter((name) => /^\d{3}-.*\.txt$/.test(name))
    .sort()
    .map((name) => paragraphsOf(fs.readFileSync(path.join(history, name), 'utf8')));
  const news = fs
    .readFileSync(path.join(wmt, 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { segments: string[] }).segments.map((segment) => segment.trim()).filter(Boolean));
  const documents: string[][] = [];
  for (let i = 0; i < Math.max(essays.length, news.length); i++) {
    if (essays[i]) documents.push(essays[i]!);
    if (news[i]) documents.push(news[i]!);
  }
  return { name: `history-state-gov essays (${essays.length}) and WMT 2023 zh-en news outputs (${news.length}), interleaved, names as written`, documents };
}

const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“(]?\p{Lu})/u;

function* paragraphs(source: RealSource): Generator<string> {
  yield* source.documents.flat();
  const sentences = source.documents.flat().flatMap((paragraph) => paragraph.split(SENTENCE_BREAK));
  for (let round = 1; ; round++) {
    const random = seededRandom(0x9e3779b9 ^ round);
    const shuffled = random.shuffle([...sentences]);
    for (let next = 0; next < shuffled.length; ) {
      const count = 2 + random.int(3);
      yield shuffled.slice(next, (next += count)).join(' ');
    }
  }
}

/** Writes (once) and returns the path of about `bytes` bytes of the real text, as one document. */
export function realFile(bytes: number, source: RealSource): string {
  const file = path.join(BENCH_DIR, `real-${bytes}.txt`);
  if (fs.existsSync(file)) return file;
  const parts: string[] = [];
  let size = 0;
  for (const paragraph of paragraphs(source)) {
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
    if (size >= bytes) break;
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  fs.writeFileSync(file, parts.join('\n\n') + '\n');
  return file;
}
