// garbled-sentence on clean real-world text it was not built on: press releases, reports extracted from
// PDF, web pages. Each class of false alarm it now leaves alone, and the true finding next to it.
import { describe, expect, it } from 'vitest';
import { lint, spans } from './helpers.js';

const ON = { 'garbled-sentence': 'warn' } as const;

function found(text: string): string[] {
  const messages = lint(text, ON);
  return spans(text, messages);
}

/** A page in two columns, extracted line by line: each line holds the ends of two columns' lines. */
const TWO_COLUMNS = [
  'The county jail is the second largest the office asks the clerk to issue',
  'mental health facility in the state. a summons instead of a warrant when',
  'Most of those charged with trespass the laboratory report comes back.',
  'are homeless and many are mentally ill. prosecutors review each case before',
  'Around half of them spend a month or it is filed and the victim advocate',
  'more in jail before their case is heard. then stays in contact with the family',
  'These prosecutions cost the county until the case is closed by the court',
  'millions of dollars every single year. and the file is sent to the clerk',
  'The office now rejects most of these the division also has two investigators',
  'cases at intake and refers people to who work with the prosecutors on',
  'housing and mental health services. each case from arrest to trial',
].join('\n');

describe('garbled-sentence on real text', () => {
  it('leaves alone text extracted from a page in columns, whose sentences run into each other', () => {
    expect(found(`${TWO_COLUMNS}\n`)).toEqual([]);
  });

  it('still finds a lower-case slip in hard-wrapped text that reads in order', () => {
    const text = [
      'The board met on Tuesday to review the budget for the coming year and',
      'heard from the finance director, who said that costs had risen sharply',
      'since the spring. the members agreed to meet again in two weeks to settle',
      'the plan. The chair thanked the staff for their work on the figures that',
      'had been sent to the members before the meeting began in the main hall.',
      'The next meeting will be held in the same room at the usual time, and the',
      'public will be able to attend it in person or follow it online as before.',
      'Minutes of the meeting will be posted on the website within a week, and',
      'copies will be sent to anyone who asks for one by post or by email.',
      'Questions about the budget can be sent to the clerk at any time before',
      'the next meeting, and the answers will be published with the minutes.',
    ].join('\n');
    expect(found(`${text}\n`)).toEqual(['the']);
  });

  it('reads short paragraphs after a colon as the items of a list whose bullets were lost', () => {
    const text = [
      'The new law took effect in December, and shops across the county can now take steps to protect themselves, including:',
      'Reporting every theft to the police, however small.',
      'Training staff on how to keep records of losses.',
      'Working with the police, helping officers gather evidence from cameras.',
      'The district attorney said her office would prosecute repeat offenders.',
    ].join('\n');
    expect(found(`${text}\n`)).toEqual([]);
  });

  it('reads a run of duties that open with a verb in -s, one after an adverb, as a list', () => {
    const text = [
      'The unit handles reports of abuse in schools. Its staff work with teachers and parents.',
      'Reviews every complaint from parents and teachers about the conduct of staff in schools.',
      'Refers victims and their families to services that may help them recover from harm.',
      'Criminally prosecutes those who fail to report abuse when the law requires them to.',
    ].join('\n');
    expect(found(`${text}\n`)).toEqual([]);
  });

  it('finds the subject of a fronted participle phrase behind a hyphenated word', () => {
    const text = 'The governor signed the bill on Friday. Introduced as House Bill 12, the newly-passed law was backed by both parties in the state senate.\n';
    expect(found(text)).toEqual([]);
    expect(found('The governor signed the bill on Friday. Introduced the bill in the state senate in March.\n')).toEqual(['Introduced the bill in the state senate in March.']);
  });

  it('reads the verbs a tagger misses in press releases', () => {
    const text = [
      'I’m not saying to give up on a case because it is hard to win.',
      'For more details about the grant, visit the county website.',
      'The footage further shows the driver leaving the scene on foot.',
      'The fire spread to two houses nearby, forcing ten people to leave.',
      'AWARD, the yearly prize of the office, honors staff for showing great care in their work.',
    ].join('\n\n');
    expect(found(`${text}\n`)).toEqual([]);
  });

  it('reads the verbs a tagger misses in news', () => {
    const text = [
      'The World Health Organization (WHO) estimates that two million people lack clean water.',
      'Web developers face big problems with old browsers.',
    ].join(' ');
    expect(found(`${text}\n`)).toEqual([]);
    expect(found('The storm hit the coast on Monday. The transport of a new fuel tank from the plant to the launch site.\n')).toEqual([
      'The transport of a new fuel tank from the plant to the launch site.',
    ]);
  });

  it('reads a letter that numbers an item as a list marker, not a sentence start', () => {
    const text = 'He listed his reasons in the letter: a) Leaving the group to live on his own. b) Refusing to sign the statement they wrote.\n';
    expect(found(text)).toEqual([]);
  });

  it('leaves fragments in attributed speech alone, but not in a quoted document', () => {
    const speech =
      '“We will keep going until every case is heard. Every victim, a voice in court and a fair hearing for each of them. We owe them that,” the district attorney said.\n';
    expect(found(speech)).toEqual([]);
    const letter = [
      'The offices of the government were destroyed in the fire, and the staff had to find new rooms.',
      '“The offices are moving into private houses this week. The large brick house near the market, with its old garden and its new stables. The department moves next.”',
    ].join('\n\n');
    expect(found(`${letter}\n`)).toEqual(['The large brick house near the market, with its old garden and its new stables.']);
  });

  it('reads a one-sentence paragraph dated by a weekday as a caption', () => {
    const text = 'The new bridge opened to traffic after two years of work.\n\nThe mayor, speaking at the opening of the new bridge on Friday.\n\nTraffic is expected to ease in the town centre.\n';
    expect(found(text)).toEqual([]);
  });

  it('reads a capitalised word after "to" and a gerund as a name, not a verb', () => {
    expect(found('The office is dedicated to making Cook County a safer place for everyone.\n')).toEqual([]);
  });

  it('finds the subject of a main clause past a floating quantifier, a participle after "and" or a "-ly" adverb', () => {
    const text = [
      'Exports fell in the spring. Compared with last year, the main categories all declined. Officials blamed weak demand.',
      'Ministers met in May. Limited capacity and overwhelmed border authorities cannot stop the arrivals. They meet again soon.',
      'The congress closed on Sunday. Newly admitted members of the committee attended the session. It meets every year.',
      'The talks ended on Friday. Admitted that the plan had failed. The envoys went home.',
    ].join('\n\n');
    expect(found(`${text}\n`)).toEqual(['Admitted that the plan had failed.']);
  });

  it('leaves alone a hedge, a shifted object, a clause without "that" and a name word in lower case', () => {
    const text = [
      'The singer spent years with famous people and has kind of become one of them herself.',
      'When you apply you will be shown on screen the amounts for each period of the loan.',
      'Critics say the methods of interrogation its trained officers have used abroad were learned at the school.',
      'The Food and Drug Standards Agency wrote to the firm. The Food and Drug standards Agency then closed the case.',
    ].join('\n\n');
    expect(found(`${text}\n`)).toEqual([]);
  });

  it('finds the verb the tagger read as an adjective or noun after a plural subject', () => {
    const text = [
      'The program has run for years. About 900 people statewide typically complete a course each year. Most do well.',
      'The report studied the courts. These courts serve not only the cities, but the farms as well. That was new.',
      'The report studied the courts. About 900 people statewide each year. That was new.',
    ].join('\n\n');
    expect(found(`${text}\n`)).toEqual(['About 900 people statewide each year.']);
  });
});
