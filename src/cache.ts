// --cache: results of files whose content, configuration and copydesk build have not changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SerialResult } from './run/serial.js';

export const DEFAULT_CACHE_LOCATION = path.join('node_modules', '.cache', 'copydesk');
const CACHE_FILE = 'lint-results.json';
const FORMAT = 1;

interface CacheEntry {
  key: string;
  result: SerialResult;
}

interface CacheData {
  format: number;
  entries: Record<string, CacheEntry>;
}

let buildId: string | undefined;

/**
 * The copydesk version plus a hash of its compiled code, so that a rebuilt copydesk (new rules,
 * new dictionaries in a dependency update) never reuses old results.
 */
export function copydeskBuild(version: string): string {
  if (buildId) return buildId;
  const hash = crypto.createHash('sha256').update(version);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const walk = (folder: string): void => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'rules'));
  const lock = path.join(root, '..', 'package-lock.json');
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock));
  buildId = hash.digest('hex');
  return buildId;
}

export class LintCache {
  private data: CacheData = { format: FORMAT, entries: {} };
  private changed = false;
  readonly file: string;

  constructor(
    location: string,
    private readonly build: string,
  ) {
    this.file = path.join(location, CACHE_FILE);
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as CacheData;
      if (data.format === FORMAT && data.entries && typeof data.entries === 'object') this.data = data;
    } catch {
      // No cache yet, or an unreadable one: start afresh.
    }
  }

  /** The key of one file's result: content hash, configuration and copydesk build. */
  keyFor(text: string, configKey: string): string {
    return crypto.createHash('sha256').update(text).update('\0').update(configKey).update('\0').update(this.build).digest('hex');
  }

  get(absolutePath: string, key: string): SerialResult | undefined {
    const entry = this.data.entries[absolutePath];
    return entry && entry.key === key ? entry.result : undefined;
  }

  set(absolutePath: string, key: string, result: SerialResult): void {
    this.data.entries[absolutePath] = { key, result };
    this.changed = true;
  }

  /** Writes the cache (atomically), dropping entries of files that no longer exist. */
  save(): void {
    for (const file of Object.keys(this.data.entries)) {
      if (!fs.existsSync(file)) {
        delete this.data.entries[file];
        this.changed = true;
      }
    }
    if (!this.changed) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.data));
    fs.renameSync(temp, this.file);
    this.changed = false;
  }
}
