// Report formats. stylish and json are vfile-reporter's and vfile-reporter-json's own output.
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import type { VFile } from 'vfile';
import { githubReport } from './github.js';
import { sarifLog } from './sarif.js';

export interface ReportOptions {
  /** Errors only. */
  quiet: boolean;
  color: boolean;
  /** copydesk's version, for formats that name the tool (SARIF). */
  version?: string;
}

export type Reporter = (files: VFile[], options: ReportOptions) => string;

/** A report written piece by piece (see `REPORT_PIECES`). */
export type PieceReporter = (files: VFile[], options: ReportOptions) => Iterable<string>;

/** Messages per piece of the json report. */
const JSON_BATCH = 1000;

/**
 * The json format's report, byte for byte, in pieces of a thousand messages, each made by
 * vfile-reporter-json itself: 20,000 findings make a report of tens of megabytes, which as one
 * string (and its copy for the trailing newline, and its UTF-8 bytes) held about 80 MB at the end of a run.
 */
function* jsonPieces(files: VFile[], { quiet }: ReportOptions): Generator<string> {
  let first = true;
  yield '[';
  for (const file of files) {
    // --quiet: errors only, and no file without one (vfile-reporter-json's `silent`).
    const messages = quiet ? file.messages.filter((message) => message.fatal) : file.messages;
    if (quiet && messages.length === 0) continue;
    const part = (batch: VFile['messages']): string => reporterJson({ path: file.path, cwd: file.cwd, history: file.history, messages: batch } as VFile);
    // '[{"path":...,"messages":[' and ']}]' around each batch's messages.
    const opening = part([]).slice(1, -3);
    let piece = (first ? '' : ',') + opening;
    first = false;
    for (let from = 0; from < messages.length; from += JSON_BATCH) {
      piece += (from > 0 ? ',' : '') + part(messages.slice(from, from + JSON_BATCH)).slice(opening.length + 1, -3);
      yield piece;
      piece = '';
    }
    yield piece + ']}';
  }
  yield ']';
}

export const REPORT_PIECES: Record<string, PieceReporter> = { json: jsonPieces };

export const REPORTERS: Record<string, Reporter> = {
  stylish: (files, { quiet, color }) => reporter(files, { quiet, silent: quiet, color, defaultName: '<stdin>' }),
  json: (files, { quiet }) => reporterJson(files, { silent: quiet }),
  github: githubReport,
  sarif: (files, options) => JSON.stringify(sarifLog(files, options, options.version ?? '0.0.0'), null, 2),
};
