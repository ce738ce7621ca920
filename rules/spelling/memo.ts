// Process-wide memo tables, cleared when they grow too large (a long run meets endless distinct words).
const LIMIT = 200_000;

/** Stored for an undefined answer, so that one lookup tells a known answer from a missing one. */
const NONE = Symbol('none');

export class Memo<T> {
  private readonly table = new Map<string, T | typeof NONE>();

  get(key: string, compute: (key: string) => T): T {
    const stored = this.table.get(key);
    if (stored !== undefined) return stored === NONE ? (undefined as T) : stored;
    const value = compute(key);
    if (this.table.size >= LIMIT) this.table.clear();
    this.table.set(key, value === undefined ? NONE : value);
    return value;
  }
}

/** One memo per key (a dialect, a set of personal words), the few most recent kept. */
export class MemoFamily<T> {
  private readonly members = new Map<string, Memo<T>>();

  of(key: string): Memo<T> {
    let memo = this.members.get(key);
    if (!memo) {
      if (this.members.size >= 8) this.members.clear();
      this.members.set(key, (memo = new Memo<T>()));
    }
    return memo;
  }
}
