// Output that goes to the terminal and, with --write-docs, into a document between two markers.
import fs from 'node:fs';

export const START = '<!-- figures:start (written by the script: edit around, not inside) -->';
export const END = '<!-- figures:end -->';

export interface Report {
  print(text?: string): void;
  text(): string;
}

export function createReport(): Report {
  const lines: string[] = [];
  return {
    print(text = '') {
      console.log(text);
      lines.push(text);
    },
    text: () => lines.join('\n'),
  };
}

/** Replaces what stands between the markers of `docPath` (appends the markers when absent). */
export function writeFigures(docPath: string, figures: string): void {
  const current = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
  const block = `${START}\n${figures.trim()}\n${END}`;
  const at = current.indexOf(START);
  const end = current.indexOf(END);
  const next = at >= 0 && end > at ? current.slice(0, at) + block + current.slice(end + END.length) : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(docPath, next);
}
