// Synthetic term-consistency defects for set (d): one use of a term the document writes one way at
// least three times (so that two or more uses keep the usual form) written another way.
import type { Token } from '../../../src/types.js';
import { inDictionary } from '../../../rules/spelling/dictionaries.js';
import { analysisOf, freeParas, splice, type Draft, type Para } from '../draft.js';
import type { DefectKind } from '../kinds.js';

const RULE = 'term-consistency';
/** A hyphenated compound of words, not of numbers, not part of a longer one. */
const COMPOUND = /(?<![\p{L}\p{N}-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}]|-\p{L})/gu;

interface Place {
  para: Para;
  start: number;
  end: number;
  text: string;
}

/** Every place of a pattern in the document, by its lower-case text. */
function placesBy(draft: Draft, find: (para: Para) => Place[]): Map<string, Place[]> {
  const byKey = new Map<string, Place[]>();
  for (const para of draft.paras) for (const place of find(para)) byKey.set(place.text.toLowerCase(), [...(byKey.get(place.text.toLowerCase()) ?? []), place]);
  return byKey;
}

/** The words around a place: a copy of its paragraph or sentence (another kind's defect) has the same, and is not another use. */
const contextOf = (place: Place): string => {
  const from = Math.max(0, place.start - 40);
  return `${place.start - from}\0${place.para.text.slice(from, place.end + 40)}`;
};

/** How many distinct uses: copies of one sentence count once. */
const distinctUses = (places: readonly Place[]): number => new Set(places.map(contextOf)).size;

/** A place in an unused paragraph of a term used at least three times (in the same grammatical position, when `position` is given). */
function pickPlace(draft: Draft, byKey: Map<string, Place[]>, accept: (place: Place) => boolean = () => true, position?: (place: Place) => string): Place | undefined {
  const free = new Set(freeParas(draft));
  const candidates = [...byKey.values()].flatMap((places) =>
    places.filter((place) => free.has(place.para) && accept(place) && distinctUses(places.filter((other) => !position || position(other) === position(place))) >= 3),
  );
  return candidates.length > 0 ? draft.random.pick(candidates) : undefined;
}

/**
 * Whether a compound stands before the noun it modifies ("a long-term plan") or not ("in the long
 * term"): style guides hyphenate the first and leave the second open, so only uses in the same
 * position make a habit.
 */
function positionOf(place: Place): string {
  const next = analysisOf(place.para.text).tokens.find((token) => token.start >= place.end);
  return next && next.type === 'word' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) && /^ \S*$/.test(place.para.text.slice(place.end, next.end)) ? 'before-noun' : 'other';
}

function mark(draft: Draft, place: Place, replacement: string, kind: string): true {
  const at = splice(place.para, place.start, place.end, replacement);
  place.para.used = true;
  place.para.marks.push({ ruleId: RULE, kind, detail: `${place.text} -> ${replacement}`, ...at });
  return true;
}

const wordPairs = (para: Para): Place[] => {
  const tokens = analysisOf(para.text).tokens;
  const places: Place[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!/^\p{Ll}{3,}$/u.test(a.text) || !/^\p{Ll}{3,}$/u.test(b.text) || para.text.slice(a.end, b.start) !== ' ') continue;
    // Not part of a longer compound ("long-range planning"): hyphenating its end is no variant of it.
    if (/[-‐]/.test(para.text[a.start - 1] ?? '') || /[-‐]/.test(para.text[b.end] ?? '')) continue;
    if ((a.pos === 'NOUN' || a.pos === 'ADJ') && b.pos === 'NOUN') places.push({ para, start: a.start, end: b.end, text: para.text.slice(a.start, b.end) });
  }
  return places;
};

/** "decision-making" written "decision making" (or "co-operation" written "cooperation"); or an open compound hyphenated once. */
const hyphenation = (draft: Draft): boolean => {
  const compounds = placesBy(draft, (para) => [...para.text.matchAll(COMPOUND)].map((m) => ({ para, start: m.index, end: m.index + m[0].length, text: m[0] })));
  const place = pickPlace(draft, compounds, undefined, positionOf);
  if (place && draft.random.next() < 0.7) {
    const closed = place.text.replace(/-/g, '');
    const useClosed = place.text.split('-').length === 2 && inDictionary('en-US', closed.toLowerCase()) && draft.random.next() < 0.5;
    return mark(draft, place, useClosed ? closed : place.text.replace(/-/g, ' '), 'term-hyphenation');
  }
  // An open compound written hyphenated once: only pairs the document never hyphenates.
  const open = pickPlace(draft, placesBy(draft, wordPairs), (p) => !compounds.has(p.text.toLowerCase().replace(' ', '-')), positionOf);
  if (open) return mark(draft, open, open.text.replace(' ', '-'), 'term-hyphenation');
  return place ? mark(draft, place, place.text.replace(/-/g, ' '), 'term-hyphenation') : false;
};

/**
 * A noun after "the", mid-sentence, outside names: "the government" / "the Government" (`anywhere`: also
 * after a sentence's first "The", for telling whether the document writes the noun both ways already).
 */
const theNouns = (para: Para, anywhere = false): Place[] => {
  const analysis = analysisOf(para.text);
  const tokens = analysis.tokens;
  const places: Place[] = [];
  const capital = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, the, noun, next] = [tokens[i - 2], tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (anywhere ? the.lower !== 'the' : the.text !== 'the' || before?.type !== 'word') continue;
    if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') continue;
    // Not inside a name: "the People's Republic", "the Department of State", "the Fourteen-Point Plan".
    if (!/^\p{Lu}?\p{Ll}{3,}$/u.test(noun.text) || capital(next) || next.text === 'of' || next.text === '-' || /^['’]s$/.test(next.text)) continue;
    // Words whose case is a choice (a dictionary word in lower case too), not names ("Buchanan", "Chinese").
    if (!inDictionary('en-US', noun.lower)) continue;
    places.push({ para, start: noun.start, end: noun.end, text: noun.text });
  }
  return places;
};

/** One use of a noun the document writes the same way after "the" three times or more, with the other case. */
const capitals = (draft: Draft): boolean => {
  const byWritten = new Map<string, Place[]>();
  for (const para of draft.paras) for (const place of theNouns(para)) byWritten.set(place.text, [...(byWritten.get(place.text) ?? []), place]);
  const other = (text: string) => (/^\p{Lu}/u.test(text) ? text.toLowerCase() : text[0]!.toUpperCase() + text.slice(1));
  // Terms the document writes one way only (after any "the"): the inserted form is the odd one.
  const written = new Set(draft.paras.flatMap((para) => theNouns(para, true).map((place) => place.text)));
  const consistent = new Map([...byWritten].filter(([text]) => !written.has(other(text))).map(([text, places]) => [text.toLowerCase(), places]));
  const place = pickPlace(draft, consistent);
  return place ? mark(draft, place, other(place.text), 'term-capitals') : false;
};

/** A definition "Long Form (ABBR)" followed by at least two uses of ABBR. */
const DEFINITION = /((?:\p{Lu}[\p{L}-]*|of|and|for|on|the)(?: (?:\p{Lu}[\p{L}-]*|of|and|for|on|the))+) \((\p{Lu}{2,})\)/gu;

const VARIATIONS: [RegExp, string][] = [
  [/ of /, ' for '],
  [/ and /, ' & '],
  [/ for /, ' of '],
  [/(\p{Ll})s$/u, '$1'],
  [/(\p{Ll})$/u, '$1s'],
];

/** A later use of an abbreviation given a second, different definition; or the definition moved after the first use. */
const abbreviation = (draft: Draft): boolean => {
  const free = new Set(freeParas(draft));
  const options: (() => boolean)[] = [];
  for (const para of draft.paras) {
    for (const m of para.text.matchAll(DEFINITION)) {
      // "The World Health Organization (WHO)": the article is not part of the long form.
      const article = /^(?:The|the|A|An) /.exec(m[1]!)?.[0] ?? '';
      const [whole, long, short] = [m[0].slice(article.length), m[1]!.slice(article.length), m[2]!];
      const index = m.index + article.length;
      if (!long.split(' ').some((word) => word[0] === short[0])) continue;
      const useAt = (p: Para) => [...p.text.matchAll(new RegExp(`(?<![\\p{L}(])${short}(?![\\p{L})])`, 'gu'))].map((u) => u.index);
      const later = draft.paras.slice(draft.paras.indexOf(para) + 1).flatMap((p) => useAt(p).map((at) => ({ para: p, at })));
      if (later.length < 2) continue;
      const targets = later.filter((use) => free.has(use.para) && use.para !== para);
      if (targets.length === 0) continue;
      const target = draft.random.pick(targets);
      const variation = VARIATIONS.find(([pattern]) => pattern.test(long));
      if (variation && draft.random.next() < 0.5) {
        options.push(() => {
          const varied = long.replace(variation[0], variation[1]);
          const at = splice(target.para, target.at, target.at + short.length, `${varied} (${short})`);
          target.para.used = true;
          target.para.marks.push({ ruleId: RULE, kind: 'term-abbreviation', detail: `${long} -> ${varied} (${short})`, start: at.start, end: at.start + varied.length });
          return true;
        });
      } else if (free.has(para)) {
        options.push(() => {
          splice(target.para, target.at, target.at + short.length, `${long} (${short})`);
          const at = splice(para, index, index + whole.length, short);
          para.used = true;
          target.para.used = true;
          para.marks.push({ ruleId: RULE, kind: 'term-abbreviation', detail: `${short} used before its definition`, ...at });
          return true;
        });
      }
    }
  }
  return options.length > 0 ? draft.random.pick(options)() : false;
};

export const KINDS: DefectKind[] = [
  { kind: 'term-hyphenation', ruleId: RULE, apply: hyphenation },
  { kind: 'term-capitals', ruleId: RULE, apply: capitals },
  { kind: 'term-abbreviation', ruleId: RULE, apply: abbreviation },
];
