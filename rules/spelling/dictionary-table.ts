// A dictionary as nspell sees it once it has expanded the affixes (every form with its flags, and what the
// .aff file says about suggestions), written to a file by the build (scripts/build-dictionaries.ts) and read
// back at start-up in milliseconds instead of expanding the affixes again (about half a CPU second a
// dialect). The file holds the forms in a hash table and the tries of nearness.ts, in typed arrays.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type Dialect = 'en-US' | 'en-GB';

export const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };
const require = createRequire(import.meta.url);

/** What nspell's suggestion search reads besides the forms. */
export interface AffixData {
  /** Flags by name (NOSUGGEST, ONLYINCOMPOUND, KEEPCASE...): one character each; TRY and KEY as lists. */
  flags: { TRY: string[]; KEY: string[]; COMPOUNDMIN?: number } & Record<string, unknown>;
  replacementTable: [string, string][];
  conversion: { in: [RegExp, string][]; out: [RegExp, string][] };
  compoundRules: RegExp[];
  compoundRuleCodes: Record<string, string[]>;
}

/** Every form (affixes applied) with the flags of its entry, one character each: a Map, or the stored table. */
export interface FormTable {
  get(word: string): string | undefined;
  keys(): Iterable<string>;
  readonly size: number;
}

/** A trie in typed arrays: node 0 is the root; children are linked first-child / next-sibling. */
export interface Trie {
  size: number;
  char: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  terminal: Uint8Array;
  depth: number;
  /** Most children of one node: with the depth, the size of a search's stack. */
  fanOut: number;
}

/** One dialect's expanded dictionary, and the tries the build stored with it. */
export interface DictionaryTable extends AffixData {
  forms: FormTable;
  tries: { lowerWords?: Trie; lowerForms?: Trie };
}

/** The dictionary package's files, and what identifies them (a table built from other files is not used). */
export function dictionarySource(dialect: Dialect): { aff: string; dic: string; stamp: string } {
  const folder = path.dirname(require.resolve(PACKAGES[dialect]));
  const aff = path.join(folder, 'index.aff');
  const dic = path.join(folder, 'index.dic');
  const nspellVersion = (require('nspell/package.json') as { version: string }).version;
  return { aff, dic, stamp: `${PACKAGES[dialect]} aff ${fs.statSync(aff).size} dic ${fs.statSync(dic).size}; nspell ${nspellVersion}; table 1` };
}

/** The table of an nspell speller, in memory. The en dictionaries' flags are one character each. */
export function tableOf(speller: AffixData & { data: Record<string, string[]> }): DictionaryTable {
  const forms = new Map<string, string>();
  for (const word in speller.data) forms.set(word, speller.data[word]!.join(''));
  return { forms, flags: speller.flags, replacementTable: speller.replacementTable, conversion: speller.conversion, compoundRules: speller.compoundRules, compoundRuleCodes: speller.compoundRuleCodes, tries: {} };
}

/** FNV-1a over UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The forms in a hash table over one string of all of them: nothing to build at start-up. */
class StoredForms implements FormTable {
  constructor(
    private readonly text: string,
    /** Where each form starts in `text` (and, last, where the last one ends). */
    private readonly starts: Int32Array,
    private readonly flagIds: Uint16Array,
    private readonly flagSets: readonly string[],
    /** Open addressing: a form's index + 1, 0 for an empty slot. */
    private readonly slots: Int32Array,
  ) {}

  get size(): number {
    return this.flagIds.length;
  }

  get(word: string): string | undefined {
    const { text, starts, slots } = this;
    const mask = slots.length - 1;
    for (let slot = hashOf(word) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return undefined;
      const start = starts[entry - 1]!;
      if (starts[entry]! - start !== word.length) continue;
      let i = 0;
      while (i < word.length && text.charCodeAt(start + i) === word.charCodeAt(i)) i++;
      if (i === word.length) return this.flagSets[this.flagIds[entry - 1]!];
    }
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.flagIds.length; i++) yield this.text.slice(this.starts[i], this.starts[i + 1]);
  }
}

type Section = Int32Array | Uint16Array | Uint8Array;
const KINDS = { i32: Int32Array, u16: Uint16Array, u8: Uint8Array } as const;

interface Header {
  stamp: string;
  flags: AffixData['flags'];
  replacementTable: [string, string][];
  conversion: { in: [string, string, string][]; out: [string, string, string][] };
  compoundRules: [string, string][];
  compoundRuleCodes: Record<string, string[]>;
  flagSets: string[];
  tries: Record<string, { depth: number; fanOut: number }>;
  /** Each section's kind, byte offset (from the end of the header) and length in elements. */
  sections: Record<string, [keyof typeof KINDS, number, number]>;
}

/**
 * The file of a dictionary table (forms as one UTF-16 string, their flags, a hash table, the tries);
 * undefined when a flag is longer than one character or a form does not survive the round trip.
 */
export function tableFile(table: DictionaryTable & { tries: { lowerWords: Trie; lowerForms: Trie } }, stamp: string): Buffer | undefined {
  const words = [...table.forms.keys()];
  const flagSets: string[] = [];
  const flagIndex = new Map<string, number>();
  const flagIds = new Uint16Array(words.length);
  const starts = new Int32Array(words.length + 1);
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    const codes = table.forms.get(words[i]!)!;
    if (!flagIndex.has(codes)) flagIndex.set(codes, flagSets.push(codes) - 1);
    flagIds[i] = flagIndex.get(codes)!;
    starts[i] = offset;
    offset += words[i]!.length;
  }
  starts[words.length] = offset;
  if (flagSets.length > 0xffff) return undefined;
  const text = words.join('');
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  if (new TextDecoder('utf-16le').decode(units) !== text) return undefined;
  let capacity = 1;
  while (capacity < words.length * 2) capacity *= 2;
  const slots = new Int32Array(capacity);
  for (let i = 0; i < words.length; i++) {
    let slot = hashOf(words[i]!) & (capacity - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
    slots[slot] = i + 1;
  }
  const sections: Record<string, Section> = { text: units, starts, flagIds, slots };
  const tries: Header['tries'] = {};
  for (const [name, trie] of Object.entries(table.tries)) {
    tries[name] = { depth: trie.depth, fanOut: trie.fanOut };
    Object.assign(sections, { [`${name}.char`]: trie.char, [`${name}.firstChild`]: trie.firstChild, [`${name}.nextSibling`]: trie.nextSibling, [`${name}.terminal`]: trie.terminal });
  }
  const regexps = (list: [RegExp, string][]): [string, string, string][] => list.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]);
  const header: Header = {
    stamp,
    flags: table.flags,
    replacementTable: table.replacementTable,
    conversion: { in: regexps(table.conversion.in), out: regexps(table.conversion.out) },
    compoundRules: table.compoundRules.map((rule) => [rule.source, rule.flags]),
    compoundRuleCodes: table.compoundRuleCodes,
    flagSets,
    tries,
    sections: {},
  };
  const parts: Buffer[] = [];
  let at = 0;
  for (const [name, section] of Object.entries(sections)) {
    const kind = section instanceof Int32Array ? 'i32' : section instanceof Uint16Array ? 'u16' : 'u8';
    header.sections[name] = [kind, at, section.length];
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    const padded = Buffer.alloc(Math.ceil(bytes.length / 8) * 8);
    bytes.copy(padded);
    parts.push(padded);
    at += padded.length;
  }
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(Math.ceil((8 + json.length) / 8) * 8);
  head.writeUInt32LE(json.length, 0);
  json.copy(head, 8);
  return Buffer.concat([head, ...parts]);
}

export function tableFileName(dialect: Dialect): string {
  return `${dialect}.bin`;
}

/** Where the build writes the tables: dist/dictionaries/ (seen from dist/rules/spelling/), or dist/ beside the sources. */
function tableFolders(): string[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return [path.join(here, '../../dictionaries'), path.join(here, '../../dist/dictionaries')];
}

/** The stored table of a dialect, when the build wrote one for these dictionary files. */
export function readStoredTable(dialect: Dialect, stamp: string): DictionaryTable | undefined {
  for (const folder of tableFolders()) {
    let file: Buffer;
    try {
      file = fs.readFileSync(path.join(folder, tableFileName(dialect)));
    } catch {
      continue;
    }
    let table: DictionaryTable | undefined;
    try {
      table = tableFromFile(file, stamp);
    } catch {
      table = undefined; // a damaged file: nspell expands the dictionary instead
    }
    if (table) return table;
  }
  return undefined;
}

function tableFromFile(file: Buffer, stamp: string): DictionaryTable | undefined {
  const length = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 8, 8 + length)) as Header;
  if (header.stamp !== stamp) return undefined;
  // Typed arrays need aligned offsets: copy the file when its buffer does not start on one.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
  const base = bytes.byteOffset + Math.ceil((8 + length) / 8) * 8;
  const section = <K extends keyof typeof KINDS>(name: string): InstanceType<(typeof KINDS)[K]> => {
    const [kind, offset, count] = header.sections[name]!;
    return new KINDS[kind](bytes.buffer as ArrayBuffer, base + offset, count) as InstanceType<(typeof KINDS)[K]>;
  };
  const text = new TextDecoder('utf-16le').decode(section<'u16'>('text'));
  const forms = new StoredForms(text, section<'i32'>('starts'), section<'u16'>('flagIds'), header.flagSets, section<'i32'>('slots'));
  const tries: DictionaryTable['tries'] = {};
  for (const [name, { depth, fanOut }] of Object.entries(header.tries)) {
    const char = section<'u16'>(`${name}.char`);
    tries[name as keyof DictionaryTable['tries']] = { size: char.length, char, firstChild: section<'i32'>(`${name}.firstChild`), nextSibling: section<'i32'>(`${name}.nextSibling`), terminal: section<'u8'>(`${name}.terminal`), depth, fanOut };
  }
  const regexps = (list: [string, string, string][]): [RegExp, string][] => list.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement]);
  return {
    forms,
    flags: header.flags,
    replacementTable: header.replacementTable,
    conversion: { in: regexps(header.conversion.in), out: regexps(header.conversion.out) },
    compoundRules: header.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
    compoundRuleCodes: header.compoundRuleCodes,
    tries,
  };
}
