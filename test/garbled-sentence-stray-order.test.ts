import { describe, expect, it } from 'vitest';
import { lint, spans } from './helpers.js';

const ON = { 'garbled-sentence': 'warn' } as const;

/** The stray-word-inside findings of a text: the text each one covers. */
function strays(text: string): string[] {
  const messages = lint(text, ON);
  const texts = spans(text, messages);
  return messages.flatMap((message, i) => ((message as unknown as { data: { kind: string } }).data.kind === 'stray-word-inside' ? [texts[i]!] : []));
}

describe('garbled-sentence: stray words that break agreement or word order', () => {
  it('flags a base form after "he", "she" or "it" before the verb', () => {
    const text = [
      'After the election he market moved to Chicago with his family.',
      'On the first day of the session it decide adopted new rules of procedure.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['market ', 'decide ']);
  });

  it('flags two finite verbs in a row, covering both words', () => {
    const text = [
      'When the talks ended she wrote took the first train home.',
      'The delegates argued for a week, but agreed failed to sign the final text.',
      'By the spring they signed depart the capital for the coast.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['wrote took', 'agreed failed', 'signed depart']);
  });

  it('flags an article before an auxiliary, a noun between a modal and "be", a clause adverb after a preposition', () => {
    const text = [
      'The museum opened with the were support of several private donors.',
      'The new harbour would money be finished within three years, the minister said.',
      'The envoy spoke on behalf of moreover the whole delegation.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['were ', 'money ', 'moreover ']);
  });

  it('flags an adjective before a determiner or between a noun and its verb', () => {
    const text = [
      'The governor refused to sign, and the dispute became famous a test of wills.',
      'The report that the auditor careful wrote was never published.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['famous ', 'careful ']);
  });

  it('flags a simple past after a preposition, an article, "be" or "to"', () => {
    const text = [
      'The committee met in the spring of wrote the following year.',
      'The mayor wanted to chose a new deputy before the summer.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['wrote ', 'chose ']);
  });

  it('flags an adverb in -ly between an adjective and its noun, and an adjective before a participle', () => {
    const text = [
      'The council approved a new quickly budget for the schools.',
      'The bridge was sturdy constructed by a local firm in 1890.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['quickly ', 'sturdy ']);
  });

  it('flags a word inside a name joined by "of" that the document writes without it', () => {
    const text = 'The Bank of England raised rates in May. In June the Bank policy of England held them.\n';
    expect(strays(text)).toEqual(['policy ']);
  });

  it('flags a past between "to" and a base form, between an opening name and its auxiliary, and a clause adverb after an article', () => {
    const text = [
      'The board refused to let the mayor speak, and the council declined to wanted discuss it.',
      'Jefferson wanted was elected president in 1800.',
      'The again treaty was signed by both parties in the end.',
    ].join('\n\n');
    expect(strays(text)).toEqual(['wanted ', 'wanted ', 'again ']);
  });

  it('leaves relative clauses, questions, inversions, complements and names alone', () => {
    const text = [
      'They reached the river, which they claimed extended to the sea.',
      'Did it remain committed to the plan? Be it further enacted that the law takes effect at once.',
      'In 1934 he helped secure the passage of the act, and she helped build the new school.',
      'The precarious position of consuls overseas was a concern. Our missions abroad were reformed.',
      'In June 2020, Section 50-a was repealed. Bureau A is responsible for training.',
      'She further stated that the victim had asked for help. He later wrote a memoir.',
      'The memo answered criticism of later volumes and made clear the aims of the series.',
      'It was a not unreasonable sum. What he saw became the basis of the report.',
      'In came the tide, and up went the prices. He was first elected in 1990 and was hard pressed by rivals.',
      'The members present were asked to vote, and the attorney general was consulted.',
      'He joined the party and remained committed to it. Barre adopted socialism and became allied with Moscow.',
      'The car had been reported stolen, and the release was being considered given the risk.',
    ].join('\n\n');
    expect(strays(text)).toEqual([]);
  });
});
