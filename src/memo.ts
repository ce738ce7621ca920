// Process-wide memo tables for pure decisions by key (is a word known, its suggestions, ...).
// Each table has a unique name, so threads linting in parallel can share what they decide:
// a thread records what it computes (a journal) and the others absorb it.

/** Entries kept per table before it is cleared (a long run meets endless distinct words). */
const LIMIT = 200_000;

/** Stored for an undefined answer, so that one lookup tells a known answer from a missing one. */
const NONE = Symbol('none');

/** One decision: the table's name, the family member's key ('' for a plain table), the key, the answer. */
export type MemoEntry = [table: string, member: string, key: string, value: unknown];

const tables = new Map<string, Memo<unknown> | MemoFamily<unknown>>();
let journal: MemoEntry[] | undefined;

function register(name: string, table: Memo<unknown> | MemoFamily<unknown>): void {
  if (tables.has(name)) throw new Error(`two memo tables are named "${name}"`);
  tables.set(name, table);
}

export class Memo<T> {
  private readonly table = new Map<string, T | typeof NONE>();
  /** The name decisions are journalled under: the table's own, or its family's. */
  private readonly journalName: string | undefined;

  /** `name` registers the table for sharing between threads; a family's members have none of their own. */
  constructor(
    name: string | undefined,
    private readonly family?: { name: string; member: string },
  ) {
    if (name !== undefined) register(name, this as Memo<unknown>);
    this.journalName = name ?? family?.name;
  }

  get(key: string, compute: (key: string) => T): T {
    const stored = this.table.get(key);
    if (stored !== undefined) return stored === NONE ? (undefined as T) : stored;
    const value = compute(key);
    this.put(key, value);
    if (journal && this.journalName !== undefined) journal.push([this.journalName, this.family?.member ?? '', key, value]);
    return value;
  }

  put(key: string, value: T): void {
    if (this.table.size >= LIMIT) this.table.clear();
    this.table.set(key, value === undefined ? NONE : value);
  }
}

/** One memo per member key (a dialect, a set of personal words), the few most recent kept. */
export class MemoFamily<T> {
  private readonly members = new Map<string, Memo<T>>();

  constructor(private readonly name: string) {
    register(name, this as MemoFamily<unknown>);
  }

  of(member: string): Memo<T> {
    let memo = this.members.get(member);
    if (!memo) {
      if (this.members.size >= 8) this.members.clear();
      this.members.set(member, (memo = new Memo<T>(undefined, { name: this.name, member })));
    }
    return memo;
  }
}

/** From now on, every computed decision is also recorded for `takeMemoJournal`. */
export function startMemoJournal(): void {
  journal ??= [];
}

/** Stops recording (and drops what was not taken). */
export function stopMemoJournal(): void {
  journal = undefined;
}

/** The decisions computed since the last call (empty when no journal was started). */
export function takeMemoJournal(): MemoEntry[] {
  if (!journal || journal.length === 0) return [];
  const taken = journal;
  journal = [];
  return taken;
}

/** Stores decisions another thread computed; unknown tables (another build) are skipped. */
export function absorbMemoJournal(entries: readonly MemoEntry[]): void {
  for (const [name, member, key, value] of entries) {
    const table = tables.get(name);
    if (table instanceof MemoFamily) table.of(member).put(key, value);
    else table?.put(key, value);
  }
}
