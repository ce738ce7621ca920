import { describe, expect, it } from 'vitest';
import { lint, spans } from './helpers.js';

const ON = { 'garbled-sentence': 'warn' } as const;

function inside(text: string, options?: Record<string, unknown>) {
  const rules = options ? { 'garbled-sentence': ['warn', options] as ['warn', Record<string, unknown>] } : ON;
  const messages = lint(text, rules);
  const texts = spans(text, messages);
  return messages
    .map((message, i) => ({ kind: (message as unknown as { data: { kind: string } }).data.kind, text: texts[i], expected: message.expected }))
    .filter((finding) => finding.kind === 'stray-word-inside');
}

describe('garbled-sentence: stray-word-inside', () => {
  it('flags a lower-case word inside a name the document writes without it', () => {
    const text = 'The United States sent food aid to the region in May. Two months later the United atrocities States Army withdrew its last units.\n';
    expect(inside(text)).toEqual([{ kind: 'stray-word-inside', text: 'atrocities ', expected: [''] }]);
  });

  it('flags a verb inside a name whose first word only ever opens a name', () => {
    const text = 'The United States and the United Kingdom signed the pact. Later the United Nations and the United supported States Army met in Geneva.\n';
    expect(inside(text).map((finding) => finding.text)).toEqual(['supported ']);
  });

  it('flags a finite verb after a preposition or an article, and a word between "to" and its verb', () => {
    const text = [
      'The two sides agreed to seek peace without execute the other demands of the rebels.',
      'Delegates from the chose district met the governor on Monday to discuss the budget.',
      'The minister failed to education settle the dispute with the teachers last year.',
    ].join('\n\n');
    expect(inside(text).map((finding) => finding.text)).toEqual(['execute ', 'chose ', 'education ']);
  });

  it('flags a bare noun between a preposition and an article', () => {
    const text = 'He was an honorary trustee of ranks the Business Council for more than ten years.\n';
    expect(inside(text).map((finding) => finding.text)).toEqual(['ranks ']);
  });

  it('flags a stray word around a subject, its verb and its object', () => {
    const text = [
      'During his tenure, he destruction pursued other important goals in the region.',
      'In 1823, Monroe announced guided the Monroe Doctrine to Congress.',
      'In 1927 he was reassigned raised to Guadeloupe as consul.',
      'Olney played law a significant role in the talks with Britain.',
      'The Confederacy sought recognition abroad. London seemed too friendly toward the ships Confederacy for the Union.',
    ].join('\n\n');
    expect(inside(text).map((finding) => finding.text)).toEqual(['destruction ', 'guided ', 'raised ', 'law ', 'ships ']);
  });

  it('flags a base form inside a name, where the name before it cannot be its subject', () => {
    const text = 'In 1797 President John explore Adams dismissed Pickering. The crowd cried “Long live Chile!” and God bless America. The rebels demanded that Britain leave Egypt, and he let Congress decide.\n';
    expect(inside(text).map((finding) => finding.text)).toEqual(['explore ']);
  });

  it('leaves light verbs, complements, time phrases and modifiers of names alone', () => {
    const text = [
      'He entered duty the next day. They both agreed to keep diplomacy the preserve of the few.',
      'The crisis took place the following year, when the Neutrality Acts represented a compromise.',
      'She was found dead in her home. The plan should be measured based on tonnage.',
      'The number of students has decreased compared to the previous year. The policy system formulated reflects the times.',
      'The Senate Foreign Relations Committee met. Members of the arms Control Committee and the Senate Foreign Relations Committee agreed.',
    ].join('\n\n');
    expect(inside(text)).toEqual([]);
  });

  it('leaves alone set phrases, time phrases, relative clauses, appositives and technical nouns', () => {
    const text = [
      'For years the company struggled to pay its debts, in ways the public never saw.',
      'The report listed the promises Trump made during the campaign, and the rivals Apple and Samsung both replied.',
      'She was admitted to hospital on Friday and went back to work the next day. Prices rose by billions of dollars a year.',
      'Adding a catch to the fetch promise chain will catch every error. Residents were told to self isolate for ten days.',
      'Adams became U.S. Minister to Russia in 1809. The upload speed of the network doubled. The plan was in effect the whole time.',
    ].join('\n\n');
    expect(inside(text)).toEqual([]);
  });

  it('leaves alone relative clauses without "that": a stranded preposition, a noun before its clause', () => {
    const text = [
      'The report listed the kinds of cases the court would hear and the kinds of appeals judges usually reject.',
      'The tools we started with shape the result more than the data do.',
    ].join(' ');
    expect(inside(text + '\n')).toEqual([]);
  });

  it('leaves alone a verb between two names when the first is a name on its own', () => {
    const text = 'President Truman met Stalin at Potsdam, where the Truman Stalin talks were tense. Later Truman told Stalin about the bomb.\n';
    expect(inside(text)).toEqual([]);
  });

  it('can be switched off', () => {
    const text = 'The two sides agreed to seek peace without execute the other demands of the rebels.\n';
    expect(inside(text, { strayWordInside: false })).toEqual([]);
  });
});

describe('garbled-sentence: verbless tails split off their sentence', () => {
  const context = (tail: string) =>
    `The embassy in London was busy in those years. The ambassador met her at a dinner in 1917. ${tail} She worked for the Red Cross during the war.\n\nHe joined the committee in 1920 and stayed for ten years. He was loyal to the chairman.\n`;
  const noVerb = (text: string) => lint(text, ON).filter((message) => (message as unknown as { data: { kind: string } }).data.kind === 'no-verb');

  it('reports a tail that opens with "Such as", a title or ends in a hyphenated name', () => {
    for (const tail of ['Such as the other military commissions of the time.', 'Secretary of the Comité France-Amérique.', 'A member of the Comité France-Amérique.']) {
      const text = context(tail);
      expect(spans(text, noVerb(text))).toEqual([tail]);
    }
  });

  it('still leaves alone an adjective predicate and a headline with its source', () => {
    for (const tail of ['Necessary for the survival of the mission in wartime.', 'Trade talks resume in Geneva - China News Network.']) {
      expect(noVerb(context(tail))).toEqual([]);
    }
  });
  it('flags a word that breaks the order of word classes: a past after a modal, "do" or "to", an -ly adverb after a determiner', () => {
    const text = [
      'The council said that the mayor would signed the new contract after the vote.',
      'The Spanish Government promised reforms, but the Spanish Government did became neither during his tenure.',
      'In 1790 the Secretary moved from Fraunces Tavern to owned a house on Broadway.',
      'Surveyors were sent to delineate the repeatedly boundary between the two colonies.',
    ].join('\n\n');
    expect(inside(text).map((finding) => finding.text)).toEqual(['signed ', 'became ', 'owned ', 'repeatedly ']);
  });

  it('leaves alone the same classes where English has them', () => {
    const text = [
      'Following a nearly year-long investigation by the police, the man was charged.',
      'The early days were hard, and the daily paper would have printed it. He spoke in favour of these measures, and of course his colleagues agreed.',
      'The army he sent met with defeat, and the general became allied with the rebels. They provided for and evacuated stranded U.S. citizens.',
      'She did well and would gladly return to the city she loved.',
    ].join('\n\n');
    expect(inside(text)).toEqual([]);
  });
});
