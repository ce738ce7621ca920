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

export const REPORTERS: Record<string, Reporter> = {
  stylish: (files, { quiet, color }) => reporter(files, { quiet, silent: quiet, color, defaultName: '<stdin>' }),
  json: (files, { quiet }) => reporterJson(files, { silent: quiet }),
  github: githubReport,
  sarif: (files, options) => JSON.stringify(sarifLog(files, options, options.version ?? '0.0.0'), null, 2),
};
