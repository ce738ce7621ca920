// Every synthetic defect kind: the built-in ones of defects.ts and those of each file in defects/
// (a file there exports `KINDS: DefectKind[]`; it is found by listing the folder, no registration).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFECTS, KIND_RULE, type Defect } from './defects.js';

export interface DefectKind {
  kind: string;
  /** The rule meant to find it. */
  ruleId: string;
  apply: Defect;
}

export const BASE_KINDS: readonly DefectKind[] = DEFECTS.map(([kind, apply]) => ({ kind, ruleId: KIND_RULE[kind]!, apply }));

/** The built-in kinds and those of defects/*.js, in file-name order; a kind named twice is an error. */
export async function loadKinds(): Promise<DefectKind[]> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'defects');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => /\.js$/.test(name)).sort() : [];
  const kinds = [...BASE_KINDS];
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(dir, file)).href)) as { KINDS?: DefectKind[] };
    for (const kind of module.KINDS ?? []) {
      if (kinds.some((known) => known.kind === kind.kind)) throw new Error(`defect kind ${kind.kind} is defined twice (${file})`);
      kinds.push(kind);
    }
  }
  return kinds;
}

/** The rule each kind is for. */
export const ruleOfKind = (kinds: readonly DefectKind[]): Record<string, string> => Object.fromEntries(kinds.map((kind) => [kind.kind, kind.ruleId]));
