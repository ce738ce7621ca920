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
}

const rewrite = (gb: RegExp, toUs: string, us: RegExp, toGb: string): Rewrite => ({ gb, toUs, us, toGb });

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

/** Every spelling of `word` in the other dialect that one rewrite gives. */
function rewrites(word: string, from: Dialect): string[] {
  const out = new Set<string>();
  for (const entry of REWRITES) {
    const [pattern, replacement] = from === 'en-GB' ? [entry.gb, entry.toUs] : [entry.us, entry.toGb];
    const matches = [...word.matchAll(pattern)];
    for (const match of matches) out.add(word.slice(0, match.index) + replacement + word.slice(match.index! + match[0].length));
    if (matches.length > 1) out.add(word.replace(pattern, replacement));
  }
  out.delete(word);
  return [...out];
}

const byLower = new Memo<DialectWord | null>('dialect:by-lower');

function classify(lower: string): DialectWord | null {
  if (!/^\p{Ll}{3,}$/u.test(lower)) return null;
  const us = inDictionary('en-US', lower);
  const gb = inDictionary('en-GB', lower);
  if (gb && !us) {
    const counterpart = rewrites(lower, 'en-GB').find((c) => inDictionary('en-US', c));
    return counterpart ? { dialect: 'en-GB', counterpart, weak: false } : null;
  }
  if (us) {
    // An American form: the British counterpart must be British only ("labor" -> "labour").
    const counterpart = rewrites(lower, 'en-US').find((c) => inDictionary('en-GB', c) && !inDictionary('en-US', c));
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
