// Small, fast 32-bit hashes (no dependency): FNV-1a for strings, murmur3's finaliser for mixing.

export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of an ordered pair of hashes. */
export function combine(a: number, b: number): number {
  return mix((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}

/** A 64-bit key (as hex) for exact comparison of long strings. */
export function textKey(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0') + fnv1a(text, 0x2f3a1b7d).toString(16).padStart(8, '0');
}
