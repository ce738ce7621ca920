// Types for nspell (it ships none): the Hunspell-compatible engine inside retext-spell.
declare module 'nspell' {
  export interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    /** Every form the dictionary knows (affixes applied), with the flags of its entry. */
    data: Record<string, string[]>;
    flags: { TRY: string[]; KEY: string[]; COMPOUNDMIN?: number } & Record<string, unknown>;
    /** The .aff file's REP pairs. */
    replacementTable: [string, string][];
    /** Patterns for numbers written with an ordinal suffix ("21st"). */
    compoundRules: RegExp[];
    /** The entries each compound flag marks (the parts compounds are made of). */
    compoundRuleCodes: Record<string, string[]>;
    conversion: { in: [RegExp, string][]; out: [RegExp, string][] };
  }
  function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): NSpell;
  export default nspell;
}
