// name-consistency: one person, one spelling, across a document and across the files of a run.
import path from 'node:path';
import { defineRule } from '../../src/rule.js';
import type { Analysis, Finding, NameMention, OptionsOf, Point } from '../../src/types.js';
import { collectForms, keyOf, newForm, sentencesOf, type NameForm } from './forms.js';
import { isRomanisationPair, isVowelSwap } from './similarity.js';
import { findVariants, nameKey, type GroupForm, type GroupSettings, type Match } from './group.js';
import { normaliseNames, preferredForm, validateNames } from './options.js';
import { findGluedNames, findSurnameSlips, markWestern, peopleFacts, type SurnameSlip } from './people.js';
import { findFamilySlips, findWordSlips, type WordSlip } from './words.js';

const options = {
  names: {
    type: 'object',
    default: [],
    description:
      'Names with a house spelling: strings, or objects {name, aliases, variants}; aliases are accepted, variants always reported.',
    validate: validateNames,
  },
  minOccurrences: {
    type: 'number',
    default: 2,
    min: 1,
    integer: true,
    description: 'How many times a spelling must be used before other spellings are reported against it.',
  },
  allow: {
    type: 'string[]',
    default: [],
    description: 'Names that are never reported as variants (whole names, any case).',
  },
} as const;

type Options = OptionsOf<typeof options>;

/** What `collect` keeps of one file: each person's form of two or more words, with its places. */
interface FileForm {
  key: string;
  folded: string[];
  text: string;
  count: number;
  roles: string[];
  /** Flat: start line, column, offset, then end line, column, offset, for each place. */
  places: number[];
  /** True when the file's own check already reported this form, or chose it as the usual spelling. */
  flagged: boolean;
}

interface FileSummary {
  forms: FileForm[];
}

/** Adds the configured names to the forms: preferred spellings, accepted aliases, rejected variants. */
function configure<F extends GroupForm>(forms: F[], opts: Options, makeForm: (name: string) => F): { forms: F[]; settings: GroupSettings<F> } {
  const allow = new Set(opts.allow.map(nameKey));
  const rejected = new Map<string, F>();
  const names = normaliseNames(opts.names);
  // Most runs configure no names: the forms are then used as they are.
  if (names.length === 0) return { forms, settings: { minOccurrences: opts.minOccurrences, allow, rejected } };
  const byKey = new Map(forms.map((form) => [form.key, form]));
  const all = [...forms];
  for (const entry of names) {
    let form = byKey.get(nameKey(entry.name));
    if (form) form.preferred = true;
    else {
      form = makeForm(entry.name);
      byKey.set(form.key, form);
      all.push(form);
    }
    for (const alias of entry.aliases ?? []) allow.add(nameKey(alias));
    for (const variant of entry.variants ?? []) rejected.set(nameKey(variant), form);
  }
  return { forms: all, settings: { minOccurrences: opts.minOccurrences, allow, rejected } };
}

function counted(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

function reasonFor(match: Match<GroupForm>, where: string): string {
  const { variant, canonical, kind, doubt } = match;
  const head = `Name "${variant.text}" differs from "${canonical.text}"${kind === 'diacritics' ? ' only in diacritics' : ''}`;
  if (kind === 'listed') return `Name "${variant.text}" is listed as a wrong spelling of "${canonical.text}"`;
  if (canonical.preferred) return `${head}, the preferred spelling`;
  return `${head} (used ${counted(canonical.count)}${where ? `, first at ${where}` : ''}${doubt ? `; ${doubt}` : ''})`;
}

interface DocumentResult {
  forms: NameForm[];
  matches: Match<NameForm>[];
  slips: SurnameSlip[];
  wordSlips: WordSlip[];
  persons: Set<NameForm>;
  /** Names the text marks "[sic]". */
  deliberate: Set<string>;
  point: (offset: number) => Point;
}

/** Lower-case names followed by "[sic]": spellings quoted as the source wrote them. */
function markedSic(analysis: Analysis): Set<string> {
  const keys = new Set<string>();
  for (const mention of analysis.mentions) {
    // Only a space or "[" can start "[sic]": the rest are settled without a slice.
    const next = analysis.text.charCodeAt(mention.end);
    if (next !== 0x5b && next > 0x20 && next < 0xa0) continue;
    if (/^\s*\[sic\]/i.test(analysis.text.slice(mention.end, mention.end + 8))) keys.add(keyOf(mention.words));
  }
  return keys;
}

/**
 * Two forms whose one odd word is romanised two ways: a vowel for a vowel ("Abdel"/"Abdul"), an "h"
 * after a consonant ("Khrushchev"/"Khruschev"): each a file's house style.
 */
function transliterated(a: GroupForm, b: GroupForm): boolean {
  const odd = oddWords(a, b);
  return odd !== undefined && (isVowelSwap(...odd) || isRomanisationPair(...odd));
}

/** The one word two names of as many words differ in, when they differ in one. */
function oddWords(a: GroupForm, b: GroupForm): [string, string] | undefined {
  if (a.folded.length !== b.folded.length) return undefined;
  const odd = a.folded.flatMap((word, k) => (word === b.folded[k] ? [] : [k]));
  return odd.length === 1 ? [a.folded[odd[0]!]!, b.folded[odd[0]!]!] : undefined;
}

/**
 * Two names one of which ends its differing word with two or more letters more ("Keith Roberts" and "Keith
 * Robertson", "Anna Peters" and "Anna Petersen"): in separate files, two people of related family names.
 */
function extended(a: GroupForm, b: GroupForm): boolean {
  const odd = oddWords(a, b);
  if (!odd) return false;
  const [short, long] = odd[0].length <= odd[1].length ? odd : [odd[1], odd[0]];
  return long.length - short.length >= 2 && long.startsWith(short);
}

/**
 * The mentions less those cut short: an ellipsis right after the name and its last word the start of a
 * longer word of another mention ("Misleading Custome..." beside "Misleading Customers"). A whole name
 * before an ellipsis that marks an omission ("... of Robert Lansing... secured") is kept.
 */
function withoutCutShort(text: string, mentions: readonly NameMention[]): readonly NameMention[] {
  const beforeEllipsis = (mention: NameMention): boolean => text[mention.end] === '…' || text.startsWith('...', mention.end);
  if (!mentions.some(beforeEllipsis)) return mentions;
  const words = new Set(mentions.filter((mention) => !beforeEllipsis(mention)).flatMap((mention) => mention.words.map((word) => word.toLowerCase())));
  const cut = (mention: NameMention): boolean => {
    const last = mention.words[mention.words.length - 1]!.toLowerCase();
    for (const word of words) if (word.length > last.length && word.startsWith(last)) return true;
    return false;
  };
  return mentions.filter((mention) => !beforeEllipsis(mention) || !cut(mention));
}

function documentResult(analysis: Analysis, opts: Options): DocumentResult {
  return analysis.shared(`name-consistency:${JSON.stringify(opts)}`, () => {
    // A name cut short by an ellipsis (a teaser: "... for Misleading Custome...") is no spelling of it.
    const mentions = withoutCutShort(analysis.text, analysis.mentions);
    const collected = collectForms(mentions);
    const facts = peopleFacts(analysis, collected);
    for (const form of facts.persons) form.person = true;
    // Lone uses of a family name back the person most often named with it ("Blair" backs "Tony Blair").
    for (const [family, people] of facts.families) people[0]!.form.support = people[0]!.form.count + (facts.alone.get(family) ?? 0);
    markWestern(collected, facts);
    const configured = configure(collected, opts, preferredForm);
    // A spelling the text marks "[sic]" is the source's own: never a variant, anywhere in the text.
    const deliberate = markedSic(analysis);
    for (const key of deliberate) configured.settings.allow.add(key);
    const together = (a: NameForm, b: NameForm): boolean => {
      const [mine, theirs] = [sentencesOf(a), sentencesOf(b)];
      const [few, many] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
      for (const sentence of few) if (many.has(sentence)) return true;
      return false;
    };
    const settings = { ...configured.settings, together, misspelt: true };
    const matches = findVariants(configured.forms, settings);
    const allowed = configured.settings.allow;
    const reported = new Set(matches.flatMap((match) => match.variant.places));
    const slips = [...findSurnameSlips(facts, collected), ...findGluedNames(collected)].filter(
      (slip) => !allowed.has(slip.mention.text.toLowerCase()) && !reported.has(slip.mention),
    );
    for (const slip of slips) reported.add(slip.mention);
    const preferred = new Set(configured.forms.filter((form) => form.preferred).map((form) => form.key));
    const wordSlips = [...findFamilySlips(collected, facts), ...findWordSlips(mentions, facts)].filter(
      (slip) => !reported.has(slip.mention) && !allowed.has(slip.mention.text.toLowerCase()) && !preferred.has(slip.mention.text.toLowerCase()),
    );
    return { forms: configured.forms, matches, slips, wordSlips, persons: facts.namedPersons, deliberate, point: (offset: number) => analysis.point(offset) };
  });
}

function reportWordSlip(slip: WordSlip, point: (offset: number) => Point, report: (finding: Finding) => void): void {
  const at = point(slip.firstAt);
  report({
    start: slip.start,
    end: slip.end,
    reason: `"${slip.word}" in "${slip.mention.text}" differs from "${slip.usual}", as the text's names write it (${counted(slip.count)}, first at ${at.line}:${at.column})`,
    actual: slip.word,
    expected: [slip.usual],
    data: { kind: 'spelling', confidence: slip.confidence, canonical: slip.corrected, count: slip.count },
    fix: slip.confidence === 'high' ? slip.usual : undefined,
  });
}

function reportSlip(slip: SurnameSlip, point: (offset: number) => Point, report: (finding: Finding) => void): void {
  const at = point(slip.firstAt);
  const { mention } = slip;
  const reason =
    slip.kind === 'spacing'
      ? `Name "${mention.text}" is spaced differently from "${slip.full}" (used ${counted(slip.count)}, first at ${at.line}:${at.column})`
      : `Name "${mention.text}" differs from "${slip.surname}"${slip.full !== slip.surname ? `, the family name of ${slip.full}` : ''} (used ${counted(slip.count)}, first at ${at.line}:${at.column}${slip.confidence === 'medium' ? '; a one-word name is weak evidence' : ''})`;
  report({
    start: mention.start,
    end: mention.end,
    reason,
    actual: mention.text,
    expected: [slip.full],
    data: { kind: slip.kind, confidence: slip.confidence, canonical: slip.surname, count: slip.count },
    fix: slip.confidence === 'high' ? slip.surname : undefined,
  });
}

export default defineRule<typeof options, FileSummary>({
  id: 'name-consistency',
  description: 'A person or body whose name is spelled in more than one way; points to the spelling the text otherwise uses.',
  defaultSeverity: 'warn',
  fixable: true,
  options,
  check({ analysis, options: opts, report }) {
    const { matches, slips, wordSlips, point } = documentResult(analysis, opts);
    for (const slip of slips) reportSlip(slip, point, report);
    for (const slip of wordSlips) reportWordSlip(slip, point, report);
    for (const match of matches) {
      const first = match.canonical.places[0];
      const at = first ? point(first.start) : undefined;
      const reason = reasonFor(match, at ? `${at.line}:${at.column}` : '');
      for (const place of match.variant.places) {
        const actual = analysis.text.slice(place.start, place.end);
        // A byline in capitals keeps its capitals.
        const fix = /\p{Ll}/u.test(actual) ? match.canonical.text : match.canonical.text.toUpperCase();
        report({
          start: place.start,
          end: place.end,
          reason,
          actual,
          expected: [match.canonical.text],
          data: { kind: match.kind, confidence: match.confidence, canonical: match.canonical.text, count: match.canonical.count },
          fix: match.confidence === 'high' ? fix : undefined,
        });
      }
    }
  },
  collect({ analysis, options: opts }) {
    const { forms, matches, slips, wordSlips, persons, deliberate, point } = documentResult(analysis, opts);
    // The file's own findings and the spellings they point to are its voice: the run does not contradict them.
    const flagged = new Set([...matches.flatMap((match) => [match.variant.key, match.canonical.key]), ...[...slips, ...wordSlips].map((slip) => slip.mention.text.toLowerCase())]);
    // Only persons of two or more words are compared across files: the rest need not be kept.
    const kept = forms
      .filter((form) => form.count > 0 && form.folded.length >= 2 && persons.has(form))
      .map((form) => ({
        key: form.key,
        folded: form.folded,
        text: form.text,
        count: form.count,
        roles: form.roles,
        places: form.places.flatMap((place) => {
          const start = point(place.start);
          const end = point(place.end);
          return [start.line, start.column, start.offset, end.line, end.column, end.offset];
        }),
        flagged: flagged.has(form.key) || deliberate.has(form.key),
      }));
    return kept.length > 0 ? { forms: kept } : undefined;
  },
  checkRun(entries, { options: opts, report }) {
    // Run forms are made like a document's (one shape for the grouping); their files are kept aside.
    const merged = new Map<string, NameForm>();
    const filesOf = new Map<NameForm, { path: string; form: FileForm }[]>();
    let order = 0;
    for (const entry of entries) {
      // Only persons of two or more words are kept (collect): a one-word name is too little to go on.
      for (const form of entry.data.forms) {
        let runForm = merged.get(form.key);
        if (!runForm) {
          runForm = newForm(form.key, form.folded, form.text, order++);
          merged.set(form.key, runForm);
          filesOf.set(runForm, []);
        }
        runForm.count += form.count;
        for (const role of form.roles) if (!runForm.roles.includes(role)) runForm.roles.push(role);
        filesOf.get(runForm)!.push({ path: entry.path, form });
      }
    }
    const configured = configure([...merged.values()], opts, preferredForm);
    // Diacritics and spacing are each file's house style: reported within a file, never across files.
    // So are transliterations a vowel apart ("Gamal Abdel Nasser" in one essay, "Gamal Abdul Nasser" in another),
    // and family names one of which extends the other ("Roberts", "Robertson"): two families, two stories.
    const acrossFiles = findVariants(configured.forms, configured.settings).filter(
      (match) =>
        match.kind !== 'diacritics' && match.kind !== 'spacing' && !transliterated(match.variant, match.canonical) && !extended(match.variant, match.canonical),
    );
    for (const match of acrossFiles) {
      const files = filesOf.get(match.canonical) ?? [];
      const home = files[0];
      const fileCount = files.length;
      const at = home ? `${path.relative(process.cwd(), home.path) || home.path}:${home.form.places[0]}:${home.form.places[1]}` : '';
      const reason = reasonFor(match, at).replace(/\(used (once|\d+ times)/, (text) => (fileCount > 1 ? `${text} in ${fileCount} files` : text));
      for (const { path: file, form } of filesOf.get(match.variant) ?? []) {
        if (form.flagged) continue;
        for (let i = 0; i < form.places.length; i += 6) {
          const [line, column, offset, endLine, endColumn, endOffset] = form.places.slice(i, i + 6) as [number, number, number, number, number, number];
          report({
            path: file,
            start: { line, column, offset },
            end: { line: endLine, column: endColumn, offset: endOffset },
            reason,
            actual: form.text,
            expected: [match.canonical.text],
            data: { kind: match.kind, confidence: match.confidence, canonical: match.canonical.text, count: match.canonical.count, crossFile: true },
          });
        }
      }
    }
  },
});
