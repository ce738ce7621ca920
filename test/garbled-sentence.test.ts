import { describe, expect, it } from 'vitest';
import { lint, spans } from './helpers.js';

const ON = { 'garbled-sentence': 'warn', 'capital-after-semicolon': 'warn' } as const;

function found(text: string, options?: Record<string, unknown>) {
  const rules = options ? { ...ON, 'garbled-sentence': ['warn', options] as ['warn', Record<string, unknown>] } : ON;
  const messages = lint(text, rules);
  return messages.map((message, i) => ({
    kind: (message as unknown as { data: { kind: string } }).data.kind,
    rule: message.ruleId,
    text: spans(text, messages)[i],
  }));
}

describe('garbled-sentence: no-verb', () => {
  it('flags a name and title left as a sentence of their own', () => {
    const text =
      'The premier met the visiting Thai foreign minister on Monday and held talks with senior officials. Tran Thanh Man, Chairman of the National Assembly.\n';
    expect(found(text)).toEqual([{ kind: 'no-verb', rule: 'garbled-sentence', text: 'Tran Thanh Man, Chairman of the National Assembly.' }]);
  });

  it('reads a verb whose past is its base form before an amount ("cost billions")', () => {
    const text = 'The dam took ten years to build. The project cost billions of dollars a year. The storm hit 40 towns along the coast.\n';
    expect(found(text)).toEqual([]);
  });

  it('flags a verbless fragment in the middle of a paragraph', () => {
    const text = 'Visitor numbers reached 4 million last year. The top 25% level. Hotels expect more guests this year.\n';
    expect(found(text).map((f) => f.text)).toEqual(['The top 25% level.']);
  });

  it('keeps short answers, datelines written as sentences and deliberate fragments', () => {
    const text = [
      'Will prices fall? Not so. Yes. Thank you.',
      'Xinhua News Agency, Beijing, March 3rd.',
      'The result: a sharp fall in prices across the board.',
      'In short, a good year for the industry.',
      'This year marks the 30th anniversary of the agreement.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('keeps a caption-like paragraph of one sentence and credit lines', () => {
    const text = [
      'The two leaders agreed to expand trade.',
      'Delegates at the opening ceremony of the trade fair in Hanoi.',
      'President Joko Widodo (L) and delegates visiting the exhibition.',
      'Reporting by Nguyen Van An; Editing by Tran Thi Binh.',
      'The fair opened on Monday. Updated on March 5, 2024.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('still judges a one-sentence paragraph that does not read like a caption', () => {
    const text = 'Prices rose in March.\n\nAccording to the survey, a sharp rise in prices and now pushing households to save more.\n';
    expect(found(text).map((f) => f.kind)).toEqual(['no-main-verb']);
  });

  it('can be switched off', () => {
    const text = 'The two sides signed three agreements on Monday. Le Minh Hung, Governor of the State Bank.\n';
    expect(found(text).map((f) => f.kind)).toEqual(['no-verb']);
    expect(found(text, { noVerb: false })).toEqual([]);
  });
});

describe('garbled-sentence: no-main-verb', () => {
  it('flags a noun phrase followed only by a participle', () => {
    const text = 'The deal was signed in May. Vietnam – Laos trade growing fast in new fields such as logistics and energy.\n';
    expect(found(text)).toEqual([
      { kind: 'no-main-verb', rule: 'garbled-sentence', text: 'Vietnam – Laos trade growing fast in new fields such as logistics and energy.' },
    ]);
  });

  it('does not count verbs of a clause hanging off the participle', () => {
    const text = 'The leaders met in Hanoi. A Comprehensive Partnership (2015-2025), noting that the visit opens a new chapter.\n';
    expect(found(text).map((f) => f.kind)).toEqual(['no-main-verb']);
  });

  it('keeps fronted participle clauses, "according to" and sentences with a finite verb', () => {
    const text = [
      'Stressing the importance of trade, the minister called for closer ties.',
      'According to the ministry, exports rose by 12 percent in the first quarter.',
      'Rising prices and a weak currency have hurt households, the survey found.',
      'Cooking at home saves money for most families in the city.',
      'Emphasizing that the plan is urgent, the two leaders agreed to meet again in June.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('can be switched off', () => {
    const text = 'Talks ended on Friday. Thailand – Malaysia cooperation expanding into clean energy and transport.\n';
    expect(found(text, { noMainVerb: false })).toEqual([]);
  });
});

describe('garbled-sentence: no-subject', () => {
  it('flags a sentence that starts with a past-tense verb and has no subject', () => {
    const text = 'The minister received the ambassador in Hanoi on Tuesday. Praised the progress of bilateral trade.\n';
    expect(found(text)).toEqual([{ kind: 'no-subject', rule: 'garbled-sentence', text: 'Praised the progress of bilateral trade.' }]);
  });

  it('does not take imperatives, participle openers or inversions for subjectless sentences', () => {
    const text = [
      'Open the file. Then save it under a new name. Check the settings before you start.',
      'Established in 1965, the agency employs more than 2,000 people.',
      'Based on the latest figures, the ministry expects growth of 6.5 percent.',
      'Included in the package are new rules on data protection.',
      'Continued tight supply in the job market will be the backdrop for the economy.',
      'Asked about the plan, the minister said the government would decide next month.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('looks past a dateline and through verbs joined with "and"', () => {
    const text = 'The team met on Monday.\n\nWelcomed the delegation and praised its work.\n\nHANOI (VNA) – Held talks with the minister.\n';
    expect(found(text).map((f) => f.text)).toEqual(['Welcomed the delegation and praised its work.', 'Held talks with the minister.']);
  });

  it('keeps Markdown reference descriptions under a heading', () => {
    const text = '# API\n\n## done(error, result)\n\nCalled with either an error or a result. Returns nothing.\n';
    expect(lint(text, ON, 'doc.md')).toEqual([]);
  });

  it('skips a dateline and quotations', () => {
    const text = 'HANOI (VNA) – Vietnam and Japan agreed on Monday to expand trade.\n\n"Welcomed the delegation," he wrote.\n';
    expect(found(text)).toEqual([]);
  });
});

describe('garbled-sentence: stray-word and lower-case-start', () => {
  it('flags a stray lower-case word cut off by a semicolon', () => {
    const text = 'The two parties agreed to share experience in training officials. set; expand trade in farm goods; raise investment.\n';
    expect(found(text)).toEqual([{ kind: 'stray-word', rule: 'garbled-sentence', text: 'set' }]);
  });

  it('flags a sentence that starts in lower case after a full stop', () => {
    const text = 'The bank raised its rates on Monday. the decision surprised most analysts in the market.\n';
    expect(found(text)).toEqual([{ kind: 'lower-case-start', rule: 'garbled-sentence', text: 'the' }]);
  });

  it('keeps abbreviations, brand names and web addresses', () => {
    const text = [
      'The meeting was held at 3 p.m. on Friday. Officials said the talks went well.',
      'The two sides discussed trade, investment, education, etc. and agreed to meet again.',
      'Sales of the iPhone rose. eBay also grew in the period.',
      'The report was published on Chinanews.com on Friday.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('can be switched off', () => {
    expect(found('Prices rose. the market fell sharply in the afternoon.\n', { strayWord: false })).toEqual([]);
  });
});

describe('garbled-sentence: orphan-word', () => {
  it('flags a lower-case word standing alone as a sentence', () => {
    const text = 'The two ministers agreed to study an upgrade of relations in the near future. soon.\n';
    expect(found(text)).toEqual([{ kind: 'orphan-word', rule: 'garbled-sentence', text: 'soon.' }]);
  });

  it('keeps one-word answers and interjections', () => {
    expect(found('Did the talks succeed? Yes. Indeed. Thanks.\n')).toEqual([]);
  });

  it('can be switched off', () => {
    expect(found('The plan was approved in March. later.\n', { orphanWord: false, strayWord: false })).toEqual([]);
  });
});

describe('garbled-sentence: caption-in-text', () => {
  it('flags a caption whose credit runs into the text', () => {
    const text =
      'President Luong Cuong and President Prabowo Subianto at the welcome ceremony Photo: Nguyen Hong\n\nThe two leaders then held talks.\n';
    expect(found(text)).toEqual([
      {
        kind: 'caption-in-text',
        rule: 'garbled-sentence',
        text: 'President Luong Cuong and President Prabowo Subianto at the welcome ceremony Photo: Nguyen Hong',
      },
    ]);
  });

  it('flags a parenthesised credit in the middle of a paragraph', () => {
    const text = 'The two leaders met in Hanoi on Monday. (Photo: VNA) They agreed to expand trade and investment.\n';
    expect(found(text)).toEqual([{ kind: 'caption-in-text', rule: 'garbled-sentence', text: '(Photo: VNA)' }]);
  });

  it('keeps captions and credits on their own line', () => {
    const text = [
      'The two leaders agreed to expand trade.',
      'Party General Secretary To Lam (R) and the Thai Prime Minister at the meeting in Hanoi. (Photo: VNA)',
      'Photo: VNA',
      'VNA',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });
});

describe('capital-after-semicolon', () => {
  it('reports a capitalised verb or adverb after a semicolon under its own rule id', () => {
    const text = 'The two sides agreed to expand trade; develop transport links; Strengthen exchanges between localities.\n';
    expect(found(text)).toEqual([{ kind: 'capital-after-semicolon', rule: 'capital-after-semicolon', text: 'Strengthen' }]);
    const messages = lint(text, ON);
    expect(messages[0]!.expected).toEqual(['strengthen']);
  });

  it('keeps a name the tagger takes for a verb', () => {
    const text = 'Deputy Minister Le Minh Hung opened the forum. Two speakers were from Japan; Hung was the third.\n';
    expect(found(text)).toEqual([]);
  });

  it('reports on its own when garbled-sentence is off, and garbled-sentence without it', () => {
    const text = 'The talks went well; Strengthen the ties between the two countries. Welcomed the delegation.';
    const ids = (rules: Parameters<typeof lint>[1]) => lint(text, rules).map((message) => message.ruleId);
    expect(ids({ 'garbled-sentence': 'off', 'capital-after-semicolon': 'warn' })).toEqual(['capital-after-semicolon']);
    expect(ids({ 'garbled-sentence': 'warn', 'capital-after-semicolon': 'off' })).toEqual(['garbled-sentence']);
  });

  it('keeps names and lists of titles after semicolons', () => {
    const text = 'They signed three papers: an MoU on trade; Letter of Intent on energy; a plan for Ho Chi Minh City; Vietnam will host the next round.\n';
    expect(found(text)).toEqual([]);
  });

  it('is off when its rule id is off or the option is false', () => {
    const text = 'Both sides agreed to raise trade; Especially in farm goods and seafood.\n';
    expect(lint(text, { 'garbled-sentence': 'warn' })).toEqual([]);
    expect(lint(text, { ...ON, 'garbled-sentence': ['warn', { capitalAfterSemicolon: false }] })).toEqual([]);
    expect(found(text).map((f) => f.text)).toEqual(['Especially']);
  });
});

describe('garbled-sentence: headings, lists and headlines', () => {
  it('skips Markdown headings and list items', () => {
    const text = '# Vietnam and Singapore, partners for the future.\n\n- strengthened ties in trade.\n- Welcomed the delegation.\n';
    expect(lint(text, ON, 'doc.md')).toEqual([]);
  });

  it('skips a short headline line', () => {
    expect(found('Vietnam, Singapore boost ties\n\nThe two sides agreed to expand trade.\n')).toEqual([]);
  });
});

describe('garbled-sentence on prose it has not seen (regressions)', () => {
  it('finds verbs the tagger took for nouns', () => {
    const text = [
      'Hamas leader Ismail Haniyeh said the group was ready to talk. Haniyeh lives in Qatar. He rarely travels.',
      'Nurse Angela Reyes has worked nights for eleven years. Reyes rolls her eyes at the young doctor. He laughs.',
      'Ana Garcia Fernandez does the books at the bakery. Ana Garcia Fernandez worries about the future. Rents have doubled.',
      'Speed matters here. Most parsers copy every field twice. This one does not.',
      'First, preheat the oven. Second, mix the flour and eggs. Third, bake for twenty minutes.',
      'The three Smiths met in London. Jonathan Smith, Alan Smith and Jon Smith all work at the firm. They are not related.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('keeps elliptical answers in interviews and FAQs, but not a fragment that answers nothing', () => {
    const text = [
      'You have said you write to understand. Do you read your reviews?',
      'Only the bad ones, late at night, in bed with a cup of tea.',
      'What is next for you? Then another book, maybe about the sea.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
    const plain = 'The author spoke in Lagos on Friday. Then another book, maybe about the sea. She did not say when.\n';
    expect(found(plain).map((f) => f.kind)).toEqual(['no-verb']);
  });

  it('keeps paragraphs written in fragments on purpose', () => {
    const text = [
      'She was born in Cork in 1931 and taught for forty years. A keen gardener. A fierce card player. A devout Catholic who argued with every priest she met.',
      'Funeral at St Mary\'s Church on Friday. No flowers, please. Donations to the local library.',
      'Coming up: City v Tottenham, Sunday. Arsenal v Wolves, Saturday.',
      'Credits go to many people. Thanks to Kim Lee and Ana María López García for their reviews.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('keeps a document written in fragments, but not fragments among whole sentences', () => {
    const guide = [
      'Start early at the monastery, before the coach parties arrive. Then the bakery next door. Yes, the queue is worth it.',
      'After lunch, take the tram back into the centre. It is crowded and slow. Take it anyway.',
      'Evening in the old quarter. Bars open late; nobody goes out before eleven.',
      'Finish with a ferry across the river. Twenty minutes, two euros, and the best view of the city.',
    ].join('\n\n');
    expect(found(guide)).toEqual([]);
    const news = [
      'The central bank kept its main rate at 4.5 percent on Tuesday, as expected by most economists.',
      'Inflation slowed to 3.1 percent in May from 3.4 percent in April, the statistics office said on Monday. Among them, the annual decrease in food prices of 2.3%, the largest decline in six years.',
      'Officials said growth would pick up in the second half. The bank will meet again in July. The governor, a former finance minister, then left for Washington for talks with the fund.',
      'Exports rose for a third month in a row, helped by demand from Europe. The top 25% level of the index.',
    ].join('\n\n');
    expect(found(news).map((f) => f.kind)).toEqual(['no-verb', 'no-verb']);
  });

  it('keeps passive participles that leave out "it was" or "she was", not a verb with an object', () => {
    const text = 'Born in Cork, she trained as a teacher in Dublin. Married twice. Survived by her second husband and four children.\n';
    expect(found(text)).toEqual([]);
    const guide = '# Deploy\n\nMigrations run as a job. If one fails, the job is retried three times. Rolled back automatically on the third failure.\n';
    expect(lint(guide, ON, 'guide.md')).toEqual([]);
    const garbled = 'The Indonesian minister received the Vietnamese envoy in Jakarta on March 5. Stressed the importance of maritime cooperation between the two countries.\n';
    expect(found(garbled)).toEqual([
      { kind: 'no-subject', rule: 'garbled-sentence', text: 'Stressed the importance of maritime cooperation between the two countries.' },
    ]);
  });

  it('keeps reference-style fragments in Markdown', () => {
    const text = [
      'A fast CSV parser for Node.js. It streams rows.',
      '#### response.ok',
      '<small>*(spec-compliant)*</small>',
      'Convenience property representing if the request ended normally. It is true for status codes from 200 to 299.',
      '### exactRegex',
      'Constructs a regular expression that matches the exact string. Useful as a plugin hook filter.',
    ].join('\n\n');
    expect(lint(text, ON, 'README.md')).toEqual([]);
  });

  it('reads hard-wrapped plain text whose line breaks fall before capitalised words', () => {
    const text = [
      'The court heard that Thompson met the syndicate\'s leader, Duc Minh',
      'Tran, at least 14 times. Tran, 38, was sentenced last year to 22 years.',
      'His brother, Duc Anh Tran, was acquitted.',
      '',
      'Hamas leader Ismail Haniyeh said the group was ready to talk. Haniyeh',
      'lives in Qatar. He rarely travels.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('keeps abbreviations and names written in lower case', () => {
    const text = [
      'The company sold approx. two million units. It employs 4,000 people, incl. contractors.',
      'The paintings of Vincent van Gogh drew crowds. van Gogh sold only one painting in his lifetime.',
      'The poet bell hooks wrote more than thirty books. hooks insisted on lower case for her name.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
    const slip = 'The minister spoke on Monday. it was, he added, a good day for the country.\n';
    expect(found(slip)).toEqual([{ kind: 'lower-case-start', rule: 'garbled-sentence', text: 'it' }]);
  });

  it('finds a missing subject before a "that" clause or a pair of nouns', () => {
    const text = [
      'Chinese Premier Li Qiang met the visiting Laotian prime minister in Beijing on Friday. Emphasized that the two countries should deepen cooperation in railways and energy. Li said China would import more farm products.',
      'The Laotian leader said his country valued the relationship. Thanked China for its long-term support and help. The two sides then signed several documents.',
    ].join('\n\n');
    expect(found(text).map((f) => [f.kind, f.text])).toEqual([
      ['no-subject', 'Emphasized that the two countries should deepen cooperation in railways and energy.'],
      ['no-subject', 'Thanked China for its long-term support and help.'],
    ]);
    const fine = 'Told that the plant would close, workers walked out on Monday. Asked whether he would resign, the minister said no.\n';
    expect(found(fine)).toEqual([]);
  });

  it('still finds machine-translation debris in new text', () => {
    const text = [
      'The two sides reviewed the results of bilateral cooperation in 2023. Bui Thanh Son, Minister of Foreign Affairs of Vietnam.',
      'They agreed to boost trade in farm products; Promote tourism; expand links between localities.',
      'Viet thanked the host for the warm welcome. also.',
      'The ministry will review the draft in April. improve; the visa procedures for investors were also discussed.',
      'Minister Retno Marsudi and Deputy Minister Do Hung Viet at the talks in Jakarta Photo: Thanh Dat',
      'Both sides said they would meet again next year.',
    ].join('\n\n');
    expect(found(text).map((f) => [f.kind, f.text])).toEqual([
      ['no-verb', 'Bui Thanh Son, Minister of Foreign Affairs of Vietnam.'],
      ['capital-after-semicolon', 'Promote'],
      ['orphan-word', 'also.'],
      ['stray-word', 'improve'],
      ['caption-in-text', 'Minister Retno Marsudi and Deputy Minister Do Hung Viet at the talks in Jakarta Photo: Thanh Dat'],
    ]);
  });
});
