// Shared shapes: the per-document analysis every rule reads, and the rule anatomy.

export type DocumentFormat = 'text' | 'markdown';

/** What kind of block a paragraph is; rules skip kinds that are not running prose. */
export type ParagraphKind =
  | 'body' // running prose
  | 'heading' // Markdown heading
  | 'line' // a short stand-alone line without sentence punctuation (headline, byline, dateline)
  | 'list' // list item
  | 'blockquote'
  | 'table'; // table cell

export interface Paragraph {
  index: number;
  kind: ParagraphKind;
  /** Offsets into the document text; `text` is the slice, with Markdown markup blanked out. */
  start: number;
  end: number;
  text: string;
  /** Index range into `Analysis.sentences` (end exclusive). */
  sentenceStart: number;
  sentenceEnd: number;
}

export type TokenType =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'other';

export interface Token {
  index: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  start: number;
  end: number;
  type: TokenType;
  /** Universal part-of-speech tag from the NLP model (NOUN, PROPN, VERB, AUX, ...). */
  pos: string;
  sentence: number;
  /** True when white space (or the start of the paragraph) precedes the token. */
  spaceBefore: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Index range into `Analysis.tokens` (end exclusive). */
  tokenStart: number;
  tokenEnd: number;
}

/** A capitalised run of words that may name a person or organisation. */
export interface NameMention {
  /** Offsets of the name itself (title excluded). */
  start: number;
  end: number;
  text: string;
  /** The name's words, as written. */
  words: string[];
  /** Index range into `Analysis.tokens` for the name words (end exclusive). */
  tokenStart: number;
  tokenEnd: number;
  /** A title or honorific written just before the name ("Prime Minister", "Mr"), if any. */
  title?: string;
  /** True when the first word of the mention starts its sentence. */
  sentenceInitial: boolean;
  /** True when the mention is followed by a possessive 's. */
  possessive: boolean;
  sentence: number;
}

export interface Analysis {
  text: string;
  format: DocumentFormat;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: NameMention[];
  /** The line:column point of an offset (the line index is built once, on first use). */
  point(offset: number): Point;
  /** Per-document memo for derived data that several rules share (computed once, on first use). */
  shared<T>(key: string, compute: () => T): T;
}

export type Severity = 'off' | 'warn' | 'error';

/** Declarative option schema: used to validate configuration and to document options. */
export type OptionSpec =
  | { type: 'number'; default: number; min?: number; max?: number; integer?: boolean; description: string }
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description: string }
  | { type: 'string[]'; default: readonly string[]; description: string }
  | { type: 'object'; default: unknown; description: string; validate: (value: unknown) => string | undefined };

export type OptionSchema = Record<string, OptionSpec>;

export type OptionsOf<S extends OptionSchema> = {
  [K in keyof S]: S[K] extends { type: 'number' }
    ? number
    : S[K] extends { type: 'boolean' }
      ? boolean
      : S[K] extends { type: 'string' }
        ? string
        : S[K] extends { type: 'string[]' }
          ? string[]
          : unknown;
};

/** A finding as a rule reports it: offsets into the document text. */
export interface Finding {
  start: number;
  end: number;
  reason: string;
  actual?: string;
  expected?: string[];
  note?: string;
  /** Rule-specific detail (kind of problem, related places...), kept in the message's `data`. */
  data?: Record<string, unknown>;
  /** Replacement text for [start, end) that `--fix` may apply; only set when the fix is safe. */
  fix?: string;
  /** A note for the reader rather than a warning (severity info: never fails a run, not counted by --max-warnings). */
  info?: boolean;
  /** Overrides the rule id for a rule that reports under several ids (e.g. duplicate-sentence). */
  ruleId?: string;
}

export interface RuleContext<O> {
  analysis: Analysis;
  options: O;
  /** Path of the file being linted (may be undefined for standard input without a name). */
  path?: string;
  /** Configuration-level settings shared by all rules (e.g. personal dictionary words). */
  settings: Settings;
  /** Whether a rule id (this rule's, or one of its `extraIds`) is on for this file: work for an id that is off can be skipped. */
  isOn(ruleId: string): boolean;
  report(finding: Finding): void;
}

/** A finding reported by a cross-file check: the place is already resolved to points. */
export interface RunFinding extends Omit<Finding, 'start' | 'end' | 'fix'> {
  path: string;
  start: Point;
  end: Point;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface RunEntry<D> {
  path: string;
  data: D;
}

export interface RunContext<O> {
  options: O;
  settings: Settings;
  report(finding: RunFinding): void;
}

export interface RuleDefinition<S extends OptionSchema = OptionSchema, D = unknown> {
  id: string;
  /** Other ids this rule reports under (each can be configured on its own). */
  extraIds?: readonly string[];
  description: string;
  defaultSeverity: Severity;
  /** True when some findings carry a safe fix. */
  fixable?: boolean;
  options: S;
  check(context: RuleContext<OptionsOf<S>>): void;
  /** Per-file data kept for a cross-file check (must be JSON-serialisable). */
  collect?(context: RuleContext<OptionsOf<S>>): D | undefined;
  /** Runs once after every file of a run has been checked, on what `collect` kept. */
  checkRun?(entries: RunEntry<D>[], context: RunContext<OptionsOf<S>>): void;
}

/** Settings from the configuration file that are not one rule's. */
export interface Settings {
  /** Personal dictionary: words every rule treats as known. */
  words: string[];
}
