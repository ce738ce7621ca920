// Text scraped from web pages and press releases: page furniture (teasers cut short, repeated headlines,
// lines in another language, share buttons) and template paragraphs are not defects of the story.
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { lint, spans } from './helpers.js';

const DUPLICATES = { 'duplicate-paragraph': 'warn', 'duplicate-sentence': 'warn' } as const;
const SPELLING = { spelling: 'warn' } as const;

describe('web pages: paragraphs', () => {
  it('reads a long line in headline case with no full stop as a headline, and a sentence as prose', () => {
    const text = [
      'Riverside Man Sentenced to 40 Years for Setting Fire to a Neighbour’s Home After a Dispute Over Parking',
      'A man who set fire to his neighbour’s home after a dispute over a parking space was sentenced on Monday to forty years in prison',
      'THIRD DEFENDANT CHARGED IN CONNECTION WITH THE ROBBERY OF A JEWELLERY STORE IN THE TOWN CENTRE LAST MONTH',
    ].join('\n');
    expect(analyse(text, 'text').paragraphs.map((p) => p.kind)).toEqual(['line', 'body', 'line']);
  });

  it('does not report teasers cut short with an ellipsis, nor a headline repeated as a page title', () => {
    const teaser = 'County Prosecutor Wins Award for Work With Victims of Fraud\nThe county prosecutor received the annual award for public service on Friday, which is given each year to …';
    const text = `${teaser}\n\nThe award was presented by the state bar association at its meeting in the capital.\n\n${teaser}\n`;
    expect(lint(text, DUPLICATES)).toEqual([]);
  });

  it('does not report paragraphs written on one template about different people, but reports a copy', () => {
    const charge = (name: string, number: string, counts: string) =>
      `${name}, (Case No. ${number}), is charged with ${counts} counts of submitting false insurance claims and conspiracy to commit unlawful patient referrals. If convicted on all counts, the defendant faces a long term in state prison.`;
    const text = [charge('Maria Delgado', '21CF0102', 'six'), charge('Thomas Byrne', '21CF0107', 'nine'), charge('Alan Poole', '21CF0111', 'four')].join('\n\n');
    expect(lint(text, DUPLICATES)).toEqual([]);

    const copied = `${charge('Maria Delgado', '21CF0102', 'six')}\n\nThe investigation began after an audit by the state insurance department.\n\n${charge('Maria Delgado', '21CF0102', 'six')} She has pleaded not guilty.\n`;
    expect(lint(copied, DUPLICATES).map((m) => m.ruleId)).toEqual(['duplicate-paragraph']);
    // A copy with one name slip is still a copy.
    const slipped = copied.replace(/Maria Delgado, \(Case No\. 21CF0102\), is charged with six counts of submitting false insurance claims and conspiracy to commit unlawful patient referrals\. If convicted on all counts, the defendant faces a long term in state prison\. She/, 'Maria Delgato, (Case No. 21CF0102), is charged with six counts of submitting false insurance claims and conspiracy to commit unlawful patient referrals. If convicted on all counts, the defendant faces a long term in state prison. She');
    expect(slipped).not.toBe(copied);
    expect(lint(slipped, DUPLICATES).map((m) => m.ruleId)).toEqual(['duplicate-paragraph']);
  });
});

describe('web pages: spelling', () => {
  it('leaves a word cut short before a closing ellipsis, but not a misspelt one', () => {
    const text = 'Recent news\n\nThe mayor opened the new library after two years of constructi...\n\nThe council met to discuss the libary...\n';
    expect(spans(text, lint(text, SPELLING))).toEqual(['libary']);
  });

  it('skips a line in Vietnamese among English ones, told by its letters', () => {
    const text =
      'The district attorney asked the public for information about the fire.\n\nĐường dây nóng tiếp nhận tin báo ẩn danh của văn phòng kêu gọi cung cấp thông tin về vụ cháy nguy hiểm.\n\nAnyone with information should call the tip line.\n';
    const messages = lint(text, SPELLING);
    expect(messages.map((m) => (m as unknown as { data?: { kind?: string } }).data?.kind)).toEqual(['language']);
    expect(messages[0]!.reason).toContain('Vietnamese');
  });

  it('skips the short lines of a Spanish release (a PDF cut into lines) next to its longer ones', () => {
    const text = [
      'El fiscal del condado anunció hoy que un hombre fue sentenciado a cadena perpetua por los delitos cometidos en 2019.',
      'de 45 años de edad, fue sentenciado',
      'a dos cadenas perpetuas y una multa.',
      'Los casos fueron procesados por la unidad de delitos graves del condado, según el comunicado de la oficina.',
      '',
      'The office thanked the police department for its work on the case.',
    ].join('\n');
    const messages = lint(text, SPELLING);
    expect(messages.map((m) => (m as unknown as { data?: { kind?: string } }).data?.kind)).toEqual(['language']);
  });

  it('skips a page mostly in another language whole, short lines and list items included, but checks its English lines', () => {
    const text = [
      '# Taliad ymlaen llaw',
      'Os ydych yn cael budd-dal efallai y byddwch hefyd yn gallu cael taliad ymlaen llaw i helpu gyda chostau.',
      'I wneud cais am daliad ymlaen llaw gallwch:',
      '* ffonio’r llinell gymorth',
      '* 12 mis os gwnaethoch gais cyn mis Ebrill',
      'Mae’r tabl canlynol yn dangos beth allech chi ei gael ac mae hyn yn dibynnu ar eich amgylchiadau chi.',
      'Bydd unrhyw daliad a gewch yn cael ei gymryd i ystyriaeth ac ni fydd angen i chi wneud cais eto.',
      'Please read the guidence in English before you start the application.',
    ].join('\n\n');
    const messages = lint(text, SPELLING);
    const kinds = messages.map((m) => (m as unknown as { data?: { kind?: string } }).data?.kind);
    expect(kinds.filter((kind) => kind === 'language')).toHaveLength(1);
    expect(messages.find((m) => (m as unknown as { data?: { kind?: string } }).data?.kind === 'language')!.reason).toContain('Welsh');
    expect(messages.filter((m) => m.reason.startsWith('Unknown')).map((m) => m.actual)).toEqual(['guidence']);
  });

  it('leaves the parts of a censored word alone, and knows common variants', () => {
    const text = 'He shouted “I hate f***ing liars” at the crowd. She wore a blue bandana, and the discovery expeditor filed the papers.';
    expect(lint(text, SPELLING)).toEqual([]);
  });

  it('knows the vocabulary of courts and the platforms page footers name', () => {
    const text =
      'The defendant pled guilty and waived his right to a petit jury. The court heard an amicus brief on the rule of lenity during the pendency of the appeal, and the accelerant was found at the scene. Follow us on youtube and linkedin.';
    expect(lint(text, SPELLING)).toEqual([]);
  });
});

describe('web pages: term-consistency', () => {
  it('leaves the capitals of a paragraph in another language to that language', () => {
    const text = [
      'The District Attorney announced that the Cold Case Unit had solved four cases with the help of genetic genealogy.',
      '',
      'La Oficina del Fiscal de Distrito anunció que los casos fueron resueltos por la unidad. El fiscal de distrito dijo que los Casos sin Resolver son una prioridad para la oficina y que el distrito seguirá trabajando.',
      '',
      'The district attorney thanked the police departments of the four counties for their work.',
    ].join('\n');
    const messages = lint(text, { 'term-consistency': 'warn' });
    expect(messages.filter((m) => /"(?:casos|Casos|fiscal|Fiscal|distrito|Distrito)"/.test(m.reason))).toEqual([]);
  });
});

