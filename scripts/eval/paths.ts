// Where the repository and the optional shared data live.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding package.json (works from dist/ and from source). */
export const ROOT: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export const CORPUS_DIR = path.join(ROOT, 'corpus');
export const OUT_DIR = path.join(ROOT, '.eval');

/** `../shared/corpora/wmt-mqm-zhen-2023` beside the repository (or $COPYDESK_WMT), if present. */
export function wmtDir(): string | undefined {
  const dir = process.env.COPYDESK_WMT ?? path.resolve(ROOT, '..', 'shared', 'corpora', 'wmt-mqm-zhen-2023');
  return fs.existsSync(path.join(dir, 'documents.jsonl')) && fs.existsSync(path.join(dir, 'error_spans.jsonl')) ? dir : undefined;
}

/** `../shared/corpora/history-state-gov` beside the repository (or $COPYDESK_HISTORY), if present. */
export function historyDir(): string | undefined {
  const dir = process.env.COPYDESK_HISTORY ?? path.resolve(ROOT, '..', 'shared', 'corpora', 'history-state-gov');
  return fs.existsSync(path.join(dir, 'manifest.tsv')) ? dir : undefined;
}
