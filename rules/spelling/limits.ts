// Bounds on per-word work, so that no token (a hash, base64, a DNA string) costs more than a few milliseconds.

/** Words longer than this are never checked: no dictionary suggestion, no edit search, no split into two words. */
export const MAX_CHECKED_WORD_LENGTH = 40;

/**
 * Distinct unknown words per document that get a dictionary search (40 to 150 ms each): past this, a document
 * is gibberish, a foreign language or a word list, and its further unknown words are left alone.
 */
export const MAX_SEARCHED_WORDS_PER_DOCUMENT = 60;
