// Finding the files to lint and reading them safely.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

export const LINTED_EXTENSIONS = ['.txt', '.md', '.markdown'];
const IGNORE_FILES = ['.gitignore', '.copydeskignore'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export interface SourceText {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** A problem with one input file: reported on stderr, the run goes on and exits 2. */
export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly filePath: string,
    message: string,
  ) {
    super(`${filePath}: ${message}`);
  }
}

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

/** Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary and invalid text are errors. */
export function decode(buffer: Uint8Array, filePath: string): SourceText {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), encoding: 'utf16le', bom: true };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), encoding: 'utf16be', bom: true };
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = bom ? buffer.subarray(3) : buffer;
  if (body.subarray(0, 8192).includes(0)) throw new FileError(filePath, 'binary file, not text (it contains NUL bytes)');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf8', bom };
  } catch {
    const at = firstInvalidUtf8(body);
    throw new FileError(filePath, `not valid UTF-8 text (bad byte at offset ${at}); convert it to UTF-8 first`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

export function encode(source: SourceText, text: string): Buffer {
  if (source.encoding === 'utf8') return Buffer.concat([source.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (source.encoding === 'utf16be') le.swap16();
  return Buffer.concat([Buffer.from(source.encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

export function readSource(filePath: string): SourceText {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(filePath);
  } catch (error) {
    throw new FileError(filePath, `cannot read: ${errnoText(error)}`);
  }
  return decode(buffer, filePath);
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function scopesFor(folder: string, inherited: IgnoreScope[]): IgnoreScope[] {
  const rules = ignore();
  let found = false;
  for (const name of IGNORE_FILES) {
    const file = path.join(folder, name);
    if (fs.existsSync(file)) {
      rules.add(fs.readFileSync(file, 'utf8'));
      found = true;
    }
  }
  return found ? [...inherited, { base: folder, rules }] : inherited;
}

function isIgnored(absolute: string, isFolder: boolean, scopes: IgnoreScope[]): boolean {
  return scopes.some(({ base, rules }) => {
    const relative = path.relative(base, absolute).split(path.sep).join('/');
    if (!relative || relative.startsWith('..')) return false;
    return rules.ignores(isFolder ? `${relative}/` : relative);
  });
}

/** Ignore files from the current folder and the folders above the walk's root (up to the git top). */
function rootScopes(root: string): IgnoreScope[] {
  const folders: string[] = [];
  let dir = path.resolve(root);
  for (;;) {
    folders.unshift(dir);
    if (fs.existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return folders.reduce<IgnoreScope[]>((scopes, folder) => scopesFor(folder, scopes), []);
}

function walk(folder: string, scopes: IgnoreScope[], out: string[]): void {
  const here = scopesFor(folder, scopes);
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(absolute, true, here)) continue;
      walk(absolute, here, out);
    } else if (entry.isFile() && LINTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      if (!isIgnored(absolute, false, here)) out.push(absolute);
    }
  }
}

/**
 * Expands the command line's files, folders and globs into a sorted, de-duplicated list of paths
 * (relative to `cwd` when inside it). Named files are linted whatever their extension; folders and
 * globs yield only .txt/.md/.markdown files not ignored by .gitignore or .copydeskignore.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const before = found.length;
      walk(absolute, rootScopes(absolute), found);
      if (found.length === before) {
        const ignored = isIgnored(absolute, true, rootScopes(path.dirname(absolute)));
        const why = ignored ? ': the folder is ignored by a .gitignore or .copydeskignore above it (name its files to lint them)' : '';
        throw new UsageError(`No .txt, .md or .markdown files found in folder "${input}"${why}`);
      }
    } else if (stat) {
      found.push(absolute);
    } else if (isDynamicPattern(input)) {
      const scopes = new Map<string, IgnoreScope[]>();
      const scopesOf = (folder: string): IgnoreScope[] => {
        if (!scopes.has(folder)) scopes.set(folder, rootScopes(folder));
        return scopes.get(folder)!;
      };
      const matches = (await glob(input, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
        .filter((file) => LINTED_EXTENSIONS.includes(path.extname(file).toLowerCase()))
        .filter((file) => !isIgnored(file, false, scopesOf(path.dirname(file))))
        .sort();
      if (matches.length === 0) throw new UsageError(`No files match "${input}"`);
      found.push(...matches);
    } else {
      throw new FileError(input, 'cannot read: no such file or folder');
    }
  }
  const unique = [...new Set(found)];
  return unique.map((file) => {
    const relative = path.relative(cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  });
}
