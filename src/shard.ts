// --shard i/n: a deterministic part of the file list, so a CI matrix can split a large archive.
import { UsageError } from './errors.js';

export interface Shard {
  index: number;
  total: number;
}

/** More parts than this is a mistake, not a CI matrix. */
export const MAX_SHARDS = 10_000;

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (match && total > MAX_SHARDS) throw new UsageError(`--shard takes at most ${MAX_SHARDS} parts, got "${value}"`);
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(total) || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard takes i/n with 1 <= i <= n (e.g. 2/4), got "${value}"`);
  }
  return { index, total };
}

/** Every n-th file of the (sorted, deterministic) list, starting at the i-th: shards are balanced and disjoint. */
export function selectShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, position) => position % shard.total === shard.index - 1);
}

/** Orders paths as a folder walk does: segment by segment, so merged shard reports read like one run. */
export function comparePaths(a: string, b: string): number {
  const left = a.split(/[\\/]/);
  const right = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i]! < right[i]! ? -1 : 1;
  }
  return left.length - right.length;
}
