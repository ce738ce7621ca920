// Which sentences are running prose worth checking, and small helpers on tokens that the checks share.
import type { Analysis, Paragraph, Sentence, Token } from '../../src/types.js';
import { isBaseVerb, isParticipleOnly, isPastTense, isThirdPerson } from './verb-forms.js';

/** A photo, video or source credit: "Photo: VNA", "(Photo: Hu Hung)". */
export const CREDIT_MARKER = /(?<!\p{L})(?:Photos?|Images?|Videos?|Photo credit|Credit|Source|Ảnh)\s*:/u;
/** A credit that ends a paragraph: "... in Hanoi. (Photo: VNA)" or "... Photo: VNA". */
const TRAILING_CREDIT =
  /(?:\((?:Photos?|Images?|Videos?|Photo credit|Credit|Source|Ảnh)\s*:[^()]{1,60}\)|\((?:[A-Z]{2,6}|Photo)\)|[.!?]\s+(?:Photos?|Images?|Videos?|Photo credit|Credit|Source|Ảnh)\s*:[^.!?]{1,60})\s*$/u;
/** A dateline that opens a news paragraph: "HANOI (VNA) –", "Hanoi, March 26 (VNA) -". */
const DATELINE = /^(?:\p{Lu}[\p{L} .,'’]{1,40}?\s*)?\([A-Z][\w/ .-]{0,24}\)\s*[–—-]+\s*|^\p{Lu}[\p{Lu} .,'’]{2,40}\s*[–—-]+\s+/u;
/** Quotation marks; an apostrophe after "s" is a possessive ("Hayes’ Cabinet"), not a closing quote. */
const QUOTES = /["“”«»]|(?:^|\s)['‘]|(?<!s)['’](?:\s|$)/u;

/** A body paragraph that is really a photo caption: it ends with (or is) a credit. */
export function isCaption(paragraph: Paragraph): boolean {
  if (!/[:(]/.test(paragraph.text)) return false;
  return TRAILING_CREDIT.test(paragraph.text) || /^(?:Photos?|Images?|Videos?|Photo credit|Credit|Source)\s*:/u.test(paragraph.text);
}

/**
 * Did the sentence splitter cut at a real boundary? "$94.5", "U.S." and "Chinanews.com" can fool it:
 * a real boundary has white space after the full stop.
 */
function isCleanSplit(analysis: Analysis, sentence: Sentence): boolean {
  const first = analysis.tokens[sentence.tokenStart]!;
  const previous = analysis.sentences[sentence.index - 1];
  if (previous?.paragraph === sentence.paragraph && !first.spaceBefore) return false;
  const next = analysis.sentences[sentence.index + 1];
  return !(next?.paragraph === sentence.paragraph && !analysis.tokens[next.tokenStart]!.spaceBefore);
}

/**
 * In Markdown, a sentence next to or around inline code (blanked, so it may hide the verb) or inside
 * emphasis ("**A linter for prose.**").
 */
function touchesMarkup(analysis: Analysis, sentence: Sentence): boolean {
  if (analysis.format !== 'markdown') return false;
  const before = analysis.text.slice(Math.max(0, sentence.start - 3), sentence.start);
  const after = analysis.text.slice(sentence.end, sentence.end + 1);
  return /[`*_\]]/.test(before) || /[*_`]/.test(after) || analysis.text.slice(sentence.start, sentence.end).includes('`');
}

/**
 * Does the paragraph carry on a sentence from the line before? Hard-wrapped text whose breaks all
 * fall before capitalised words ("... leader, Duc Minh" / "Tran, at least 14 times.") can be read
 * as one paragraph per line.
 */
function continuesLine(analysis: Analysis, paragraph: Paragraph): boolean {
  const previous = analysis.paragraphs[paragraph.index - 1];
  if (!previous || analysis.format !== 'text') return false;
  const between = analysis.text.slice(previous.end, paragraph.start);
  // A paragraph after one that ends with a comma or colon carries on its sentence or quotes what it
  // introduces ("... he wrote, Bacon," / "Was a real, though unofficial, Ambassador ...").
  if (/[,:]\s*$/u.test(previous.text)) return true;
  return !/\n[ \t]*\r?\n/.test(between) && !/[.!?:;"”’)]\s*$/u.test(previous.text);
}

/** Sentences of running prose: body paragraphs only, captions, credits and bad splits left out. */
export function proseSentences(analysis: Analysis): Sentence[] {
  return analysis.shared('garbled-sentence:prose', () =>
    analysis.paragraphs
      // A credit marker needs a colon (cheap first).
      .filter((paragraph) => paragraph.kind === 'body' && !isCaption(paragraph) && !(paragraph.text.includes(':') && CREDIT_MARKER.test(paragraph.text)))
      .flatMap((paragraph) => {
        const from = paragraph.sentenceStart + (continuesLine(analysis, paragraph) ? 1 : 0);
        return analysis.sentences.slice(from, paragraph.sentenceEnd);
      })
      .filter((sentence) => isCleanSplit(analysis, sentence) && !touchesMarkup(analysis, sentence)),
  );
}

export function sentenceTokens(analysis: Analysis, sentence: Sentence): Token[] {
  return analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** Tokens after an opening dateline ("HANOI (VNA) –"), if the sentence has one. */
export function contentTokens(analysis: Analysis, sentence: Sentence): Token[] {
  const tokens = sentenceTokens(analysis, sentence);
  const dateline = DATELINE.exec(sentence.text);
  if (!dateline) return tokens;
  const from = sentence.start + dateline[0].length;
  return tokens.filter((token) => token.start >= from);
}

export function words(tokens: Token[]): Token[] {
  return tokens.filter((token) => token.type === 'word' || token.type === 'number');
}

/** How many words and numbers (`words(tokens).length` without the array). */
export function wordCount(tokens: Token[]): number {
  let count = 0;
  for (const token of tokens) {
    const type = token.type;
    if (type === 'word' || type === 'number') count++;
  }
  return count;
}

/** The end of a text, for patterns anchored at its end (a regular expression tries every place before it). */
export const tail = (text: string): string => (text.length > 12 ? text.slice(-12) : text);

/** Openers of fragments that writers use on purpose, and of credit and update lines. */
const DELIBERATE =
  /^(?:In (?:short|brief|sum|all|other words|total)|All in all|No wonder|Small wonder|So much for|Hence|Thus|Not|(?:Additional )?(?:Reporting|Editing|Writing|Compiled|Edited|Written|Translated|Produced|Photos?) by|(?:Last )?(?:Updated|Posted|Published|Filed)|Copyright|(?:(?:Many|Special|With) )?[Tt]hanks (?:to|also)|Many thanks)\b/u;
/** A comparative correlative, verbless by design: "The higher the job, the higher the floor." */
const CORRELATIVE = /^The (?:more|less|fewer|\p{L}+er)\b[^,]*, the (?:more|less|fewer|\p{L}+er)\b/u;
/** A headline that kept its source: "... policy - China News Network." */
// A hyphen inside a word ("Comité France-Amérique.") is not the dash before a source.
const SOURCE_SUFFIX = /(?:\s[-–—|]|[–—|])\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\.$/u;

const ADJECTIVE_SUFFIX = /(?:ful|able|ible|ive|ous|less|ent|ant|ary)$/;

/** "Useful as a filter.", "Ready for use.": an adjective opening a predicate whose "It is" was left out. */
export function isElidedPredicate(tokens: Token[]): boolean {
  let first: Token | undefined;
  let second: Token | undefined;
  for (const token of tokens) {
    if (!/\S/u.test(token.text)) continue;
    if (first === undefined) first = token;
    else {
      second = token;
      break;
    }
  }
  if (!first || !second || !['ADP', 'SCONJ', 'PART', 'ADV'].includes(second.pos)) return false;
  // The tagger often takes a capitalised adjective for a name: trust its suffix then ("Useful").
  // "Such as military commissions." is the tail of a list split off its sentence, not a predicate.
  if (first.lower === 'such') return false;
  // "Secretary of the society." is a title: an adjective in -ary takes "for" or "to" ("Necessary for ...").
  if (first.pos === 'PROPN' && /ary$/.test(first.lower) && second.lower === 'of') return false;
  return first.pos === 'ADJ' || (first.pos === 'PROPN' && ADJECTIVE_SUFFIX.test(first.lower));
}

/** Quotation marks only around a short name or term inside the sentence ("the so-called “American System,”"). */
function onlyScareQuotes(text: string): boolean {
  if (/^["“'‘«]/u.test(text)) return false;
  const stripped = text.replace(/[“"«]([^”"»]{1,40})[”"»]/gu, (_quoted, inner: string) => (inner.split(/\s+/).length <= 4 ? ' ' : '"'));
  return !QUOTES.test(stripped);
}

/** A sentence that ends in a full stop and quotes nobody: statements we can judge. */
export function isPlainStatement(sentence: Sentence): boolean {
  const text = sentence.text;
  if (!/[\p{L}\p{N}]\p{L}\.$|\p{N}\.$|\)\.$/u.test(tail(text)) || text.includes(':') || (QUOTES.test(text) && !onlyScareQuotes(text))) return false;
  // "Shanshan shares (600884." : the splitter cut inside brackets.
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) return false;
  // Bylines and list debris ("- Economic Observer Network reporter Chen Shan."), headlines, and
  // fragments written on purpose ("The result: a sharp fall.", "In short, a good year.").
  return !isDeliberate(text);
}

/** Bylines and list debris ("- Economic Observer Network reporter."), headlines with their source, credit and update lines. */
export function isDeliberate(text: string): boolean {
  return /^[-–—•*]/u.test(text) || (/[-–—|]/u.test(text) && SOURCE_SUFFIX.test(text)) || DELIBERATE.test(text) || CORRELATIVE.test(text);
}

/** Month names as they appear in dates ("February 10th", "10 Feb"). */
export const DATE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d|\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
/** A day of the week, as a caption dates its picture ("The mayor, speaking at the opening on Friday."). */
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/u;
/** Where people stand in a photo: "(L)", "(2nd R)", "(from left)". */
const POSITION = /\((?:[LRC]|\d(?:st|nd|rd|th) [LR]|from (?:left|right)|left|right|cent(?:re|er))\)/iu;

/**
 * The only sentence of its paragraph that reads like a caption or subheading: no comma ("Delegates
 * at the opening ceremony."), people placed in the picture ("(L)"), or a date.
 */
export function isCaptionLike(analysis: Analysis, sentence: Sentence): boolean {
  const paragraph = analysis.paragraphs[sentence.paragraph]!;
  // Markdown documents describe what their headings name in fragments ("An HTTP response.").
  if (analysis.format === 'markdown') {
    // The opening sentence after a heading, a list or an HTML block, or at the top of the file.
    const previous = analysis.paragraphs[paragraph.index - 1];
    const label = previous?.kind !== 'body' || !/[.!?:]["”’)*_]*\s*$/u.test(previous.text);
    if (sentence.index === paragraph.sentenceStart && label) return true;
  }
  if (paragraph.sentenceEnd - paragraph.sentenceStart !== 1) return false;
  if (analysis.format === 'markdown') return true;
  return !sentence.text.includes(',') || POSITION.test(sentence.text) || DATE.test(sentence.text) || WEEKDAY.test(sentence.text);
}

/**
 * A sentence that answers a question: in an interview or a FAQ the answer may be a fragment
 * ("Do you read reviews?" "Only the bad ones, late at night.").
 */
export function answersQuestion(analysis: Analysis, sentence: Sentence): boolean {
  const paragraph = analysis.paragraphs[sentence.paragraph]!;
  for (let i = paragraph.sentenceStart; i < sentence.index; i++) if (/\?["”’]?$/u.test(tail(analysis.sentences[i]!.text))) return true;
  const previous = analysis.paragraphs[paragraph.index - 1];
  return previous !== undefined && previous.text.includes('?') && /\?\**["”’]?\s*$/u.test(previous.text);
}

/** A verb or auxiliary, except a capitalised word inside a name ("Hung" in "Le Minh Hung"). */
export function isVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  const before = tokens[i - 1];
  // "the needs of ...", "their views": a word right after an article or a possessive is a noun or adjective.
  if (token.pos === 'VERB' && before && NOUN_DETERMINERS.has(before.lower)) return false;
  return !(i > 0 && isCapitalised(token) && before?.pos === 'PROPN' && isCapitalised(before));
}

/** Determiners a verb never follows. */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your']);

/** A verb the tagger took for something else: "marks" in "This year marks the 60th anniversary", "shot". */
export function isHiddenVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!/\S/u.test(token.text)) return false;
  // Line breaks inside a sentence are tokens of their own: look past them.
  let b = i - 1;
  while (b >= 0 && !/\S/u.test(tokens[b]!.text)) b--;
  let a = i + 1;
  while (a < tokens.length && !/\S/u.test(tokens[a]!.text)) a++;
  const before = tokens[b];
  const after = tokens[a];
  // "I’m", "we’re": a pronoun and its auxiliary that the tokenizer left as one word.
  if (token.text.length <= 6 && CONTRACTION.test(token.lower)) return true;
  if (MAYBE_VERB.has(token.pos) && !isCapitalised(token) && isPastTense(token.lower) && !isParticipleOnly(token.lower)) {
    // "shot" in "the United States shot down a balloon"; "The treaty limited both ...", "Swan then resold
    // these debts": the tagger said adjective or noun, the dictionary says past tense, and a subject
    // comes before it.
    if (IRREGULAR_FORM.test(token.lower) && before && before.pos !== 'DET') return true;
    if (after !== undefined && AFTER_VERB.has(after.pos) && hasSubjectBefore(tokens, b, after.pos === 'DET' || after.pos === 'PRON')) return true;
  }
  // "The Convention of 1818 set the boundary": a verb whose past is its base form, after its subject, before its object.
  // Also before an amount: "The project cost billions of dollars", "The storm hit 40 towns".
  if (SAME_FORM_PAST.has(token.lower) && before && SUBJECT_END.has(before.pos) && after && (after.pos === 'DET' || after.pos === 'PRON' || after.pos === 'NUM' || AMOUNTS.test(after.lower))) return true;
  // "The fire spread to homes": also before a preposition, after a subject that opens the sentence with its article.
  if (SAME_FORM_PAST.has(token.lower) && b === 1 && before?.pos === 'NOUN' && tokens[0]!.pos === 'DET' && after?.pos === 'ADP') return true;
  // "China's encouraging ...": 's is "is".
  if (/^['’]s$/.test(token.text) && after?.pos === 'VERB') return true;
  // "Return the string ...", "Use it ...": a sentence does not open with a noun and "the" or "it".
  // Also after a fronted word and a comma: "Second, mix the flour".
  // And after an opening phrase of purpose or condition: "For more information, visit the website".
  const opens = b < 0 || (before?.text === ',' && (i <= 3 || (INTRODUCTIONS.has(tokens[0]!.lower) && /^\p{Ll}/u.test(token.text))));
  if (opens && (token.pos === 'NOUN' || token.pos === 'PROPN') && (after?.pos === 'DET' || after?.pos === 'PRON') && isBaseVerb(token.lower)) return true;
  // "About 2,000 people statewide typically complete a program": a base form the tagger read as an
  // adjective, after a plural subject and its adverbs, before an article (no adjective stands there).
  if (token.pos === 'ADJ' && after && /^(?:a|an|the)$/.test(after.lower) && isBaseVerb(token.lower) && pluralBefore(tokens, b)) return true;
  // "food prices of 2%": a noun, not a verb, comes before "of".
  if (token.pos !== 'NOUN' || !before || !after || after.lower === 'of') return false;
  // A verb in -s ("estimates", "lives"), or a base form ("face", "charge").
  const sForm = /[^su]s$/.test(token.lower);
  // After an appositive closed by a comma the object may be a bare noun: "PRIDE, the award, honors staff for ...".
  const afterAppositive = before.text === ',' && after.pos === 'NOUN' && tokens.slice(0, b).some((other) => other.text === ',');
  // A verb in -s before its clause: "The agency estimates that ...".
  const clause = after.lower === 'that' && sForm;
  if (!OBJECT_START.has(after.pos) && !afterAppositive && !clause) return false;
  // After an appositive: "His wife, Wendi Deng, lives in New York."
  // After an adverb: "The video further shows ...".
  // The tagger may call such an adverb an adjective ("further", "later"): then a noun must come before it.
  // Not any adjective: "This ambiguity negative results for ..." is a fragment.
  let s = b;
  if (sForm) {
    if (before.pos === 'ADV') while (s > 0 && tokens[s]!.pos === 'ADV') s--;
    else if (before.pos === 'ADJ' && /(?:er|ly)$/.test(before.lower) && tokens[b - 1]?.pos === 'NOUN') s--;
  }
  // A name with its abbreviation in brackets: "The World Health Organization (WHO) estimates ...".
  if (s >= 3 && tokens[s]!.text === ')' && tokens[s - 2]!.text === '(' && tokens[s - 1]!.pos !== 'NUM') s -= 3;
  const subject = tokens[s]!.text === ',' && s >= 1 ? tokens[s - 1]! : tokens[s]!;
  const name = subject.pos === 'NOUN' || subject.pos === 'PROPN';
  if (subject !== before && !sForm) return false;
  // "Haniyeh lives in Qatar", "The ministry plans a review": a singular subject and a verb in -s.
  // A name ending in -s is still one person ("Reyes rolls her eyes"); a common noun in -s is plural.
  if (sForm) return name && (subject.pos === 'PROPN' || !/s$/.test(subject.lower)) && isThirdPerson(token.lower);
  // "Most parsers copy every field", "Officials fear a repeat", "they all work at": a plural subject.
  const pluralSubject = (name && isPlural(before.lower)) || (before.pos === 'DET' && PLURAL_QUANTIFIERS.has(before.lower));
  // An adjective after the verb opens its object only with a noun after it: "Developers face big problems".
  const object = after.pos !== 'ADJ' || tokens[a + 1]?.pos === 'NOUN';
  // "These institutions benefit not only the elites, but ...".
  const notOnly = after.lower === 'not' && tokens[a + 1]?.lower === 'only';
  return pluralSubject && (after.pos !== 'ADV' || notOnly) && object && isBaseVerb(token.lower);
}

/** Plurals without "-s" that open a clause as its subject. */
const PLURALS = new Set(['people', 'men', 'women', 'children', 'police']);
const isPlural = (lower: string): boolean => /[^su]s$/.test(lower) || PLURALS.has(lower);

/** A plural noun before `b`, with the adverbs between ("people statewide typically"). */
function pluralBefore(tokens: Token[], b: number): boolean {
  let s = b;
  while (s > 0 && (tokens[s]!.pos === 'ADV' || (tokens[s]!.pos === 'ADJ' && /wide$/.test(tokens[s]!.lower)))) s--;
  return s < b && tokens[s]!.pos === 'NOUN' && isPlural(tokens[s]!.lower);
}

/** Words of amount that may open an object: "cost billions", "cut thousands of jobs". */
const AMOUNTS = /^(?:hundreds|thousands|millions|billions|trillions|dozens|scores|tens|more|less|much|little)$/;

/** A pronoun and a contracted auxiliary in one token ("I’m", "they’ve", "that’s"). */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there|here|who|what)['’](?:m|re|ve|s|d|ll)$/;
/** Words that open a phrase an imperative may follow ("For details, see ...", "To apply, visit ..."). */
const INTRODUCTIONS = new Set(['for', 'to', 'if', 'in', 'once', 'when', 'before', 'after', 'until', 'unless']);

/** Verbs whose simple past is their base form: "set", "put", "cut". */
const SAME_FORM_PAST = new Set('set put cut hit let cost spread shut cast beat bid burst hurt split upset broadcast forecast shed thrust'.split(' '));

/** Tags the tagger gives a verb it missed. */
const MAYBE_VERB = new Set(['NOUN', 'ADJ', 'PROPN', 'ADV', 'X']);
/** Irregular past tenses (not "-ed"): the tagger's misses the old check caught ("shot", "led"). */
const IRREGULAR_FORM = /^(?!.*ed$)/;
/** What may follow a finite verb. */
const AFTER_VERB = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'ADV', 'ADP', 'NOUN', 'PROPN', 'SCONJ', 'PART']);
/** What a subject ends with: a noun, a name, a pronoun, a year ("in 1968 led to"), a closing bracket. */
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const QUANTIFIERS = new Set(['all', 'both', 'each', 'alone', 'themselves', 'itself']);

/**
 * Is there a subject right before token `b` (the word before a candidate verb)? Adverbs ("then",
 * "effectively") and a parenthetical ", however," are looked past.
 */
function hasSubjectBefore(tokens: Token[], b: number, objectFollows: boolean): boolean {
  let i = b;
  for (;;) {
    while (i >= 0 && (tokens[i]!.pos === 'ADV' || !/\S/u.test(tokens[i]!.text))) i--;
    if (i >= 2 && tokens[i]!.text === ',' && tokens[i - 1]!.pos === 'ADV' && tokens[i - 2]!.text === ',') i -= 3;
    else break;
  }
  // "France, Russia, and the United States all signed": a quantifier after the subject.
  if (tokens[i] && QUANTIFIERS.has(tokens[i]!.lower)) i--;
  const subject = tokens[i];
  if (!subject) return false;
  // "The first phase, roughly from 1945 through 1947, involved the most ...": a parenthesis closes.
  if (subject.text === ',') return tokens.slice(0, i).some((token) => token.text === ',') && objectFollows;
  return SUBJECT_END.has(subject.pos) || subject.text === ')';
}

/** What may follow a verb: an object, a preposition or an adverb. */
const OBJECT_START = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'ADV', 'ADP', 'PROPN']);
/** Quantifiers after a plural subject ("the two sides both agree", "they all work"). */
const PLURAL_QUANTIFIERS = new Set(['all', 'both']);

/** A present participle or gerund ("stressing"). */
export function isIngForm(token: Token): boolean {
  return token.lower.length > 4 && token.lower.endsWith('ing');
}

/** Starts with a capital (an ASCII fast path: the stray-word checks ask this of every word). */
export function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}

export function isLowerCase(token: Token): boolean {
  return /^\p{Ll}/u.test(token.text) && !/\p{Lu}/u.test(token.text.slice(1));
}

/** Abbreviations that end in a full stop without ending the sentence ("incl.", "approx.", "vs."). */
const ABBREVIATIONS = new Set(
  (
    'incl excl approx est vs cf etc eg ie viz esp resp ca min max no nos vol vols pp fig figs dept govt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun st mt ave rd gen col lt ' +
    'sgt capt gov sen rep rev hon prof dr mr mrs ms jr sr inc corp ltd co bros ed eds trans op para sec art ch'
  ).split(' '),
);

/** Does the sentence end with an abbreviation rather than a full stop ("... incl." then "contractors.")? */
export function endsWithAbbreviation(analysis: Analysis, sentence: Sentence): boolean {
  const last = analysis.tokens[sentence.tokenEnd - 1];
  const word = last?.text === '.' ? analysis.tokens[sentence.tokenEnd - 2] : last;
  return word !== undefined && ABBREVIATIONS.has(word.lower.replace(/\./g, ''));
}
