// British and American spellings: which side a word is on, and which side a document takes.
import { inDictionary, type Dialect } from './dictionaries.js';
import { Memo } from '../../src/memo.js';

export interface DialectWord {
  dialect: Dialect;
  /** The same word in the other dialect ("defence" -> "defense"). */
  counterpart: string;
  /**
   * True when the other dialect also accepts this spelling (British "program", "license"), or it is
   * an -ize form (Oxford British spelling uses -ize too): weak evidence, never reported.
   */
  weak: boolean;
}

/** A regular British/American difference: what to find in one spelling and what to write instead. */
interface Rewrite {
  gb: RegExp;
  toUs: string;
  us: RegExp;
  toGb: string;
  /** Letters every match of the pattern holds: a word without them is not searched. */
  gbLiteral: string;
  usLiteral: string;
}

/** The letters a pattern's match must hold: its source before any lookahead, without anchors. */
const literalOf = (pattern: RegExp): string => pattern.source.replace(/\(\?=.*$/, '').replace(/^\^|\$$/g, '');

const rewrite = (gb: RegExp, toUs: string, us: RegExp, toGb: string): Rewrite => ({ gb, toUs, us, toGb, gbLiteral: literalOf(gb), usLiteral: literalOf(us) });

/** Each rewrite is tried at every single place it matches, and at all places at once. */
const REWRITES: Rewrite[] = [
  rewrite(/our/g, 'or', /or/g, 'our'), // colour, labour, honourable
  rewrite(/is(?=(?:e|ed|es|ing|ation|ations|er|ers)$)/g, 'iz', /iz(?=(?:e|ed|es|ing|ation|ations|er|ers)$)/g, 'is'), // organise
  rewrite(/ys(?=(?:e|ed|es|ing|er|ers)$)/g, 'yz', /yz(?=(?:e|ed|es|ing|er|ers)$)/g, 'ys'), // analyse
  rewrite(/tre(?=s?$)/g, 'ter', /ter(?=s?$)/g, 'tre'), // centre, metres
  rewrite(/tr(?=(?:ed|ing)$)/g, 'ter', /ter(?=(?:ed|ing)$)/g, 'tr'), // centred
  rewrite(/ence(?=s?$)/g, 'ense', /ense(?=s?$)/g, 'ence'), // defence, licences
  rewrite(/ogue(?=s?$)/g, 'og', /og(?=s?$)/g, 'ogue'), // catalogue
  rewrite(/ll(?=(?:ed|ing|er|ers|or|ors)$)/g, 'l', /l(?=(?:ed|ing|er|ers|or|ors)$)/g, 'll'), // travelled, counsellor
  rewrite(/l(?=(?:ment|ments|ful|s)?$)/g, 'll', /ll(?=(?:ment|ments|ful|s)?$)/g, 'l'), // fulfil, enrolment, skilful
  rewrite(/ae/g, 'e', /e/g, 'ae'), // paediatric, anaemia
  rewrite(/oe/g, 'e', /e/g, 'oe'), // oestrogen
  rewrite(/oeuvre/g, 'euver', /euver/g, 'oeuvre'), // manoeuvre
  rewrite(/mme(?=s?$)/g, 'm', /m(?=s?$)/g, 'mme'), // programme
  rewrite(/ou(?=l[dt])/g, 'o', /o(?=l[dt])/g, 'ou'), // mould, smoulder, moult
  rewrite(/ement(?=s?$)/g, 'ment', /ment(?=s?$)/g, 'ement'), // judgement
  rewrite(/eing$/g, 'ing', /ing$/g, 'eing'), // ageing
  rewrite(/^scept/g, 'skept', /^skept/g, 'scept'), // sceptic
  rewrite(/^grey/g, 'gray', /^gray/g, 'grey'),
  rewrite(/^plough/g, 'plow', /^plow/g, 'plough'),
  rewrite(/^aluminium/g, 'aluminum', /^aluminum/g, 'aluminium'),
  rewrite(/^moustache/g, 'mustache', /^mustache/g, 'moustache'),
  rewrite(/^pyjama/g, 'pajama', /^pajama/g, 'pyjama'),
  rewrite(/^cosy/g, 'cozy', /^cozy/g, 'cosy'),
  rewrite(/^jewellery/g, 'jewelry', /^jewelry/g, 'jewellery'),
];

/**
 * The first spelling of `word` in the other dialect that one rewrite gives (each rewrite in turn: at each
 * place it matches, then at all of them) and that `accept` takes; the word itself is never offered.
 */
function firstRewrite(word: string, from: Dialect, accept: (candidate: string) => boolean): string | undefined {
  const british = from === 'en-GB';
  for (const entry of REWRITES) {
    if (!word.includes(british ? entry.gbLiteral : entry.usLiteral)) continue; // the pattern cannot match: no search
    const pattern = british ? entry.gb : entry.us;
    const replacement = british ? entry.toUs : entry.toGb;
    // The shared global pattern, from the start (no match is empty; `accept` uses no pattern of this table).
    pattern.lastIndex = 0;
    let matches = 0;
    for (let match = pattern.exec(word); match !== null; match = pattern.exec(word)) {
      matches++;
      const candidate = word.slice(0, match.index) + replacement + word.slice(match.index + match[0].length);
      if (candidate !== word && accept(candidate)) return candidate;
    }
    if (matches > 1) {
      const candidate = word.replace(pattern, replacement);
      if (candidate !== word && accept(candidate)) return candidate;
    }
  }
  return undefined;
}

const byLower = new Memo<DialectWord | null>('dialect:by-lower');

function classify(lower: string): DialectWord | null {
  if (!/^\p{Ll}{3,}$/u.test(lower)) return null;
  const us = inDictionary('en-US', lower);
  const gb = inDictionary('en-GB', lower);
  if (gb && !us) {
    const counterpart = firstRewrite(lower, 'en-GB', (c) => inDictionary('en-US', c));
    return counterpart ? { dialect: 'en-GB', counterpart, weak: false } : null;
  }
  if (us) {
    // An American form: the British counterpart must be British only ("labor" -> "labour").
    const counterpart = firstRewrite(lower, 'en-US', (c) => inDictionary('en-GB', c) && !inDictionary('en-US', c));
    if (!counterpart) return null;
    return { dialect: 'en-US', counterpart, weak: gb || (/iz/.test(lower) && !/iz/.test(counterpart)) };
  }
  return null;
}

const byWritten = new Memo<DialectWord | null>('dialect:by-written');

/** Which dialect a word's spelling belongs to, if it is one of a British/American pair (cached per process). */
export function dialectOf(word: string): DialectWord | undefined {
  return byWritten.get(word, classifyWritten) ?? undefined;
}

function classifyWritten(word: string): DialectWord | null {
  return byLower.get(word.toLowerCase(), classify);
}

export interface Evidence {
  'en-US': { strong: number; weak: number };
  'en-GB': { strong: number; weak: number };
}

/** The document's dialect from its own spellings; undefined when the evidence is absent or even. */
export function majorityDialect(evidence: Evidence): Dialect | undefined {
  const us = evidence['en-US'];
  const gb = evidence['en-GB'];
  // The strong spellings decide, the weak ones break a tie (one comparison for both: no seldom-run branch).
  const strong = us.strong - gb.strong;
  const lead = strong !== 0 ? strong : us.weak - gb.weak;
  return lead > 0 ? 'en-US' : lead < 0 ? 'en-GB' : undefined;
}
