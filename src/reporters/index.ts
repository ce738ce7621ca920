// Report formats. stylish and json are vfile-reporter's and vfile-reporter-json's own output.
import { reporter } from 'vfile-reporter';
import { reporterJson } from 'vfile-reporter-json';
import type { VFile } from 'vfile';

export interface ReportOptions {
  /** Errors only. */
  quiet: boolean;
  color: boolean;
}

export type Reporter = (files: VFile[], options: ReportOptions) => string;

export const REPORTERS: Record<string, Reporter> = {
  stylish: (files, { quiet, color }) => reporter(files, { quiet, silent: quiet, color, defaultName: '<stdin>' }),
  json: (files, { quiet }) => reporterJson(files, { silent: quiet }),
};
