// Synthetic garbled-sentence debris of the shapes machine translation and hurried edits leave: subjectless
// statements (reporting verbs with a clause or a quotation, a verb with its object and a clause), a
// verbless tail split off its sentence, and a stray or orphaned word after a full stop.
import type { Sentence, Token } from '../../../src/types.js';
import type { Defect } from '../defects.js';
import { analysisOf, capitalise, freeParas, splice, type Draft, type Para } from '../draft.js';
import type { DefectKind } from '../kinds.js';

const RULE = 'garbled-sentence';

interface Place {
  para: Para;
  sentence: Sentence;
  tokens: Token[];
}

const words = (tokens: Token[]) => tokens.filter((token) => token.type === 'word');

/** Plain statements of a free paragraph: a capital, a full stop, no quotation, 6 to 40 words. */
function statements(draft: Draft): Place[] {
  return freeParas(draft).flatMap((para) => {
    const analysis = analysisOf(para.text);
    return analysis.sentences
      .map((sentence) => ({ para, sentence, tokens: analysis.tokens.slice(sentence.tokenStart, sentence.tokenEnd) }))
      .filter(({ sentence, tokens }) => /^\p{Lu}[^"“”:]*\p{L}\.$/u.test(sentence.text) && words(tokens).length >= 6 && words(tokens).length <= 40);
  });
}

function mark(para: Para, kind: string, place: { start: number; end: number }): true {
  para.used = true;
  para.marks.push({ ruleId: RULE, kind, detail: para.text.slice(place.start, place.end), ...place });
  return true;
}

/** The sentence as the object of a clause: "The treaty was ..." -> "the treaty was ..." (names keep their capital). */
function asClause(place: Place): string {
  const [first] = place.tokens;
  const text = place.sentence.text;
  const lower = first && (first.pos === 'DET' || (first.pos === 'PRON' && first.text !== 'I')) ? text[0]!.toLowerCase() + text.slice(1) : text;
  return lower.replace(/\.$/, '');
}

const REPORTING = ['Said', 'Added', 'Noted', 'Stressed', 'Stated', 'Warned', 'Argued', 'Explained', 'Announced', 'Emphasized', 'Claimed', 'Insisted', 'Recalled', 'Wrote', 'Reported', 'Acknowledged', 'Observed', 'Declared', 'Remarked', 'Says', 'Adds', 'Notes', 'Realised', 'Believed'];

/** A statement turned into reported speech with its subject lost: "Said that ...", "Added: “...”", "Noted the ... would ...". */
const subjectlessReporting: Defect = (draft) => {
  const places = statements(draft);
  if (places.length === 0) return false;
  const place = draft.random.pick(places);
  const verb = draft.random.pick(REPORTING);
  const shapes = [`${verb} that ${asClause(place)}.`, `${verb}: “${place.sentence.text}”`, `${verb}, “${place.sentence.text}”`, `${verb} ${asClause(place)}.`];
  const text = draft.random.pick(shapes);
  return mark(place.para, 'subjectless-reporting', splice(place.para, place.sentence.start, place.sentence.end, text));
};

const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Where the subject of a statement ends: a pronoun, or a noun phrase with possessives and "of" ("Secretary of State Seward"). */
function verbAfterSubject(tokens: Token[]): number | undefined {
  let i = 0;
  if (tokens[0]?.pos === 'PRON') i = 1;
  else {
    while (i < tokens.length && (SUBJECT_WORDS.has(tokens[i]!.pos) || /^['’]s$/.test(tokens[i]!.text) || (tokens[i]!.lower === 'of' && i > 0))) i++;
    if (i === 0 || !['NOUN', 'PROPN'].includes(tokens[i - 1]!.pos)) return undefined;
  }
  while (tokens[i]?.pos === 'ADV') i++;
  const verb = tokens[i];
  // A finite lexical verb: a past tense or a third person form, followed by its object or a clause.
  if (!verb || verb.pos !== 'VERB' || !/(?:ed|[^s]s)$/.test(verb.lower) && !['made', 'took', 'gave', 'held', 'led', 'sent', 'won', 'sought', 'brought', 'found', 'told', 'left', 'became', 'began', 'wrote', 'saw', 'met', 'kept', 'paid', 'built'].includes(verb.lower)) return undefined;
  const next = tokens[i + 1];
  return next && ['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'SCONJ', 'ADP'].includes(next.pos) ? i : undefined;
}

/** A statement whose subject is lost, however long: "Accused the minister of misleading the house, ...". */
const subjectlessClause: Defect = (draft) => {
  const places = statements(draft).filter(({ tokens }) => verbAfterSubject(tokens) !== undefined && verbAfterSubject(tokens)! > 0);
  if (places.length === 0) return false;
  const place = draft.random.pick(places);
  const verb = place.tokens[verbAfterSubject(place.tokens)!]!;
  const text = capitalise(place.para.text.slice(verb.start, place.sentence.end));
  return mark(place.para, 'subjectless-clause', splice(place.para, place.sentence.start, place.sentence.end, text));
};

const VERBAL = new Set(['VERB', 'AUX']);
/** Irregular simple pasts the tagger may read as nouns or adjectives ("sent", "led"). */
const IRREGULAR_PAST = new Set('became began brought built chose fought found gave held kept led left made met paid ran sent sought stood struck took told won wrote'.split(' '));
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Does a tail keep a clause the tagger did not see ("The primary issues involved Great Britain.", "X and Y all
 * sent commissioners")? A past tense right after a noun, a name or a closing bracket (quantifiers between):
 * such a tail is a whole sentence, not a verbless one.
 */
function hasMissedVerb(tokens: Token[]): boolean {
  return tokens.some((token, i) => {
    if (!/^\p{Ll}+$/u.test(token.text) || !(/ed$/.test(token.lower) || IRREGULAR_PAST.has(token.lower))) return false;
    let b = i - 1;
    while (b >= 0 && /^(?:all|both|then|also|each|later|soon|jointly)$/.test(tokens[b]!.lower)) b--;
    const before = tokens[b];
    return before !== undefined && (SUBJECT_END.has(before.pos) || before.text === ')');
  });
}

/** The tail of a statement after its last comma, split off as a sentence: "... in 1850. The largest port in the region." */
const verblessTail: Defect = (draft) => {
  const places = statements(draft).flatMap((place) => {
    const commas = place.tokens.filter((token) => token.text === ',');
    const comma = commas[commas.length - 1];
    if (!comma) return [];
    const tail = place.tokens.filter((token) => token.start > comma.start && token.type === 'word');
    const head = place.tokens.filter((token) => token.start < comma.start && token.type === 'word');
    if (tail.length < 4 || head.length < 4 || tail.some((token) => VERBAL.has(token.pos) || /ing$/.test(token.lower))) return [];
    if (hasMissedVerb(place.tokens.filter((token) => token.start > comma.start && /\S/u.test(token.text)))) return [];
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tail[0]!.pos)) return [];
    return [{ ...place, comma }];
  });
  if (places.length === 0) return false;
  const { para, comma, sentence } = draft.random.pick(places);
  const tail = para.text.slice(comma.end, sentence.end).trimStart();
  const start = comma.start;
  splice(para, start, sentence.end, `. ${capitalise(tail)}`);
  return mark(para, 'verbless-tail', { start: start + 2, end: start + 2 + tail.length });
};

/** A lower-case word left after a full stop, cut off by a semicolon or standing alone: "... cadres. set; strengthen ...", "... future. next." */
const strayAfterStop: Defect = (draft) => {
  const vocabulary = words(draft.paras.flatMap((para) => analysisOf(para.text).tokens)).filter(
    (token) => /^\p{Ll}{3,}$/u.test(token.text) && ['NOUN', 'VERB', 'ADJ', 'ADV'].includes(token.pos),
  );
  const places = statements(draft);
  if (places.length === 0 || vocabulary.length === 0) return false;
  const place = draft.random.pick(places);
  const word = draft.random.pick(vocabulary).lower;
  const shape = draft.random.pick([`${word};`, `${word},`, `${word}.`]);
  const at = place.sentence.end;
  splice(place.para, at, at, ` ${shape}`);
  return mark(place.para, 'stray-word-after-stop', { start: at + 1, end: at + 1 + word.length });
};

export const KINDS: DefectKind[] = [
  { kind: 'subjectless-reporting', ruleId: RULE, apply: subjectlessReporting },
  { kind: 'subjectless-clause', ruleId: RULE, apply: subjectlessClause },
  { kind: 'verbless-tail', ruleId: RULE, apply: verblessTail },
  { kind: 'stray-word-after-stop', ruleId: RULE, apply: strayAfterStop },
];
