import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { lintDocument } from '../src/pipeline.js';
import { configWith, lint, lintRun, ROOT, spans } from './helpers.js';
import { editDistance } from '../rules/name-consistency/similarity.js';

const RULE = { 'name-consistency': 'warn' } as const;
const corpus = (name: string) => fs.readFileSync(path.join(ROOT, 'corpus', name), 'utf8');
const given = (file: string) =>
  fs
    .readFileSync(path.join(ROOT, 'test', 'fixtures', 'names', file), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/).pop()!)
    .filter(Boolean);

describe('name-consistency on the seed articles', () => {
  it('finds the two misspelt prime ministers and nothing else', () => {
    const text = corpus('000_b26d12ed39113007.txt');
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Pham Minh Trung', 'Le Hsien Loong', 'Pham Minh Sign']);
    expect(messages.map((m) => m.reason)).toEqual([
      'Name "Pham Minh Trung" differs from "Pham Minh Chinh" (used 3 times, first at 6:16)',
      'Name "Le Hsien Loong" differs from "Lee Hsien Loong" (used 5 times, first at 1:81)',
      'Name "Pham Minh Sign" differs from "Pham Minh Chinh" (used 3 times, first at 6:16)',
    ]);
    expect(messages.map((m) => m.expected)).toEqual([['Pham Minh Chinh'], ['Lee Hsien Loong'], ['Pham Minh Chinh']]);
    expect(messages.map((m) => m.actual)).toEqual(['Pham Minh Trung', 'Le Hsien Loong', 'Pham Minh Sign']);
  });

  it('offers a fix only for the close spelling, not for a guess from the title', () => {
    const file = lintDocument(corpus('000_b26d12ed39113007.txt'), 'seed.txt', configWith(RULE));
    const fixes = [...(file.data.fixes?.values() ?? [])].map((fix) => fix.text);
    expect(fixes).toEqual(['Lee Hsien Loong']);
  });

  it('is silent on the article that names its people consistently', () => {
    expect(lint(corpus('001_ca7f08b1c78a5a54.txt'), RULE)).toEqual([]);
  });
});

describe('name-consistency does not merge different people', () => {
  it('leaves a name cut short by an ellipsis in a teaser alone, and still reports a slip', () => {
    const teaser = (ending: string) =>
      `Link to: Acme Solar to Pay Consumer Settlement for Misleading Customers\n\nLink to: Acme Solar to Pay Consumer Settlement for Misleading Customers\n\nAcme Solar to Pay Consumer Settlement for Misleading ${ending}\n`;
    expect(lint(teaser('Custome...'), RULE)).toEqual([]);
    expect(lint(teaser('Custome…'), RULE)).toEqual([]);
    expect(spans(teaser('Custmers'), lint(teaser('Custmers'), RULE))).toEqual(['Misleading Custmers']);
  });

  it('takes a common word alone for a family name only after a title or before a reporting verb', () => {
    const links = 'Man Charged in Theft Case\nRead More\n\nWoman Sentenced for Fraud\nRead More\n\nClerk Arrested in Scheme\nRead More\n\n';
    const body = 'Investigators found that Vera Mora, a clerk at the agency, issued the false titles.';
    expect(lint(links + body, RULE)).toEqual([]);
    const young = 'The treasurer, Andrew Yung, resigned on Monday. Young said the accounts were in order. Mr Young added that he would help the inquiry. Young later left the building.';
    expect(spans(young, lint(young, RULE))).toEqual(['Yung']);
  });

  it('keeps a name before an ellipsis that marks an omission', () => {
    const text =
      'The volumes held the letters of Secretary of State Robert Lansing. Secretary Robert Lansing signed them all. They came from the correspondence of RobertLansing... secured after his death.';
    expect(spans(text, lint(text, RULE))).toEqual(['RobertLansing']);
  });

  it('keeps apart leaders who share name parts', () => {
    const text = [
      'HANOI - Prime Minister Pham Minh Chinh met Party General Secretary Nguyen Phu Trong on Monday.',
      'Deputy Prime Minister Pham Binh Minh and Prime Minister Pham Minh Chinh later received President Nguyen Xuan Phuc.',
      'National Assembly Chairman Vuong Dinh Hue attended. Photo: Hu Hung',
      'Pham Minh Chinh thanked Nguyen Phu Trong for his support, Nguyen Xuan Phuc said.',
    ].join('\n');
    expect(lint(text, RULE)).toEqual([]);
  });

  it('keeps apart holders of the same title in different countries', () => {
    const text = (other: string) =>
      `President of Laos Nguyen Van Thanh opened the summit. President of Laos Nguyen Van Thanh spoke first. ${other} Nguyen Van Binh replied.\n`;
    expect(lint(text('President of Cambodia'), RULE)).toEqual([]);
    // The control: the same title without a country is taken as the same office, and reported.
    expect(spans(text('President'), lint(text('President'), RULE))).toEqual(['Nguyen Van Binh']);
  });

  it('accepts the ways news writes one person', () => {
    const text = [
      'By LEE HSIEN LOONG and LAWRENCE WONG',
      'SINGAPORE - Prime Minister Lawrence Wong said on Tuesday that Wong would travel to Hanoi.',
      "PM Wong met former prime minister Lee Hsien Loong, and Mr Lee's advice was welcomed. Lee said Lawrence Wong had his support.",
      'Senior Minister Lee Hsien Loong spoke after Wong. Mr Wong thanked him.',
    ].join('\n');
    expect(lint(text, RULE)).toEqual([]);
  });

  it('does not merge Vietnamese people whose given names differ by a letter', () => {
    const boys = [...new Set(given('boy_no_accents.txt'))];
    const pairs: [string, string][] = [];
    for (let i = 0; i < boys.length && pairs.length < 60; i++) {
      for (let j = i + 1; j < boys.length; j++) {
        const [a, b] = [boys[i]!, boys[j]!];
        if (a[0] === b[0] && editDistance(a.toLowerCase(), b.toLowerCase()) === 1) pairs.push([a, b]);
      }
    }
    expect(pairs.length).toBeGreaterThan(20);
    const families = ['Nguyen Van', 'Tran Minh', 'Le Thi', 'Pham Duc', 'Hoang Quoc'];
    const paragraphs = pairs.map(([a, b], i) => {
      const family = families[i % families.length];
      return `Mr ${family} ${a}, a director, arrived in Hanoi. He met ${family} ${b} there. ${family} ${a} said the talks went well, and Mr ${family} ${a} agreed.`;
    });
    const text = paragraphs.join('\n\n');
    const messages = lint(text, RULE);
    expect(messages.map((m) => m.reason)).toEqual([]);
  });

  it('does not merge Vietnamese family names that differ by a letter', () => {
    const text = 'Mr Pham Huu Minh chaired the meeting. Pham Huu Minh said costs rose, and Pham Huu Minh left. Mr Phan Huu Minh, his deputy, stayed.\n';
    expect(lint(text, RULE)).toEqual([]);
  });

  it('does not merge people whose names differ only in accents that make other names', () => {
    const text = 'Ông Nguyễn Văn Hùng đến Hà Nội. Ông Nguyễn Văn Hưng cũng đến. Nguyễn Văn Hùng và Nguyễn Văn Hùng đã ký.\n';
    expect(lint(text, RULE)).toEqual([]);
  });

  it('keeps one-word names that differ by a letter apart without a full name to back them', () => {
    const text = 'Zelensky spoke in Kyiv. Zelensky met envoys, and Zelenskyy thanked them.\n';
    expect(lint(text, RULE)).toEqual([]);
  });

  it('does not take provinces, plurals or demonyms for spellings of one name', () => {
    const text = 'Shaanxi Province grew. Shanxi Province grew too. Shaanxi Province led. North Korea and North Korean troops; the Philippines and Philippine ports. Henan Province grew. Hunan Province and Henan Province did not. The Green Economy Forum met. The Green Economy Forum ended. The Green Economic Forum began.\n';
    expect(lint(text, RULE)).toEqual([]);
  });
});

describe('name-consistency on people it has not seen (regressions)', () => {
  it('keeps apart relatives whose given names are masculine and feminine forms of one name', () => {
    const text = [
      'MADRID - Gabriel Martinez, the club\'s new coach, arrived on Monday. His sister, Gabriela Martinez, is the team doctor.',
      'Gabriel Martinez said he was happy. Gabriel Martinez then met the players.',
      'Alexander Novak, the deputy prime minister, opened the forum. Alexander Novak spoke about oil. His niece Alexandra Novak chaired a panel.',
      'Frederick Douglass is remembered this week. Frederick Douglass was born in 1818. A descendant, Frederica Douglass, spoke.',
      'President Volodymyr Zelensky visited Lviv. Zelensky met soldiers. Zelensky thanked them. Zelenska, his wife, visited a school.',
    ].join('\n\n');
    expect(lint(text, RULE)).toEqual([]);
  });

  it('takes two near spellings in one sentence for two people, but not the same letters spaced or accented otherwise', () => {
    const text = [
      'Christopher Martin and Christophe Martin are not related. Christopher Martin is British; Christophe Martin is French.',
      'Christopher Martin spoke first.',
    ].join(' ');
    expect(lint(text, RULE)).toEqual([]);
    const spaced = 'Lee Jae-myung lost narrowly in 2022. Lee Jae-myung said he would run again, although Lee Jae Myung faces trials.\n';
    expect(spans(spaced, lint(spaced, RULE))).toEqual(['Lee Jae Myung']);
  });

  it('keeps apart rulers and popes with different regnal numbers', () => {
    const text = 'King Louis XIV built Versailles. King Louis XIV ruled for 72 years. His great-grandson, King Louis XV, succeeded him. Pope Benedict XVI resigned in 2013. Pope Benedict XVI was succeeded by Pope Francis. Pope Benedict XV had led the church in the First World War.\n';
    expect(lint(text, RULE)).toEqual([]);
  });

  it('does not take a former holder of a title for the present one', () => {
    const text = 'Former Prime Minister Nguyen Van Kiet was remembered at the ceremony. Prime Minister Nguyen Van Khai laid a wreath. Prime Minister Nguyen Van Khai then spoke. The late President Nguyen Van Linh was also honoured; President Nguyen Van Long spoke twice, and later President Nguyen Van Long left.\n';
    expect(lint(text, RULE)).toEqual([]);
    const acting = 'Chancellor Karl Heinz Brandt opened the session. Chancellor Karl Heinz Brandt spoke. Acting Chancellor Karl Heinz Berger had signed the decree.\n';
    expect(lint(acting, RULE)).toEqual([]);
    // The control: the same text without "Acting" takes both for the one chancellor.
    const sitting = acting.replace('Acting Chancellor', 'Chancellor');
    expect(spans(sitting, lint(sitting, RULE))).toEqual(['Karl Heinz Berger']);
  });

  it('does not join brothers who share a patronymic under one title', () => {
    const text = 'King Abdullah bin Abdulaziz ruled until 2015. King Salman bin Abdulaziz succeeded him. King Salman bin Abdulaziz has ruled since, and in 2017 King Salman bin Abdulaziz named his son crown prince.\n';
    expect(lint(text, RULE)).toEqual([]);
  });

  it('is silent on wire copy with many people who share family names', () => {
    const text = [
      'WASHINGTON (AP) - Former President George W. Bush marked the anniversary of his father\'s death. George H. W. Bush, the 41st president, died in 2018. George W. Bush spoke at the library in College Station, and Barbara Bush was remembered.',
      'Alan Smith, chief executive of the Federation of Small Businesses, said firms were struggling. Smith urged ministers to cut business rates. Julian Smith, a Conservative MP, said the party must listen. Julian Smith told the BBC that voters wanted lower taxes.',
      'North Korean leader Kim Jong Un watched the launch. Kim Jong Un was joined by his sister, Kim Yo Jong. Kim Yo Jong later issued a statement. Kim Jong Il, his late father, had begun the programme.',
      'Chinese President Xi Jinping met Premier Li Qiang. Xi said growth would pick up, and Li Qiang agreed. Foreign Minister Wang Yi and Finance Minister Liu Kun attended.',
      'Saudi Crown Prince Mohammed bin Salman met Prince Faisal bin Farhan. Mohammed bin Salman spoke first. Egyptian President Abdel Fattah al-Sisi also attended; al-Sisi said Egypt would help.',
      'Mexican President Andres Manuel Lopez Obrador met Cristina Fernandez de Kirchner. Lopez Obrador spoke. Fernandez de Kirchner did not.',
      'Author J. K. Rowling signed books. Rowling said she was grateful. Nguyen Van A opened the shop in 1995; his brother, Nguyen Van B, joined later. Nguyen Van A handles customers. Nguyen Van B keeps the accounts.',
    ].join('\n\n');
    expect(lint(text, RULE)).toEqual([]);
  });

  it('takes a lone family name for the person in the text who bears it', () => {
    const text = [
      'LONDON - Emma Thompson and the cinematographer Mark Thomson were honoured on Sunday. Thompson won best actress.',
      'Thompson thanked her family. Thompson also praised the director. Thomson said he was stunned, and Thomson left early.',
    ].join('\n\n');
    expect(lint(text, RULE)).toEqual([]);
    // The control: without Mark Thomson in the text, a lone "Thomson" is a weak variant of Thompson.
    const alone = text.replace(' and the cinematographer Mark Thomson were', ' was').replace('Thomson said he was stunned, and Thomson left early.', 'Thomson left early.');
    expect(spans(alone, lint(alone, RULE))).toEqual(['Thomson']);
  });

  it('keeps apart Hong Kong candidates whose names differ by a syllable or a family name', () => {
    const text = [
      'In Kowloon East, Civic Party councillor Grace Cheung kept her seat and Labour Party chairman Peter Cheung won a second term.',
      'Pro-establishment veteran Lau Kwok-hing of the union federation lost by 8,000 votes. His colleague Lau Kwok-kin held on, and Lau Kwok-kin thanked his voters.',
      'Among the newcomers was Cheng Wing-tai of the localist group City Voice.',
    ].join('\n\n');
    expect(lint(text, RULE)).toEqual([]);
    // The control: a slip of one letter in a syllable is still a slip.
    const slip = `${text}\n\nLater Lau Kwok-kim spoke to reporters.`;
    expect(spans(slip, lint(slip, RULE))).toEqual(['Lau Kwok-kim']);
  });

  it('still finds variants of a name in new text', () => {
    const text = [
      'BERLIN - Chancellor Olaf Scholz met President Recep Tayyip Erdoğan. Olaf Scholz said Germany would send more aid.',
      'Recep Tayyip Erdoğan said Turkey was ready to mediate. Olaf Scholz agreed.',
      'Australian Prime Minister Anthony Albanese arrived later. Anthony Albanese met both leaders.',
      'Chancellor Olaf Scholtz then returned to Berlin. Recep Tayyip Erdogan flew to Ankara. Prime Minister Anthony Albanes left for Manila.',
    ].join('\n\n');
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Olaf Scholtz', 'Recep Tayyip Erdogan', 'Anthony Albanes']);
    expect(messages.map((m) => (m as unknown as { data: { kind: string } }).data.kind)).toEqual(['spelling', 'diacritics', 'spelling']);
  });
});

describe('name-consistency finds transliteration variants', () => {
  it('flags a Chinese name spelt two ways', () => {
    const text = 'President Xi Jinping arrived in Moscow. Xi Jinping met officials. Xi Jinping said talks went well. Talks with Xi Jingping ended late.\n';
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Xi Jingping']);
    expect(messages[0]!.reason).toBe('Name "Xi Jingping" differs from "Xi Jinping" (used 3 times, first at 1:11)');
  });

  it('flags an Arabic name spelt two ways and a Korean name spaced two ways', () => {
    const text = [
      'Crown Prince Mohammed bin Salman hosted the summit. Mohammed bin Salman spoke first.',
      'Later Mohammad bin Salman met Kim Jong-un, whom Kim Jong-un had invited; Kim Jong Un left early.',
    ].join('\n');
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Mohammad bin Salman', 'Kim Jong Un']);
    expect(messages.map((m) => (m as unknown as { data: { kind: string } }).data.kind)).toEqual(['spelling', 'spacing']);
  });

  it('flags a Russian name spelt two ways when the same office backs it', () => {
    const text = 'Foreign Minister Sergei Lavrov arrived. Foreign Minister Sergei Lavrov spoke. Foreign Minister Sergey Lavrov left.\n';
    expect(spans(text, lint(text, RULE))).toEqual(['Sergey Lavrov']);
    const bare = 'Sergei Lavrov arrived. Sergei Lavrov spoke. Sergey Lavrov left.\n';
    expect(lint(bare, RULE)).toEqual([]);
  });

  it('flags a one-word family name only when the full name is known, and says it is weak evidence', () => {
    const text = 'President Volodymyr Zelensky spoke in Kyiv. Zelensky met envoys. Zelensky said so. Zelenskyy thanked them.\n';
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Zelenskyy']);
    expect(messages[0]!.reason).toContain('a one-word name is weak evidence');
    const file = lintDocument(text, 'doc.txt', configWith(RULE));
    expect(file.data.fixes?.size ?? 0).toBe(0);
  });

  it('gives names that differ only in diacritics their own kind', () => {
    const text = 'Thủ tướng Phạm Minh Chính met envoys. Phạm Minh Chính spoke, and Phạm Minh Chính left. Pham Minh Chinh returned.\n';
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Pham Minh Chinh']);
    expect(messages[0]!.reason).toBe('Name "Pham Minh Chinh" differs from "Phạm Minh Chính" only in diacritics (used 3 times, first at 1:11)');
    expect((messages[0] as unknown as { data: { kind: string } }).data.kind).toBe('diacritics');
  });

  it('stays silent when two forms are used once each', () => {
    const text = 'Prime Minister Fumio Kishida met Funio Kishida later.\n';
    expect(lint(text, RULE)).toEqual([]);
  });
});

describe('name-consistency options', () => {
  const seed = () => corpus('000_b26d12ed39113007.txt');

  it('reports listed variants and accepts aliases', () => {
    const names = [
      { name: 'Pham Minh Chinh', variants: ['Pham Minh Trung'] },
      { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy'] },
    ];
    const text = 'Prime Minister Pham Minh Trung met Volodymyr Zelenskyy. Volodymyr Zelensky thanked Volodymyr Zelensky.\n';
    const messages = lint(text, { 'name-consistency': ['warn', { names }] });
    expect(spans(text, messages)).toEqual(['Pham Minh Trung']);
    expect(messages[0]!.reason).toBe('Name "Pham Minh Trung" is listed as a wrong spelling of "Pham Minh Chinh"');
  });

  it('prefers a configured spelling even when the text uses it less', () => {
    const text = 'Xi Jingping spoke. Xi Jingping left. Xi Jinping returned.\n';
    const messages = lint(text, { 'name-consistency': ['warn', { names: ['Xi Jinping'] }] });
    expect(spans(text, messages)).toEqual(['Xi Jingping', 'Xi Jingping']);
    expect(messages[0]!.reason).toBe('Name "Xi Jingping" differs from "Xi Jinping", the preferred spelling');
  });

  it('honours allow and minOccurrences', () => {
    const text = seed();
    expect(spans(text, lint(text, { 'name-consistency': ['warn', { allow: ['le hsien loong'] }] }))).toEqual(['Pham Minh Trung', 'Pham Minh Sign']);
    expect(spans(text, lint(text, { 'name-consistency': ['warn', { minOccurrences: 4 }] }))).toEqual(['Le Hsien Loong']);
  });

  it('rejects malformed names', () => {
    expect(() => lint('x', { 'name-consistency': ['warn', { names: [{ aliases: ['A'] }] }] })).toThrow(/needs a "name"/);
    expect(() => lint('x', { 'name-consistency': ['warn', { names: 'Xi Jinping' }] })).toThrow(/list of names/);
  });
});

describe('name-consistency across the files of a run', () => {
  it('tells a file that the rest of the run spells the name otherwise', () => {
    const results = lintRun(
      {
        'a.txt': 'Prime Minister Pham Minh Chinh met investors. Pham Minh Chinh spoke.\nPrime Minister Pham Minh Chinh left.\n',
        'b.txt': 'Prime Minister Pham Minh Chinh opened the plant.\n',
        'c.txt': 'On Monday, Prime Minister Pham Minh Trung visited Hai Phong.\n',
      },
      RULE,
    );
    expect(results['a.txt']).toEqual([]);
    expect(results['b.txt']).toEqual([]);
    const messages = results['c.txt']!;
    expect(messages.map((m) => m.reason)).toEqual(['Name "Pham Minh Trung" differs from "Pham Minh Chinh" (used 4 times in 2 files, first at a.txt:1:16)']);
    expect(messages.map((m) => [m.line, m.column])).toEqual([[1, 27]]);
  });

  it('does not report again what a file already reported', () => {
    const results = lintRun(
      {
        'a.txt': 'Prime Minister Lee Hsien Loong spoke. Lee Hsien Loong left. Prime Minister Le Hsien Loong returned.\n',
        'b.txt': 'Prime Minister Lee Hsien Loong arrived.\n',
      },
      RULE,
    );
    expect(spans('', results['a.txt']!).length).toBe(1);
    expect(results['b.txt']).toEqual([]);
  });
});

describe('name mentions in the shared analysis', () => {
  const mentions = (text: string) => analyse(text, 'text').mentions.map((m) => `${m.title ? `[${m.title}] ` : ''}${m.words.join(' ')}`);

  it('separates a title with "of" from the name after it', () => {
    expect(mentions('Prime Minister of Singapore Lee Hsien Loong arrived in Singapore.')).toEqual([
      'Singapore',
      '[Prime Minister of Singapore] Lee Hsien Loong',
      'Singapore',
    ]);
    expect(mentions('General Secretary of the Communist Party of Vietnam To Lam met the press.')).toEqual([
      'Communist Party',
      'Vietnam',
      '[General Secretary of the Communist Party of Vietnam] To Lam',
    ]);
    expect(mentions('Minister of Foreign Affairs Wang Yi met the President of the National Assembly.')).toEqual([
      'Foreign Affairs',
      '[Minister of Foreign Affairs] Wang Yi',
      'National Assembly',
    ]);
  });

  it('keeps Vietnamese letters the tokeniser splits inside the name', () => {
    expect(mentions('Thủ tướng Phạm Minh Chính met envoys.')).toEqual(['Thủ', 'Phạm Minh Chính']);
  });

  it('drops clause-initial words, keeps credits and hyphenated names', () => {
    expect(mentions('Supporting Vietnam matters; Strengthen ties. Photo: Hu Hung')).toEqual(['Vietnam', 'Photo', 'Hu Hung']);
    expect(mentions('Receiving Singaporean Prime Minister Lawrence Wong, Kim Jong-un smiled.')).toEqual([
      'Singaporean',
      '[Prime Minister] Lawrence Wong',
      'Kim Jong-un',
    ]);
  });
});
