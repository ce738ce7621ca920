// Types for nspell (it ships none): the Hunspell-compatible engine inside retext-spell.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    /** Stems and their affix flags. */
    data: Record<string, string[] | undefined>;
  }
  function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): NSpell;
  export default nspell;
}
