// crossFile: the hyphenation and spelling habits of a whole run, reported in the files that break them.
import path from 'node:path';
import type { Analysis, RunContext, RunEntry } from '../../src/types.js';
import { hyphenatedCompounds } from './hyphenation.js';
import { isVariantEligible, variantKeyOf } from './spelling-variants.js';
import { termFindings, wordBookOf, type Options } from './index.js';

/** Places as flat numbers: start line, column, offset, end line, column, offset, for each place. */
type Places = number[];

export interface FileTerms {
  /** Hyphenated compounds: their parts joined by a space, and the places. */
  hyphenated: Record<string, Places>;
  /** Lower-case words of four letters or more, and their places. */
  words: Record<string, Places>;
  /** Offsets the file's own check reported. */
  reported: number[];
}

const LOWER_WORD = /^\p{Ll}{4,}$/u;

function addPlace(table: Record<string, Places>, key: string, analysis: Analysis, start: number, end: number): void {
  const from = analysis.point(start);
  const to = analysis.point(end);
  (table[key] ??= []).push(from.line, from.column, from.offset, to.line, to.column, to.offset);
}

export function collectTerms(analysis: Analysis, opts: Options, personalWords: readonly string[]): FileTerms {
  const hyphenated: Record<string, Places> = {};
  const kinds = opts.kinds as string[];
  if (kinds.includes('hyphenation')) {
    for (const [key, compound] of hyphenatedCompounds(analysis, new Uint8Array(analysis.tokens.length), wordBookOf(personalWords))) {
      for (const use of compound.hyphenated) addPlace(hyphenated, key, analysis, use.start, use.end);
    }
  }
  const words: Record<string, Places> = {};
  for (const token of analysis.tokens) {
    if (token.type === 'word' && LOWER_WORD.test(token.text)) addPlace(words, token.lower, analysis, token.start, token.end);
  }
  return { hyphenated, words, reported: termFindings(analysis, opts, personalWords).map((finding) => finding.start) };
}

interface RunUse {
  path: string;
  places: Places;
  index: number;
  form: string;
  text: string;
}

function* usesIn(entry: RunEntry<FileTerms>, places: Places | undefined, form: string, text: string): Generator<RunUse> {
  for (let i = 0; places && i < places.length; i += 6) yield { path: entry.path, places, index: i, form, text };
}

export function checkRunTerms(entries: RunEntry<FileTerms>[], { options: opts, report }: RunContext<Options>): void {
  const kinds = opts.kinds as string[];
  const comparisons: { kind: string; uses: RunUse[]; safe: boolean }[] = [];
  if (kinds.includes('hyphenation')) {
    const keys = new Set(entries.flatMap((entry) => Object.keys(entry.data.hyphenated)));
    for (const key of keys) {
      const parts = key.split(' ');
      const closed = parts.join('');
      const uses = entries.flatMap((entry) => [...usesIn(entry, entry.data.hyphenated[key], 'hyphenated', parts.join('-')), ...usesIn(entry, entry.data.words[closed], 'closed', closed)]);
      comparisons.push({ kind: 'hyphenation', uses, safe: true });
    }
  }
  if (kinds.includes('spelling')) {
    const byKey = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const word of Object.keys(entry.data.words)) {
        const key = variantKeyOf(word);
        let set = byKey.get(key);
        if (!set) byKey.set(key, (set = new Set()));
        set.add(word);
      }
    }
    for (const forms of byKey.values()) {
      if (forms.size < 2 || ![...forms].every(isVariantEligible)) continue;
      comparisons.push({ kind: 'spelling', uses: entries.flatMap((entry) => [...forms].flatMap((form) => [...usesIn(entry, entry.data.words[form], form, form)])), safe: true });
    }
  }
  const reported = new Map(entries.map((entry) => [entry.path, new Set(entry.data.reported)]));
  for (const { kind, uses } of comparisons) {
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.form, (counts.get(use.form) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0]![1] < opts.minUses || ranked[0]![1] === ranked[1]![1]) continue;
    const [usual, count] = ranked[0]!;
    const home = uses.find((use) => use.form === usual)!;
    const files = new Set(uses.filter((use) => use.form === usual).map((use) => use.path)).size;
    const at = `${path.relative(process.cwd(), home.path) || home.path}:${home.places[home.index]}:${home.places[home.index + 1]}`;
    for (const use of uses) {
      const [line, column, offset, endLine, endColumn, endOffset] = use.places.slice(use.index, use.index + 6) as [number, number, number, number, number, number];
      if (use.form === usual || reported.get(use.path)!.has(offset)) continue;
      report({
        path: use.path,
        start: { line, column, offset },
        end: { line: endLine, column: endColumn, offset: endOffset },
        reason: `${kind === 'hyphenation' ? 'Hyphenation' : 'Spelling'} "${use.text}" differs from "${home.text}" (used ${count} times in ${files} file${files === 1 ? '' : 's'}, first at ${at})`,
        actual: use.text,
        expected: [home.text],
        data: { kind, form: use.form, usual, count, crossFile: true },
      });
    }
  }
}
