// spelling: words run into a name's neighbour, misspellings names hid, and the order of suggestions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, ROOT, spans } from './helpers.js';

const SPELLING = { spelling: 'warn' } as const;
const spelling = (text: string) => lint(text, SPELLING);

describe('spelling: a name or a title word run into the next word', () => {
  it('splits a capitalised word run into a function word, an adverb or a verb', () => {
    const text =
      'The National Security Council met. The Councilitself included the President, and the Departmentnow had three offices. ' +
      'Davis journeyed to the Continentwithout credentials. The European Communitytied the currencies. Vance agreed, but Vancelater came to oppose it.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['Councilitself', 'Departmentnow', 'Continentwithout', 'Communitytied', 'Vancelater']);
    expect(messages.map((message) => message.expected![0])).toEqual(['Council itself', 'Department now', 'Continent without', 'Community tied', 'Vance later']);
  });

  it('splits proper nouns of the dictionary, their plurals and pinyin-shaped ones, and the last word of a name', () => {
    const text =
      'The Government of Mexicoopted to expel the minister. Some Bostoniansfelt that the time had come. The volumes on the Eisenhoweradministration appeared. ' +
      'He ran on the Whigticket in 1844. Silas Deanewas sent to France.';
    expect(spans(text, spelling(text))).toEqual(['Mexicoopted', 'Bostoniansfelt', 'Eisenhoweradministration', 'Whigticket', 'Deanewas']);
  });

  it('splits a title word of three letters and a plural common word run into the next word', () => {
    const text = 'They managed the Cold Warcrises. Perry sailed to the Bonin Islandssouthwest of Japan, under the Fourteen Pointsplan.';
    expect(spans(text, spelling(text))).toEqual(['Warcrises', 'Islandssouthwest', 'Pointsplan']);
  });

  it('leaves names built from a proper noun and a short word, and names after a given name', () => {
    const text =
      'Burgoyne surrendered at Saratoga. The Reichsmarks and the Annamite range. Gaillard and Gaullist ideas. Thatcherism spread. ' +
      'Jack Fletcher met Silas Archer and Omar Farhad in Jacksonville.';
    expect(spelling(text)).toEqual([]);
  });
});

describe('spelling: misspellings that a name-like place hid', () => {
  it('reports a connective misspelt at a sentence start before a comma, not a name there', () => {
    const text = 'Howver, the bill passed. Neverthless, Churchill agreed. Finaly, they left. Sharpin, a journalist, wrote about it.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['Howver', 'Neverthless', 'Finaly']);
    expect(messages.map((message) => message.expected![0])).toEqual(['However', 'Nevertheless', 'Finally']);
  });

  it('checks a word after a hyphen and a proper noun of the dictionary, not the syllable of a name', () => {
    const text = 'Serbian-controled media reported it; Kim Jong-un and Ri Sol-ju watched.';
    expect(spans(text, spelling(text))).toEqual(['controled']);
  });

  it('does not take an adjective with -d for a past tense', () => {
    const text = 'Root was awared the Nobel Peace Prize; the hall was balustraded.';
    expect(spans(text, spelling(text))).toEqual(['awared']);
  });

  it('reports a long word two slips from a common word, which the dictionary search misses', () => {
    const text = 'There was a large permenant army, and the service expierenced growth.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['permenant', 'expierenced']);
    expect(messages.map((message) => message.expected![0])).toEqual(['permanent', 'experienced']);
  });
});

describe('spelling: the order of suggestions', () => {
  it('puts the word in common use first among equally near ones', () => {
    const text = 'She was studing law. He hoped to recieve it. The comittee met.';
    expect(spelling(text).map((message) => message.expected![0])).toEqual(['studying', 'receive', 'committee']);
  });
});

describe('spelling: modern copy written for these tests', () => {
  it('is quiet on a press release, a product review and local news with modern words', () => {
    for (const file of ['modern-press-release.txt', 'modern-web-review.txt', 'modern-local-news.txt']) {
      const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/spelling', file), 'utf8');
      expect(spelling(text), file).toEqual([]);
    }
  });

  it('accepts clipped pairs and closed compounds with a short last word', () => {
    const text = 'Workers in hi-vis vests shared a roadmap and lo-res photos of sci-fi films.';
    expect(spelling(text)).toEqual([]);
  });
});
