import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDocument } from '../src/pipeline.js';
import { cli, configWith, lint, lintRun, ROOT, spans } from './helpers.js';
import { longFormOf } from '../rules/term-consistency/abbreviations.js';
import { variantKey } from '../rules/term-consistency/spelling-variants.js';

const RULE = { 'term-consistency': 'warn' } as const;
const fixture = (name: string) => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'terms', name), 'utf8');
const withOptions = (options: Record<string, unknown>) => ({ 'term-consistency': ['warn', options] as ['warn', Record<string, unknown>] });
const found = (text: string, rules: Parameters<typeof lint>[1] = RULE) => spans(text, lint(text, rules));

describe('term-consistency on a constructed report', () => {
  it('reports each odd form once, with the usual form and its kind', () => {
    const text = fixture('inconsistent-report.txt');
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual([
      'long term',
      'e-mail',
      'government',
      'advisors',
      'Regional Water Board (RWB)',
      'Regional Water Board (RWB)',
    ]);
    expect(messages.map((m) => m.data?.kind)).toEqual(['hyphenation', 'hyphenation', 'capitals', 'spelling', 'abbreviation', 'abbreviation']);
    expect(messages.map((m) => m.expected)).toEqual([['long-term'], ['email'], ['Government'], ['advisers'], ['RWB'], ['RWB']]);
    expect(messages[0]!.reason).toBe('Hyphenation "long term" differs from "long-term" (used 2 times, first at 5:23)');
  });

  it('says nothing about the same report written consistently', () => {
    expect(found(fixture('consistent-report.txt'))).toEqual([]);
  });

  it('offers safe fixes that rewrite the odd form exactly, keeping its capitals', () => {
    const text = 'E-mail is slow. Every email arrives late. The email queue grows.\n';
    const file = lintDocument(text, 'doc.txt', configWith(RULE));
    expect([...(file.data.fixes?.values() ?? [])]).toEqual([{ start: 0, end: 6, text: 'Email' }]);
  });
});

describe('hyphenation', () => {
  it('compares a compound hyphenated before a noun only with uses before a noun', () => {
    expect(found('A well-known author spoke. The author is well known. Another well-known author came.\n')).toEqual([]);
    expect(found('A well-known author spoke. A well known author came. Another well-known author left.\n')).toEqual(['well known']);
  });

  it('finds closed and hyphenated forms of one word', () => {
    expect(found('We need co-operation. Cooperation is key. More cooperation helps.\n')).toEqual(['co-operation']);
  });

  it('leaves a hyphen that makes another word alone unless the habit is clear in the same position', () => {
    expect(found('The recreation budget grew. The recreation areas opened. The recreation fees rose. The re-creation of the park began.\n')).toEqual([]);
    const text = 'The recreation budget grew. The recreation areas opened. The recreation fees rose. The re-creation costs rose.\n';
    const [message] = lint(text, RULE);
    expect(spans(text, [message!])).toEqual(['re-creation']);
    expect(lintDocument(text, 'doc.txt', configWith(RULE)).data.fixes).toBeUndefined();
  });

  it('does not take a verb and its particle for a compound noun', () => {
    expect(found('The follow-up was quick. A follow-up came. They follow up on every case.\n')).toEqual([]);
  });

  it('is silent on a tie', () => {
    expect(found('Decision-making is slow. Decision making is hard.\n')).toEqual([]);
  });

  it('leaves the spacing of personal names to name-consistency', () => {
    expect(found('Kim Jong-un spoke. Kim Jong Un left. Kim Jong Un returned.\n')).toEqual([]);
  });

  it('leaves a word broken by a stray hyphen to spelling, and reports it once', () => {
    const text = 'He sought an appointment. The appointment came late. His eventual appoi-ntment followed.\n';
    expect(found(text)).toEqual([]);
    const messages = lint(text, { ...RULE, spelling: 'warn' });
    expect(messages.map((m) => [m.ruleId, m.actual])).toEqual([['spelling', 'appoi-ntment']]);
    // Two words joined by a hyphen are a compound, whatever spelling says of them.
    expect(found('The cease-fire held. A ceasefire is rare. The cease-fire ended.\n')).toEqual(['ceasefire']);
  });

  it('counts a copied sentence once, even when the copy was edited elsewhere', () => {
    const sentence = (month: string) => `In ${month} of that long and bitter year, the board wrote at length that the proslavery press had answered every one of its letters.`;
    const text = `${sentence('May')}\n\nThe pro-slavery press grew.\n\n${sentence('the autumn')}\n`;
    expect(found(text)).toEqual([]);
    expect(found(`${sentence('May')}\n\nThe pro-slavery press grew.\n\nThe proslavery press won.\n`)).toEqual(['pro-slavery']);
  });

  it('leaves a name written with a capital after the hyphen ("Broad-Way") to its own spelling', () => {
    expect(found('The office on Broadway opened. Broadway was busy. The house on Broad-Way was sold.\n')).toEqual([]);
  });
});

describe('capitals', () => {
  it('finds a noun capitalised against the document\'s habit in the same role', () => {
    expect(found('Access to the internet is slow. Schools need the internet. Banks use the Internet daily.\n')).toEqual(['Internet']);
  });

  it('leaves titles before names, sentence starts and other roles alone', () => {
    expect(found('Prime Minister Pham Minh Chinh spoke. The prime minister said the prime minister would go.\n')).toEqual([]);
    expect(found('Government is hard. The government met. The government agreed.\n')).toEqual([]);
    expect(found('The treaty was signed. The treaty held. A new Treaty of Paris followed.\n')).toEqual([]);
  });

  it('takes a capitalised word alone for the short form of a name the document uses', () => {
    expect(found('The Treaty of Paris was signed. Later the treaty was broken, and the treaty was revised, but the Treaty held.\n')).toEqual([]);
  });

  it('reports a single use against a clear habit of three for a word the document uses in names, either way', () => {
    const lower = 'The Dachen Islands lay north. Both sides held the islands. Troops left the islands in May. Ships shelled the islands again, and the Islands fell.\n';
    expect(found(lower)).toEqual(['Islands']);
    const capitalised = 'The Camp David Accords followed. Carter hosted the Summit. Aides praised the Summit. Critics doubted the Summit, and the summit ended.\n';
    expect(found(capitalised)).toEqual(['summit']);
  });

  it('counts a capitalised modifier beside the noun alone, and never reports it', () => {
    expect(found('Ships crossed the Pacific coast route. Whalers sailed the Pacific. Traders knew the Pacific, and the pacific calm returned.\n')).toEqual(['pacific']);
    expect(found('The government agreed. The government paid. The Government personnel left.\n')).toEqual([]);
  });

  it('reads a possessive as a modifier, and a list of capitalised words as a name', () => {
    expect(found('The Communique was signed. Critics read the Communique. Scholars cite the Communique. The communique\'s text was short.\n')).toEqual([]);
    expect(found('The act on Relations, Cooperation, and Security was signed. The security of the region mattered, and the security held.\n')).toEqual([]);
  });

  it('leaves a quotation of more than one sentence in its source\'s forms, and compares a short one', () => {
    const long = 'The government agreed. The government paid.\n\nHe wrote: “The House is small. The Government is poor.” Then he left.\n';
    expect(found(long)).toEqual([]);
    const short = 'The government agreed. The government paid. He said that “the Government is poor” and left.\n';
    expect(found(short)).toEqual(['Government']);
  });
});

describe('abbreviations', () => {
  it('finds a definition that differs, with the first definition as the fix', () => {
    const text =
      'The Association of Southeast Asian Nations (ASEAN) met. ASEAN grew. Later the Association of South East Asian Nations (ASEAN) met again. ASEAN agreed.\n';
    const messages = lint(text, RULE);
    expect(spans(text, messages)).toEqual(['Association of South East Asian Nations']);
    expect(messages[0]!.expected).toEqual(['Association of Southeast Asian Nations']);
    expect(messages[0]!.data?.problem).toBe('defined-differently');
  });

  it('finds the first use before the definition, in running text only', () => {
    const text = 'NATO in Brief\n\nThe NATO summit opened. NATO leaders spoke. The North Atlantic Treaty Organization (NATO) was founded in 1949.\n';
    expect(found(text)).toEqual(['NATO']);
    expect(lint(text, RULE)[0]!.place).toMatchObject({ start: { line: 3, column: 5 } });
  });

  it('reports a definition never used when the long form is written out again (or always, as configured)', () => {
    const unused = 'The World Health Organization (WHO) met. The Red Cross spoke.\n';
    const spelledOut = 'The World Health Organization (WHO) met. The World Health Organization agreed.\n';
    expect(found(unused)).toEqual([]);
    expect(found(spelledOut)).toEqual(['World Health Organization (WHO)']);
    expect(found(unused, withOptions({ unusedAbbreviations: 'always' }))).toEqual(['World Health Organization (WHO)']);
    expect(found(spelledOut, withOptions({ unusedAbbreviations: 'never' }))).toEqual([]);
  });

  it('finds long forms by their letters', () => {
    expect(longFormOf('OAU', 'The meeting of the Organization of African Unity')).toBe('Organization of African Unity');
    expect(longFormOf('ASEAN', 'the Association of Southeast Asian Nations')).toBe('Association of Southeast Asian Nations');
    expect(longFormOf('WHO', 'a few words')).toBeUndefined();
  });
});

describe('spelling variants', () => {
  it('undoes the regular differences', () => {
    expect(['focussed', 'benefitted', 'likeable', 'advisor', 'dreamt'].map(variantKey)).toEqual(['focused', 'benefited', 'likable', 'adviser', 'dreamed']);
  });

  it('leaves British/American pairs to dialect-consistency', () => {
    expect(found('Her judgement was good; his judgment too; their judgment failed.\n')).toEqual([]);
  });
});

describe('options', () => {
  it('reports house choices even in a consistent document', () => {
    const text = 'Send an E-mail via the Internet. Internet access is free. The e-mail arrived.\n';
    const rules = withOptions({ terms: [{ prefer: 'email', over: ['e-mail'] }, { prefer: 'internet', over: ['Internet'] }] });
    const messages = lint(text, rules);
    expect(spans(text, messages)).toEqual(['E-mail', 'Internet', 'e-mail']);
    expect(messages.map((m) => m.expected)).toEqual([['Email'], ['internet'], ['email']]);
    expect(messages.map((m) => m.data?.kind)).toEqual(['hyphenation', 'capitals', 'hyphenation']);
  });

  it('reports only the kinds asked for', () => {
    const text = fixture('inconsistent-report.txt');
    expect(found(text, withOptions({ kinds: ['capitals'] }))).toEqual(['government']);
  });

  it('rejects bad options with a clear message', () => {
    expect(() => lint('x', withOptions({ terms: [{ prefer: 'email' }] }))).toThrow(/"over" of email must be a list/);
    expect(() => lint('x', withOptions({ kinds: ['grammar'] }))).toThrow(/expected a list of hyphenation, capitals, abbreviation, spelling/);
  });

  it('compares files only with crossFile', () => {
    const documents = {
      'a.txt': 'Send an e-mail. The e-mail arrived. Every e-mail counts.\n',
      'b.txt': 'The email was lost.\n',
    };
    expect(Object.values(lintRun(documents, RULE)).flat()).toEqual([]);
    const run = lintRun(documents, withOptions({ crossFile: true }));
    expect(run['a.txt']).toEqual([]);
    expect(spans(documents['b.txt'], run['b.txt']!)).toEqual(['email']);
    expect(run['b.txt']![0]!.reason).toMatch(/^Hyphenation "email" differs from "e-mail" \(used 3 times in 1 file, first at a\.txt:1:9\)$/);
  });

  it('is listed with the other rules', () => {
    expect(cli(['--list-rules']).stdout).toMatch(/term-consistency/);
  });
});

describe('the synthetic defects of scripts/eval/defects/terms.ts', () => {
  const paragraphs = [
    'The long-term plan was approved in March by the board.',
    'Critics said that the long-term plan ignored the falling rainfall.',
    'A revised long-term plan will follow next year, the board said.',
    'The board met the government twice. Later the government agreed to pay, and the government paid in June.',
    'The World Health Organization (WHO) met in May to discuss the outbreak.',
    'WHO officials spoke in Geneva. WHO agreed to help the region.',
  ];

  it('each inserts one defect where the text changed, and the rule finds it', async () => {
    const { KINDS } = await import('../scripts/eval/defects/terms.js');
    const { seededRandom } = await import('../scripts/eval/rng.js');
    for (const kind of KINDS) {
      const draft = { paras: paragraphs.map((text) => ({ text, used: false, marks: [] as never[] })), random: seededRandom(7) };
      expect(kind.apply(draft), kind.kind).toBe(true);
      const marked = draft.paras.filter((para) => para.marks.length > 0);
      expect(marked.length, kind.kind).toBeGreaterThan(0);
      const text = draft.paras.map((para) => para.text).join('\n\n') + '\n';
      expect(text, kind.kind).not.toBe(paragraphs.join('\n\n') + '\n');
      const para = marked[0]!;
      const mark = para.marks[0] as { start: number; end: number };
      const inserted = para.text.slice(mark.start, mark.end);
      expect(found(text), kind.kind).toContain(inserted);
    }
  });
});

describe('term-consistency on web pages and press releases', () => {
  it('two words that differ by a doubled consonant are two words ("filled"/"filed", "planned"/"planed")', () => {
    expect(found('The clerk filed the motion. She filed two more and filled the form. The board planned a vote, and the carpenter planed the plank; they planned more.')).toEqual([]);
    // Two spellings of one word are still compared.
    expect(found('The advisers met on Monday. The advisers agreed on a plan. Two of the advisors left early.')).toEqual(['advisors']);
  });

  it('an abbreviation in a title or deck before the text defines it, and a definition in a tag list', () => {
    const deck = 'New law lets first offenders obtain a FCID card after a diversion program\n\nThe law lets people charged for the first time obtain a Firearm Carrier Identification (FCID) card. The FCID card is issued by the state police.\n';
    expect(found(deck)).toEqual([]);
    const early = 'People charged for the first time may obtain a FCID card.\n\nThe law lets them obtain a Firearm Carrier Identification (FCID) card. The FCID card is issued by the state police.\n';
    expect(found(early)).toEqual(['FCID']);
    const tags = 'The driver was arrested for driving under the influence on the highway.\n\nTagged with:\nDriving Under the Influence (DUI)\nTheft\n';
    expect(found(tags)).toEqual([]);
  });

  it('a compound in a headline in capitals or title case, or in a capitalised name, is not the text\'s habit', () => {
    const headline = 'MAN ON PAROLE FOR A THIRD-STRIKE OFFENCE CHARGED WITH THEFT\n\nThe man, a third strike offender, was released in May. Prosecutors said the third strike law applies.\n';
    expect(found(headline)).toEqual([]);
    const name = 'The program helps first-time offenders. About 2,000 first-time offenders complete the First Time Weapons Program every year.\n';
    expect(found(name)).toEqual([]);
    const text = 'The program helps first-time offenders. About 2,000 first-time offenders and first time offenders of other kinds complete it.\n';
    expect(found(text)).toEqual(['first time']);
  });
});

describe('term-consistency on guides with sections', () => {
  it('a definition in a heading counts for the uses after it, and a section of its own may define the letters again', () => {
    const guide = '# Pay\n\n## Extra Statutory Carer Pay (SCP) due\n\nIf your employee was not entitled to SCP, work out their earnings again.\n\n## Working out the pay\n\nStatutory Carer Pay (SCP) is paid weekly. SCP is paid by the employer.\n\n## Leaving\n\nStatutory Carer Pay (SCP) stops when the employee leaves. SCP is not paid after that.\n';
    expect(lint(guide, RULE, 'guide.md')).toEqual([]);
    const same = '# Pay\n\n## Working out the pay\n\nStatutory Carer Pay (SCP) is paid weekly. SCP is paid by the employer.\n\nThe employer must keep records of Statutory Carer Pay (SCP) for three years.\n';
    expect(spans(same, lint(same, RULE, 'guide.md'))).toEqual(['Statutory Carer Pay (SCP)']);
  });

  it('a capitalised word of a name joined by a slash is the name', () => {
    expect(found('The maternity leave rules differ. The maternity pay is set by law. The details are in the Maternity/Adoption Policy.')).toEqual([]);
  });
});
