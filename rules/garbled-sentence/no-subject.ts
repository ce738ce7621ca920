// no-subject: a statement that opens with a finite verb and has no subject ("Welcomed the delegation.",
// "Said the council would decide next week.", "Added: "We are pleased."", "Was appointed in 1850.").
// The verbs inside its object or quotation do not give it one. Left alone: imperatives (base form),
// fronted participle phrases with their main clause ("Based on the data, the ministry said ..."),
// inversions ("Included in the package are ..."), passive participles that leave out "it was"
// ("Survived by her husband."), and runs of items that all open with a verb (bill summaries).
import type { Analysis, Sentence, Token } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { contentTokens, isDeliberate, isCapitalised, isHiddenVerb, isIngForm, isVerb, proseSentences, sentenceTokens } from './prose.js';
import { insideQuotation, inRunOfItems, listedAfterColon } from './lists.js';
import { writesInFragments } from './style.js';
import { isParticipleOnly, isPastOnly, isPastTense, isThirdPerson } from './verb-forms.js';

const BE = new Set(['is', 'are', 'was', 'were']);
/** Finite auxiliaries that can open a clause whose subject was lost ("Was appointed in 1850."). */
const FINITE_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did', 'shall']);
/** Verbs that report speech or thought: followed by "that" or a quotation, they lack a subject. */
const REPORTING =
  /^(?:said|added|stated|noted|stressed|emphasi[sz]ed|claimed|argued|insisted|warned|announced|explained|affirmed|reiterated|confirmed|acknowledged|admitted|revealed|observed|declared|remarked|suggested|predicted|reported|agreed|believed|thought|realised|realized|recalled|replied|responded|wrote|urged|proposed|complained|indicated|asserted|maintained|vowed|pledged|promised|denied|hoped|expected|estimated|showed|decided|concluded|recogni[sz]ed|underlined|highlighted|says|adds|notes|stresses|warns|argues|insists|claims|explains|believes|thinks)$/;
/** Participles that take a that-clause in the passive: "Told that the plant would close, workers ...". */
const TOLD = /^(?:told|informed|convinced|persuaded|reminded|assured|worried|concerned|satisfied|pleased|disappointed|alarmed|relieved|surprised|shocked|angered|encouraged|heartened|dismayed|frustrated|warned|advised|notified|troubled|frightened|delighted|aware|determined|resolved)$/;
const QUOTE = /^["“”'‘«]$/u;
/** What opens an object: a determiner, a pronoun, a name, a noun, a number, a clause. */
const OBJECT = new Set(['DET', 'PRON', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'SCONJ', 'CCONJ', 'VERB']);

type Opener = 'past' | 'present' | 'auxiliary';

/** "Had the Italians taken note ..., Marsh would ...": the subject of a conditional inversion. */
const INVERTED_SUBJECT = new Set(['DET', 'PROPN', 'NOUN']);
/** What follows a reporting verb used as a passive participle: "Said to be ...", "Reported missing", "Noted for ...". */
const PASSIVE_NEXT = new Set(['to', 'for', 'as', 'by', 'in', 'on', 'at', 'with', 'among']);

/**
 * A reporting verb with what it reports: "Said that ...", "Added: “...”", "Remarked In 1895, Congress
 * ...". It never opens a fronted participle phrase, except as a passive ("Said to be the oldest, ...").
 */
function reportsSpeech(tokens: Token[]): boolean {
  const next = tokens[1];
  if (!next) return false;
  // "Assumed that ...", "Found that ...": a verb with a that-clause, unless a feeling or being told ("Told that ...").
  if (next.lower === 'that' && isPastTense(tokens[0]!.lower) && !TOLD.test(tokens[0]!.lower)) return true;
  if (!REPORTING.test(tokens[0]!.lower)) return false;
  if (next.text === ':' || next.text === ',' ? QUOTE.test(tokens[2]?.text ?? '') : QUOTE.test(next.text)) return true;
  // "Observed Thus, the war ...", "Reported By the time ...": a clause starts right after the verb.
  if (/^\p{Lu}/u.test(next.text) && ['ADV', 'ADP', 'SCONJ', 'CCONJ'].includes(next.pos)) return true;
  if (next.pos === 'ADJ' || next.pos === 'ADV') return false;
  return !(PASSIVE_NEXT.has(next.text) || (next.text === ',' && !QUOTE.test(tokens[2]?.text ?? '')));
}

/** Is the sentence's first word a finite verb form, and which? */
function openerOf(tokens: Token[], afterAdverb = false): Opener | undefined {
  const first = tokens[0];
  if (!first || first.type !== 'word' || !(afterAdverb ? /^\p{Ll}+$/u : /^\p{Lu}\p{Ll}+$/u).test(first.text)) return undefined;
  if (first.pos === 'AUX' && FINITE_AUX.has(first.lower)) return 'auxiliary';
  // A sentence adverb set off by a comma ("Indeed, ..."), whatever its ending.
  if (first.pos === 'ADV' && tokens[1]?.text === ',') return undefined;
  if (isParticipleOnly(first.lower) || /^['’]s?$/.test(tokens[1]?.text ?? '')) return undefined;
  // "Indeed our project ...", "Jared Tristan Padalecki is ...": an adverb or a name the tagger read as one.
  if (first.pos === 'ADV' || (first.pos === 'PROPN' && tokens[1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[1].text))) return undefined;
  if (isPastTense(first.lower)) return 'past';
  // "Welcomes the delegation." (third person); not "Discuss", "Focus", nor a plural noun: "Talks with ...".
  // A plural noun is followed by its verb ("Delegates flew", "Delegates visiting ..."); a verb in -s by
  // its object, as the tagger or a determiner after it says ("Welcomes the delegation").
  const next = tokens[1];
  if (!next || !/[^su]s$/.test(first.lower) || !isThirdPerson(first.lower)) return undefined;
  if (next.pos === 'VERB' || next.pos === 'AUX') return undefined;
  if (REPORTING.test(first.lower)) return 'present';
  if (first.lower.length <= 4) return undefined;
  // "Signs that ..." and "Concerns that ..." are nouns with a clause; "Says that ..." is a verb.
  if (next.lower === 'that') return REPORTING.test(first.lower) ? 'present' : undefined;
  if (first.pos === 'VERB' || next.pos === 'DET') return 'present';
  return undefined;
}

/** A capitalised adverb in -ly, or "Later", "Also", straight before a lower-case verb ("Previously served ..."). */
function leadingAdverb(tokens: Token[]): boolean {
  const [first, second] = tokens;
  return first?.pos === 'ADV' && /^(?:\p{Lu}\p{Ll}+ly|Later|Earlier|Also)$/u.test(first.text) && second?.pos === 'VERB' && /^\p{Ll}+$/u.test(second.text);
}

/**
 * Could the token carry a clause as its finite verb? Not right after a preposition or determiner ("with
 * hopes"), nor right after an infinitive ("to reject calls": its object). `strict`: a verb the tagger missed
 * counts only before a determiner, a pronoun or a number ("territorial issues among" is a noun phrase).
 */
function isFinite(tokens: Token[], i: number, strict = false): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (before && (before.pos === 'ADP' || (before.pos === 'DET' && !isFloatingQuantifier(tokens, i - 1)) || before.lower === 'to')) return false;
  if (before?.pos === 'VERB' && tokens[i - 2]?.lower === 'to') return false;
  if (isHiddenVerb(tokens, i)) return !strict || isVerb(tokens, i) || STRONG_OBJECT.has(tokens[i + 1]?.pos ?? '');
  return isVerb(tokens, i) && !isIngForm(token) && !isParticipleOnly(token.lower);
}

const STRONG_OBJECT = new Set(['DET', 'PRON', 'NUM']);

/** "the categories all declined", "they both agreed": a quantifier after its noun, before the verb. */
function isFloatingQuantifier(tokens: Token[], k: number): boolean {
  return /^(?:all|both|each)$/.test(tokens[k]!.lower) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]?.pos ?? '');
}

/** "capacity and overwhelmed authorities": a participle in -ed before a noun, after "and", modifies the noun. */
function isModifyingParticiple(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  return token?.pos === 'VERB' && /ed$/.test(token.lower) && tokens[k - 1]?.pos === 'CCONJ' && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '');
}

/** Words a subject may be made of: "the first flight over Moscow and Leningrad (St. Petersburg)". */
const SUBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'CCONJ']);
/** What a noun phrase starts with. */
const NOUN_PHRASE_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const RELATIVE = /^(?:which|who|whom|whose)$/;
const RELATIVE_THAT = /^(?:that|which|who|whom|whose)$/;
const NOUN_END = new Set(['NOUN', 'PROPN']);
/** Possessives the tagger calls pronouns: they open a noun phrase. */
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/;
/** A clause after ", but" or ", and" is coordinated, not the main clause of a fronted phrase. */
const CLAUSE_START = new Set([...NOUN_PHRASE_START, 'PRON']);

/** A hyphen at `k` with no space on either side ("now-signed"). */
function joinedHyphen(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]?.text === '-' && !tokens[k]!.spaceBefore && next !== undefined && !next.spaceBefore;
}

/**
 * Does a subject start at `i` and reach its finite verb (adverbs between)? The subject may hold
 * prepositional phrases, brackets, possessives, a list of nouns ("X, Y, and Z") and a parenthesis
 * that opens with a noun ("Germans, many on vacation in France, were"), not a clause.
 */
function subjectAndVerbAt(tokens: Token[], i: number, headIsNoun = false, strict = false): boolean {
  const from = i;
  const finite = (k: number) => isFinite(tokens, k, strict);
  let commas = 0;
  // A subject pronoun is the whole subject; a possessive ("his remains were") opens a noun phrase.
  if (tokens[i]?.pos === 'PRON' && !/^(?:which|who|whom|whose|that|what)$/.test(tokens[i]!.lower) && !POSSESSIVE.test(tokens[i]!.lower)) i++;
  else {
    for (; i < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      // "the now-signed legislation": the parts of a hyphenated word are one word of the subject.
      if (i > from && joinedHyphen(tokens, i - 1)) continue;
      if (i > from && isModifyingParticiple(tokens, i)) continue;
      if (i > from && finite(i)) break;
      if (joinedHyphen(tokens, i) || joinedHyphen(tokens, i + 1)) continue;
      if (token.text === ',') {
        // The end of a parenthesis: "Germans, many on vacation in France, were ...".
        if (commas > 0 && next && finite(i + 1)) {
          i++;
          break;
        }
        // A relative clause in commas: "the military action, which was carried out by exiles, was ...".
        if (next && i > from && RELATIVE.test(next.lower)) {
          const close = tokens.findIndex((other, k) => k > i + 1 && (other.text === ',' || other.text === ';'));
          if (close > 0 && tokens[close]!.text === ',' && tokens[close + 1] && finite(close + 1)) {
            i = close + 1;
            break;
          }
        }
        if (!next || !(CLAUSE_START.has(next.pos) || next.pos === 'CCONJ')) break;
        commas++;
        continue;
      }
      // "and" joins nouns ("supply and demand"), or after a comma closes a list of three: "X, Y, and Z".
      if (token.pos === 'CCONJ') {
        if (!next || !(NOUN_PHRASE_START.has(next.pos) || isModifyingParticiple(tokens, i + 1)) || !/^(?:and|or)$/.test(token.lower)) break;
        if (tokens[i - 1]?.text === ',' && commas < 2) break;
        continue;
      }
      if (i === from && (headIsNoun || POSSESSIVE.test(token.lower))) continue;
      // A capitalised word inside a name, whatever its tag ("President Herbert Hoover/VERB reappointed").
      if (i > from && isCapitalised(token) && isCapitalised(tokens[i - 1]!) && tokens[i - 1]!.type === 'word') continue;
      // "guarantees of support that colonial officials had made": the relative clause's verb is not the subject's.
      if (strict && RELATIVE_THAT.test(token.lower) && NOUN_END.has(tokens[i - 1]?.pos ?? '')) break;
      // "the first major transfer", "efforts to pass a resolution": an adverb before an adjective, an infinitive.
      if (token.pos === 'ADV' && next && (next.pos === 'ADJ' || next.pos === 'NUM')) continue;
      if (token.pos === 'VERB' && tokens[i - 1]?.lower === 'to' && i > from + 1) continue;
      if (token.pos === 'SCONJ' && token.lower === 'for') continue; // a preposition the tagger misread
      // "a resolution condemning the attacks": a participle phrase inside the subject.
      if (token.pos === 'VERB' && isIngForm(token) && i > from && NOUN_END.has(tokens[i - 1]!.pos)) continue;
      if (!SUBJECT_WORD.has(token.pos) && !/^[()'’]$|^['’]s$/u.test(token.text)) break;
    }
  }
  if (i === from) return false;
  let v = i;
  while (v < tokens.length && tokens[v]!.pos === 'ADV') v++;
  // "... the delegation and also praised its work": a verb joined to the opener, not the subject's own.
  if (tokens[i - 1]?.pos === 'CCONJ') return false;
  return v < tokens.length && finite(v);
}

/**
 * "Based on the data, the ministry said ...", "Faced with shortages, unable to retreat, and convinced
 * ..., Japan’s leaders came ...": after a comma, a subject and its verb. Not past a semicolon, nor
 * inside a clause coordinated by ", but" or ", and" (its own subject does not make a main clause).
 */
function hasMainClauseAfterComma(tokens: Token[]): boolean {
  for (let c = 1; c < tokens.length; c++) {
    const token = tokens[c]!;
    if (token.text === ';' || token.text === '—' || (token.pos === 'CCONJ' && tokens[c - 1]!.text === ',' && token.lower !== 'and')) return false;
    if (token.text === ',' && CLAUSE_START.has(tokens[c + 1]?.pos ?? '') && subjectAndVerbAt(tokens, c + 1)) return true;
  }
  return false;
}

/**
 * "Continued tight supply ... will be the backdrop", "Stranded Germans, many on vacation, were ...":
 * the opener modifies a noun whose verb follows.
 */
function isAttributive(tokens: Token[], adverbLy: boolean): boolean {
  const next = tokens[1];
  // "Said officials would ..." lost its subject; "Newly admitted members attended ..." did not.
  if (!next || (reportsSpeech(tokens) && !(adverbLy && next.pos === 'NOUN'))) return false;
  // "Tenured and tenure-track faculty play ...": two modifiers joined by "and".
  const from = next.pos === 'CCONJ' && ['ADJ', 'NOUN'].includes(tokens[2]?.pos ?? '') ? 2 : 1;
  if (!['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[from]!.pos)) return false;
  return subjectAndVerbAt(tokens, from, false, true);
}

/** "Calls for increased protection flooded in": an -s opener that is a plural noun with a phrase, then its verb. */
function isPluralSubject(tokens: Token[]): boolean {
  const next = tokens[1];
  return next !== undefined && (next.pos === 'ADP' || next.pos === 'SCONJ') && !reportsSpeech(tokens) && subjectAndVerbAt(tokens, 0, true);
}

/** "Included in the package are ...", "Attached is the report": an inversion around "be". */
function isInversion(tokens: Token[]): boolean {
  const next = tokens[1];
  if (!next || !['ADP', 'ADV', 'AUX'].includes(next.pos)) return false;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    // The subject follows "be" ("are new rules", "is the report"); "were only effective" has lost its own.
    if (BE.has(token.lower)) return tokens[i - 1]!.pos !== 'CCONJ' && startsNounPhrase(tokens, i + 1);
    if (['VERB', 'SCONJ', 'PRON', 'CCONJ'].includes(token.pos) || (i > 1 && isFinite(tokens, i))) return false;
  }
  return false;
}

/** A noun phrase at `i`: a determiner, a name, a noun or a number, or an adjective before one. */
function startsNounPhrase(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(token.pos)) return true;
  return token.pos === 'ADJ' && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '');
}

/** Passives that keep an object ("Given the data, ...", "Named the best player, ...", "Told the news, ..."). */
const TWO_OBJECTS =
  /^(?:given|granted|offered|awarded|denied|handed|shown|told|taught|sent|asked|promised|paid|lent|allowed|assigned|charged|accorded|afforded|spared|refused|issued|owed|named|elected|appointed|voted|crowned|made|called|dubbed|considered|deemed|declared|proclaimed|termed|labell?ed|styled|nicknamed|ranked|rated|judged|fed|served|sold|brought|presented|advised|fined|billed|saddled|tasked|entrusted)$/;
/** Titles that follow "Appointed", "Named", "Elected" as a complement, not an object. */
const TITLE =
  /^(?:President|Vice|Secretary|Under|Assistant|Deputy|Acting|Special|Minister|Prime|Ambassador|Envoy|Consul|Governor|Senator|Chairman|Chairwoman|Chair|Chief|Director|Commissioner|Head|Judge|Justice|Speaker|Leader|Commander|General|Admiral|Counselor|Counsellor|Attorney|Treasurer|Mayor|Captain|Colonel|Major|Lieutenant|Dean|Professor|Bishop|Archbishop|Pope|King|Queen|Emperor|Chancellor|Premier|Member|Delegate|Representative|Adviser|Advisor|Officer|Fellow|Editor|Executive|Coach|Manager|Captain|Player|Man|Woman|Person|First|U\.S\.)$/;

/**
 * "Appointed Franklin as a commissioner", "Signed the treaty in July": the opener takes a direct object,
 * so it is a finite verb, not the participle of a fronted passive phrase ("Based on ...", "Given the data").
 */
function takesDirectObject(tokens: Token[], opener: Opener): boolean {
  const first = tokens[0]!;
  const next = tokens[1];
  if (opener !== 'past' || !next || isParticipleOnly(first.lower) || TOLD.test(first.lower)) return false;
  if (isPastOnly(first.lower)) return true;
  if (TWO_OBJECTS.test(first.lower)) return next.pos === 'PROPN' ? !TITLE.test(next.text) && tokens[2]?.pos !== 'PROPN' && /^(?:as|to)$/.test(tokens[2]?.lower ?? '') : false;
  return next.pos === 'DET' || (next.pos === 'PRON' && /^(?:him|her|them|it|us|me)$/.test(next.lower)) || (next.pos === 'PROPN' && !TITLE.test(next.text));
}

/**
 * "Issued by the Government of France necessitated that ...": a passive phrase followed straight by a
 * finite verb, with no noun phrase of its own between (the subject the phrase described was lost).
 */
function verbAfterPhrase(tokens: Token[]): boolean {
  let nounEnded = false;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos === 'AUX') return FINITE_AUX.has(token.lower) && nounEnded;
    if (token.pos === 'VERB') {
      const before = tokens[i - 1]!;
      return nounEnded && before.pos !== 'CCONJ' && before.text !== ',' && !isIngForm(token) && !isParticipleOnly(token.lower) && /(?:ed|[^s]s)$/.test(token.lower);
    }
    // A determiner or pronoun right after a noun opens a new noun phrase: the subject ("By then the ministry said").
    if (nounEnded && (token.pos === 'DET' || token.pos === 'PRON')) return false;
    if (token.text === ',' || !['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV'].includes(token.pos)) return false;
    nounEnded = ['NOUN', 'PROPN', 'NUM'].includes(token.pos);
  }
  return false;
}

/** Does the subjectless verb have something after it that it governs? */
function governs(analysis: Analysis, tokens: Token[], opener: Opener): boolean {
  const first = tokens[0]!;
  const next = tokens[1];
  if (!next) return false;
  // "Added: "We are pleased."", "Said, "..."": a quotation.
  if ((next.text === ':' || next.text === ',') && tokens[2] && QUOTE.test(tokens[2].text)) return REPORTING.test(first.lower) || opener === 'past';
  if (QUOTE.test(next.text)) return true;
  if (opener === 'auxiliary') return next.pos !== 'PRON' && next.lower !== 'there';
  if (OBJECT.has(next.pos)) return true;
  // "Stands as a singular event ...", "Lies in ruins": a verb in -s the tagger read as a verb, before a preposition.
  if (opener === 'present') return first.pos === 'VERB' && next.pos === 'ADP';
  // No object: "Opted for a younger side." is a missing subject; a passive participle is an elided
  // "it was" or "she was" ("Survived by her husband.", "Rolled back on failure.") in notes, reference
  // text and documents written in fragments.
  if (next.text === 'by') return verbAfterPhrase(tokens);
  if (analysis.format === 'markdown' || writesInFragments(analysis)) return false;
  return tokens.filter((token) => token.type === 'word').length >= 3;
}

export function findNoSubject(analysis: Analysis): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const sentence of proseSentences(analysis)) {
    // Cheap first: a sentence that neither opens with a verb form nor may have a dateline is fine.
    const head = analysis.tokens.slice(sentence.tokenStart, Math.min(sentence.tokenEnd, sentence.tokenStart + 3));
    if (!openerOf(head) && !leadingAdverb(head) && !/[–—-]/u.test(sentence.text.slice(0, 60))) continue;
    const content = contentTokens(analysis, sentence).filter((token) => /\S/u.test(token.text));
    // "Previously served as ambassador to Japan.": an adverb before the verb; the verb is judged.
    const adverb = leadingAdverb(content);
    const tokens = adverb ? content.slice(1) : content;
    const opener = openerOf(tokens, adverb);
    if (!opener || !/[.…]["”’)]*$/u.test(sentence.text) || isDeliberate(sentence.text)) continue;
    const paragraph = analysis.paragraphs[sentence.paragraph]!;
    // Markdown reference text describes what its heading names without a subject ("Called with an error.").
    if (analysis.format === 'markdown' && sentence.index === paragraph.sentenceStart) continue;
    if (!governs(analysis, tokens, opener) || insideQuotation(analysis, sentence)) continue;
    // "Told that the plant would close, workers walked out" and "Had the Italians taken note ..., Marsh
    // would have ..." have their subject after the comma; "Said that ..." never opens such a phrase.
    // A verb with a direct object ("Appointed Franklin as ...", "Wrote most of the papers") opens none.
    const object = takesDirectObject(tokens, opener);
    const fronted = opener === 'auxiliary' ? INVERTED_SUBJECT.has(tokens[1]?.pos ?? '') : !reportsSpeech(tokens) && !object;
    if (fronted && hasMainClauseAfterComma(tokens)) continue;
    if (opener !== 'auxiliary' && !isPastOnly(tokens[0]!.lower) && (isAttributive(tokens, adverb && /ly$/.test(content[0]!.lower)) || isInversion(tokens))) continue;
    if (opener === 'present' && isPluralSubject(tokens)) continue;
    if (inRunOfItems(analysis, sentence, (other) => sameOpener(analysis, other, opener), 3) || listedAfterColon(analysis, sentence)) continue;
    findings.push({
      start: content[0]!.start,
      end: sentence.end,
      reason: `Sentence has no subject: it starts with the verb "${tokens[0]!.text}"`,
      sentence: sentence.index,
      data: { kind: 'no-subject' },
    });
  }
  return findings;
}

/** Does another sentence open with a verb form like this one's ("Requires ..." / "Authorizes ..." / "Criminally prosecutes ...")? */
function sameOpener(analysis: Analysis, other: Sentence, opener: Opener): boolean {
  const tokens = sentenceTokens(analysis, other).filter((token) => /\S/u.test(token.text));
  const adverb = leadingAdverb(tokens);
  return openerOf(adverb ? tokens.slice(1) : tokens, adverb) === opener;
}
