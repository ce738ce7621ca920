// Finding the files to lint and reading them safely.
import crypto from 'node:crypto';
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
  /** SHA-256 of the bytes read (files only): --fix writes only when the file still holds them. */
  digest?: string;
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
  if (code === 'ELOOP') return 'a symbolic link that points to itself (or a loop of links)';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return (error as Error).message;
}

/** Where copydesk says what it skipped (once per message); the command line prints these on stderr. */
let warnHandler: (message: string) => void = () => {};
const warned = new Set<string>();
export function onWarning(handler: (message: string) => void): void {
  warnHandler = handler;
  warned.clear();
}
export function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  warnHandler(message);
}

/** Configuration, ignore and word-list files larger than this are refused. */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** Whether `file` lies inside `root` (after resolving links). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Reads a configuration, ignore or word-list file as UTF-8: a regular file of at most MAX_SETTINGS_FILE_BYTES,
 * and, when it is a symbolic link and `root` is given, one whose target is inside `root`. Throws a one-line
 * Error (no stack for the user) otherwise.
 */
export function readSettingsFile(file: string, root?: string): string {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error) {
    throw new Error(errnoText(error));
  }
  if (root !== undefined && real !== path.resolve(file) && !isInside(fs.realpathSync(root), real)) {
    throw new Error(`a symbolic link to ${real}, outside the project (${root}): not followed`);
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(real, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Error(stat.isDirectory() ? 'is a folder, not a file' : 'not a regular file (a device, FIFO or socket)');
    if (stat.size > MAX_SETTINGS_FILE_BYTES) throw new Error(`larger than the limit of ${MAX_SETTINGS_FILE_BYTES / 1048576} MB`);
    return fs.readFileSync(fd, 'utf8');
  } catch (error) {
    throw new Error((error as NodeJS.ErrnoException).code ? errnoText(error) : (error as Error).message);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Decodes a file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary and invalid text are errors. */
export function decode(buffer: Uint8Array, filePath: string): SourceText {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buffer.subarray(2)), encoding: 'utf16le', bom: true };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buffer.subarray(2)), encoding: 'utf16be', bom: true };
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const body = bom ? buffer.subarray(3) : buffer;
  if (body.includes(0)) {
    const utf16 = utf16WithoutBom(body);
    if (utf16) throw new FileError(filePath, `looks like ${utf16} text without a byte-order mark: convert it to UTF-8 (or add a BOM)`);
    throw new FileError(filePath, `binary file, not text (it contains a NUL byte at offset ${body.indexOf(0)})`);
  }
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

/** UTF-16LE or UTF-16BE when most bytes at odd (or even) offsets of the start are zero and the others are not. */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, 65536) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.7 && evenZeros <= pairs * 0.1) return 'UTF-16LE';
  if (evenZeros >= pairs * 0.7 && oddZeros <= pairs * 0.1) return 'UTF-16BE';
  return undefined;
}

/** Files larger than this are refused: their analysis would need more memory than a run should take. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * Reads a regular file (never a device, FIFO or socket: opened without blocking, checked before reading),
 * up to MAX_FILE_BYTES, and decodes it.
 */
export function readSource(filePath: string): SourceText {
  let buffer: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new FileError(filePath, 'cannot read: is a folder');
    if (!stat.isFile()) throw new FileError(filePath, 'not read: not a regular file (a device, FIFO or socket)');
    if (stat.size > MAX_FILE_BYTES) {
      throw new FileError(filePath, `not read: ${(stat.size / 1048576).toFixed(1)} MB is more than the limit of ${MAX_FILE_BYTES / 1048576} MB a file (split it)`);
    }
    buffer = fs.readFileSync(fd);
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(filePath, `cannot read: ${errnoText(error)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return { ...decode(buffer, filePath), digest: crypto.createHash('sha256').update(buffer).digest('hex') };
}

/** Links out of this folder (the working folder of the run) are not followed by globs or settings files. */
let projectRoot: string | undefined;

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

function scopesFor(folder: string, inherited: IgnoreScope[]): IgnoreScope[] {
  const rules = ignore();
  let found = false;
  for (const name of IGNORE_FILES) {
    const file = path.join(folder, name);
    if (!fs.existsSync(file)) continue;
    try {
      rules.add(readSettingsFile(file, projectRoot));
      found = true;
    } catch (error) {
      warn(`${file}: skipped: ${(error as Error).message}`);
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

/** Folders a walk could not read, reported by the command line after the run. */
let unreadable: FileError[] = [];

function walk(folder: string, scopes: IgnoreScope[], out: string[]): void {
  const here = scopesFor(folder, scopes);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    // Reported at the end of the run (exit 2) after everything else is linted.
    unreadable.push(new FileError(folder, `cannot read the folder: ${errnoText(error)}`));
    return;
  }
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
 * A glob's match is linted only when it is a regular file inside the project (the working folder), also
 * after following links: globs obey the rule folder walks keep, which never follow links.
 */
function globMatchIsSafe(file: string, cwd: string): boolean {
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(file);
    stat = fs.statSync(real);
  } catch (error) {
    warn(`${path.relative(cwd, file) || file}: skipped: ${errnoText(error)}`);
    return false;
  }
  if (real !== file && !isInside(fs.realpathSync(cwd), real)) {
    warn(`${path.relative(cwd, file)}: skipped: a symbolic link to outside the project`);
    return false;
  }
  if (!stat.isFile()) {
    warn(`${path.relative(cwd, file)}: skipped: not a regular file (a device, FIFO or socket)`);
    return false;
  }
  return true;
}

/**
 * Expands the command line's files, folders and globs into a sorted, de-duplicated list of paths
 * (relative to `cwd` when inside it). Named files are linted whatever their extension; folders and
 * globs yield only .txt/.md/.markdown files not ignored by .gitignore or .copydeskignore.
 */
export async function expandInputs(inputs: readonly string[], cwd: string, problems: FileError[] = []): Promise<string[]> {
  const found: string[] = [];
  projectRoot = cwd;
  unreadable = problems;
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new FileError(input, `cannot read: ${errnoText(error)}`);
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
      const matches = (await glob(input, { cwd, absolute: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }))
        .filter((file) => LINTED_EXTENSIONS.includes(path.extname(file).toLowerCase()))
        .filter((file) => globMatchIsSafe(file, cwd))
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
