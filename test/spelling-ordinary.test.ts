// spelling on ordinary copy: glued words at sentence starts and after names, hyphen-broken words, other
// languages, and the formations, variants and phrases careful writers use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixesOf } from '../src/fix.js';
import { lintDocument } from '../src/pipeline.js';
import { configWith, lint, ROOT, spans } from './helpers.js';

const SPELLING = { spelling: 'warn' } as const;
const spelling = (text: string) => lint(text, SPELLING);

describe('spelling: words run together in capitalised and name-heavy text', () => {
  it('splits a word run into a function word at a sentence start, and fixes it', () => {
    const text = 'Accordingto the ministry, exports rose. Inhis view, the rise will last. Becauseof the rain, the match was delayed.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['Accordingto', 'Inhis', 'Becauseof']);
    expect(messages.map((message) => message.expected![0])).toEqual(['According to', 'In his', 'Because of']);
    const file = lintDocument(text, 'doc.txt', configWith(SPELLING));
    expect(applyFixes(text, fixesOf(file)).text).toBe('According to the ministry, exports rose. In his view, the rise will last. Because of the rain, the match was delayed.');
  });

  it('splits a name the document uses run into the next word', () => {
    const text = 'Baker arrived in Hanoi on Monday. Bakerbrought a letter, and the Hanoiwas delegation read it before Baker left.';
    expect(spans(text, spelling(text))).toEqual(['Bakerbrought', 'Hanoiwas']);
  });

  it('splits a proper adjective or a title word run into the next word, even before a closing quote', () => {
    const text =
      'The British fleet sailed. The Britishnavy seized ships, Russianwoman spies were caught, and the Foreign Servicenationals left. He praised “Americanprinciples.” Thatyear, Helparrived.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['Britishnavy', 'Russianwoman', 'Servicenationals', 'Americanprinciples', 'Thatyear', 'Helparrived']);
    expect(messages.map((message) => message.expected![0])).toEqual(['British navy', 'Russian woman', 'Service nationals', 'American principles', 'That year', 'Help arrived']);
  });

  it('prefers the split with a function word', () => {
    const text = 'The Governments met. Inthis case the Governmentshad no say.';
    expect(spelling(text).map((message) => message.expected![0])).toEqual(['In this', 'Governments had']);
  });

  it('leaves names built from words alone: brands at a sentence start, surnames and places', () => {
    const text =
      'Microsoft said so. Facebook agreed. Greenfield and Robertson met Harrison in Kingston, and Higginson wrote to Westmoreland County. Homebuyers waited.';
    expect(spelling(text)).toEqual([]);
  });

  it('tells two content words run together from a closed compound', () => {
    const text = 'The failedattempts and financialdemands angered homebuyers and policymakers, but the jobseekers waited.';
    expect(spans(text, spelling(text))).toEqual(['failedattempts', 'financialdemands']);
  });
});

describe('spelling: a word broken by a hyphen', () => {
  it('reports one finding with the joined word as its fix', () => {
    const text = 'The dele-gation studied the docu-ment before the vote.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['dele-gation', 'docu-ment']);
    expect(messages.map((message) => message.expected)).toEqual([['delegation'], ['document']]);
  });

  it('leaves compounds and prefixes with a hyphen alone', () => {
    const text = 'The co-ordinator of the re-election campaign, a long-term make-up artist, wrote on geo-politics and intra-party fights.';
    expect(spelling(text)).toEqual([]);
  });
});

describe('spelling: capitalised misspellings inside a name phrase', () => {
  it('flags a word one slip from a common word inside a place name, not a name one letter from a word', () => {
    const text = 'The plane landed at Noi Bai Internatonal Airport, near the Winfield Memorial Hall.';
    expect(spans(text, spelling(text))).toEqual(['Internatonal']);
  });

  it('flags a capitalised title word misspelt once when the document writes it correctly', () => {
    const text = 'The Department of State and the National Security Council met. Later the Deparment asked the Security Coucil and the Soviet Union for help.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['Deparment', 'Coucil']);
    expect(messages.map((message) => message.expected)).toEqual([['Department'], ['Council']]);
  });

  it('leaves the given names of different people alone', () => {
    const text = 'Hans-Peter Vogel met Pieter van der Berg and Augusto Pinochet in August.';
    expect(spelling(text)).toEqual([]);
  });
});

describe('spelling: paragraphs in other languages', () => {
  it('skips them and says so once, as a note (not a warning)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/spelling/spanish-release.txt'), 'utf8');
    const messages = spelling(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fatal).toBeUndefined();
    expect(messages[0]!.reason).toContain('2 paragraphs in Spanish');
    expect((messages[0] as unknown as { data: { kind: string } }).data.kind).toBe('language');
  });

  // Paragraphs written for this test (news-release style, with and without diacritics).
  const FOREIGN: [string, string][] = [
    ['French', "Le gouvernement a présenté mardi un nouveau plan pour soutenir les petites entreprises de la région. Selon le ministre, les aides seront versées avant la fin de l'année, mais plusieurs syndicats estiment que les montants restent insuffisants."],
    ['French', "Le gouvernement a presente mardi un nouveau plan pour soutenir les petites entreprises de la region. Selon le ministre, les aides seront versees avant la fin de l'annee."],
    ['German', 'Die Bundesregierung hat am Dienstag ein neues Programm zur Förderung kleiner Unternehmen vorgestellt. Nach Angaben des Ministeriums sollen die Hilfen noch vor Jahresende ausgezahlt werden, doch mehrere Verbände halten die Summen für zu gering.'],
    ['Portuguese', 'O governo apresentou nesta terça-feira um novo plano para apoiar as pequenas empresas da região. Segundo o ministro, os recursos serão liberados antes do fim do ano, mas vários sindicatos afirmam que os valores continuam insuficientes.'],
    ['Italian', "Il governo ha presentato martedì un nuovo piano per sostenere le piccole imprese della regione. Secondo il ministro, gli aiuti saranno erogati prima della fine dell'anno, ma diversi sindacati ritengono che le somme siano insufficienti."],
    ['Dutch', 'De regering heeft dinsdag een nieuw plan gepresenteerd om kleine bedrijven in de regio te steunen. Volgens de minister worden de subsidies nog voor het einde van het jaar uitbetaald, maar verschillende vakbonden vinden de bedragen te laag.'],
  ];
  for (const [language, paragraph] of FOREIGN) {
    it(`skips a paragraph in ${language} and checks the English one beside it`, () => {
      const text = `${paragraph}\n\nThe goverment published the plan in English too.`;
      const messages = spelling(text);
      expect(spans(text, messages)).toEqual(['', 'goverment']);
      expect(messages[0]!.reason).toContain(`a paragraph in ${language}`);
    });
  }

  it('checks an English paragraph full of foreign names and their particles', () => {
    const names = [
      'The delegation included Jean-Luc Moreau of Lyon, Hans-Peter Vogel from Dresden, João Pedro Almeida and Maria da Silva of Porto, Giovanni De Luca and',
      'Francesca Rossi of Bologna, Pieter van der Berg and Sanne de Vries of Utrecht, and Nguyen Van Thanh of Da Nang, who met Luis García de la Fuente and Ana',
      'Lucía dos Santos at the Palacio de la Moncloa.',
    ].join(' ');
    expect(spelling(names)).toEqual([]);
    const list = 'Winners: Jean de la Fontaine, Marie de la Cruz, José de los Santos, Ana del Río, Luis de la Peña, Pedro dos Santos, Anke van der Linden, all goverment staff.';
    expect(spans(list, spelling(list))).toEqual(['goverment']);
  });

  it('still checks English paragraphs of the same document', () => {
    const text = 'El ministerio publicó hoy que los programas de apoyo para las familias seguirán hasta el final del año.\n\nThe goverment said so.';
    expect(spans(text, spelling(text))).toEqual(['', 'goverment']);
  });
});

describe('spelling: what careful writers write', () => {
  it('accepts foreign phrases read whole, but not their words alone', () => {
    const text = "It was de facto rule after the coup d'etat; vis-à-vis the rebels, troops left en masse, cum laude, pro tempore and bona fide.";
    expect(spelling(text)).toEqual([]);
    expect(spans('The facto was odd.', spelling('The facto was odd.'))).toEqual(['facto']);
  });

  it('accepts variant spellings, inflections of dictionary words and long prefixes', () => {
    const text =
      'The despatches of the guerilla protestors, biassed memoranda, ratifications, militaries, abided rules, decrypted cables, remilitarization and noncontiguous lands.';
    expect(spelling(text)).toEqual([]);
  });

  it('still flags undoubled consonants in past tenses', () => {
    const text = 'He commited the act that occured when they refered to it.';
    expect(spans(text, spelling(text))).toEqual(['commited', 'occured', 'refered']);
  });

  it('accepts plurals of names and informal elongations', () => {
    const text = 'Herrick met the Herricks at the Grammys. "Pleeease," she said, "sooooo good."';
    expect(spelling(text)).toEqual([]);
  });

  it('takes a double letter written three times for a slip, not emphasis, and accepts plurals in hyphenated compounds', () => {
    const text = 'The first threee areas split the haves and the have-nots, the also-rans agains the rest.';
    const messages = spelling(text);
    expect(spans(text, messages)).toEqual(['threee', 'agains']);
    expect(messages.map((message) => message.expected![0])).toEqual(['three', 'against']);
  });

  it('does not call one person a misspelling of another', () => {
    const text = 'David Walliams met Serena Williams. Later Walliams said that Williams had won.';
    expect(spelling(text)).toEqual([]);
  });
});
