// Bounds on per-word work, so that no token (a hash, base64, a DNA string) costs more than a few milliseconds.

/** Words longer than this are never checked: no dictionary suggestion, no edit search, no split into two words. */
export const MAX_CHECKED_WORD_LENGTH = 40;
