import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analysis/index.js';
import { isBaseVerb, isPastTense, isThirdPerson } from '../rules/garbled-sentence/verb-forms.js';
import { lint, spans } from './helpers.js';

const ON = { 'garbled-sentence': 'warn' } as const;

function found(text: string, file?: string): { kind: string; text: string }[] {
  const messages = lint(text, ON, file);
  return messages.map((message, i) => ({ kind: (message as unknown as { data: { kind: string } }).data.kind, text: spans(text, messages)[i]! }));
}

/** One subjectless statement between two whole sentences, in a paragraph of news. */
const inNews = (statement: string) => `The council met in the town hall on Tuesday evening. ${statement} The meeting ended after two hours.\n`;

describe('no-subject: statements that open with a finite verb', () => {
  it.each([
    'Said the council would decide next week.',
    'Added: "We are pleased with the result."',
    'Accused the minister of misleading the house.',
    'Opted for a younger side.',
    'Realised that the plan could work.',
    'Says that the budget will be cut by a tenth.',
    'Was appointed chairman of the finance committee in 2019.',
    'Noted, “The figures are worse than we feared.”',
  ])('flags %s', (statement) => {
    expect(found(inNews(statement))).toEqual([{ kind: 'no-subject', text: statement }]);
  });

  it('flags it however long, whatever verbs its object or quotation holds', () => {
    const statement =
      'Stressed that the government, which had promised to cut taxes before the election, would now have to raise them, and warned that the deficit was growing.';
    expect(found(inNews(statement)).map((f) => f.text)).toEqual([statement]);
    const coordinated = 'Sent the petition to the king in July, but he refused to receive it.';
    expect(found(inNews(coordinated)).map((f) => f.text)).toEqual([coordinated]);
  });

  it('leaves imperatives, fronted phrases, inversions and modifiers alone', () => {
    const text = [
      'Visit the website for details. Call the office before noon.',
      'Based on the latest figures, the ministry expects growth of 2 percent.',
      'Faced with serious shortages, unable to retreat, and convinced that talks had failed, the leaders decided to act.',
      'Operated by the central bank (since 1998), the scheme has paid out twice.',
      'Included in the package, for the first time, are new rules on data protection.',
      'Increased spending on roads helped the economy. Stranded tourists, many on holiday, were stuck at the airport.',
      'Had the board read the report, the plant would still be open.',
      'Signs that the economy was slowing were also worrying. Reports that the mine would close spread quickly.',
      'Delegates flew to the capital on Tuesday.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('leaves quotations, passive participles and reference text alone', () => {
    const text = [
      'She spoke for an hour. "We met on Monday. Welcomed the news, of course," she said.',
      'Born in Leeds in 1950, she trained as a nurse. Survived by her husband and two sons.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
    expect(found('# Deploy\n\nMigrations run as a job. Rolled back automatically on the third failure.\n', 'guide.md')).toEqual([]);
  });

  it('leaves a run of items that all open with a verb (a summary whose bullets were lost), not a single one', () => {
    const summary =
      'Expedites the review of permits for small water projects. Requires the agency to report to Congress each year. Authorizes $20 million for technical assistance.\n';
    expect(found(summary)).toEqual([]);
    const resume = 'Led a team of twelve analysts.\n\nManaged a budget of $4 million.\n\nNegotiated contracts with three suppliers.\n';
    expect(found(resume)).toEqual([]);
    expect(found(inNews('Requires the agency to report to Congress each year.')).map((f) => f.kind)).toEqual(['no-subject']);
  });
});

describe('a second opinion on verbs: the dictionary', () => {
  it('knows verb forms from the affix flags and the irregular verbs', () => {
    expect(['limited', 'resold', 'realised', 'starred', 'opted', 'led', 'disappointed'].filter((word) => !isPastTense(word))).toEqual([]);
    expect(['naked', 'sacred', 'hundred', 'bed'].filter(isPastTense)).toEqual([]);
    expect(['sets', 'charges', 'carries'].every(isThirdPerson)).toBe(true);
    expect(['departments', 'ambassadors', 'treaties'].some(isThirdPerson)).toBe(false);
    expect(isBaseVerb('charge')).toBe(true);
    expect(isBaseVerb('airline')).toBe(false);
  });

  it.each([
    'Most airlines charge for bags on long flights.',
    'The play starred a newcomer from Cork.',
    'Profits disappointed in the spring.',
    'The agency sets the rules for the whole sector.',
    'The treaty limited both British and French control of the river.',
    'The broker then resold the debts at a profit on the open market.',
    'France, Russia, and the United States all signed treaties with China in 1858.',
    'The first phase, roughly from 1945 through 1947, involved the deepest changes.',
    'The 1862 edition prints the note to Adams, the minister in London.',
  ])('does not call "%s" verbless when only the tagger missed its verb', (sentence) => {
    expect(found(inNews(sentence))).toEqual([]);
  });

  it('still flags a fragment whose words only look like verbs to nobody', () => {
    const text = 'The two sides signed three agreements on Monday. Bui Thanh Son, Minister of Foreign Affairs of Vietnam. Talks resume in May.\n';
    expect(found(text).map((f) => f.kind)).toEqual(['no-verb']);
  });
});

describe('lists are not prose', () => {
  it('reports nothing on clean list-heavy text (results, line-ups, bill summaries, agendas, addresses)', () => {
    for (const file of ['clean-lists.txt', 'clean-lists.md']) {
      const text = fs.readFileSync(new URL(`./fixtures/garbled/${file}`, import.meta.url), 'utf8');
      expect(found(text, file)).toEqual([]);
    }
  });

  it('leaves labels and a title run into the first line, not a fragment among sentences', () => {
    const bio = 'William Sharp (1859–1922). U.S. Ambassador to France, 1914–1919. Sharp was born in Ohio and practised law there.\n';
    expect(found(bio)).toEqual([]);
    const news = 'The premier met the minister on Monday. Tran Thanh Man, Chairman of the National Assembly. The talks went well.\n';
    expect(found(news).map((f) => f.kind)).toEqual(['no-verb']);
  });
});

describe('sentence boundaries after abbreviations, initials and units', () => {
  const sentencesOf = (text: string) => analyse(text, 'text').sentences.map((sentence) => sentence.text);

  it('does not split after titles, references, abbreviations and units', () => {
    expect(sentencesOf('The Rev. Martin Hale spoke. He was Asst. Sec. of State. It is in Vol. III of the series. It was born ca. 1850 in Ohio.')).toEqual([
      'The Rev. Martin Hale spoke.',
      'He was Asst. Sec. of State.',
      'It is in Vol. III of the series.',
      'It was born ca. 1850 in Ohio.',
    ]);
    expect(sentencesOf('He worked for the Dept. of State. Each parcel weighs 5 kg. or less. The ship of Cía. Sudamericana sank.')).toEqual([
      'He worked for the Dept. of State.',
      'Each parcel weighs 5 kg. or less.',
      'The ship of Cía. Sudamericana sank.',
    ]);
  });

  it('still ends a sentence at an abbreviation or unit followed by a new sentence', () => {
    expect(sentencesOf('The box weighs 3 kg. The next one is lighter. He joined Acme Corp. The firm grew.')).toEqual([
      'The box weighs 3 kg.',
      'The next one is lighter.',
      'He joined Acme Corp.',
      'The firm grew.',
    ]);
  });
});

describe('no-subject: openers that only look like verbs', () => {
  it.each([
    // A sentence adverb in -ed, set off by a comma; a subject with an adverb before its adjectives.
    'Indeed, the first major transfer of land occurred only as the result of war.',
    // A fronted participle phrase whose main clause holds a relative clause in commas.
    'Based on faulty intelligence, the military action, which was carried out by exiles without air support, was a failure.',
    // A plural noun with a phrase, then its verb; a participle before a noun with an infinitive.
    'Calls for increased protection flooded in from special interest groups.',
    'Repeated efforts in the council to pass a resolution met with opposition.',
    'Repeated efforts to pass a resolution condemning the attacks met with opposition.',
    // A verb whose past is its base form, which the tagger reads as a noun; a comparative correlative.
    'The Convention of 1818 set the boundary between the two territories.',
    'The higher the job, the higher the floor.',
  ])('leaves %s alone', (statement) => {
    expect(found(inNews(statement))).toEqual([]);
  });

  it('still flags the subjectless statements around them', () => {
    const statement = 'Says the council, which meets on Monday, will decide.';
    expect(found(inNews(statement)).map((f) => f.text)).toEqual([statement]);
  });
});

describe('no-subject: a fronted phrase is told apart by what follows its verb', () => {
  it.each([
    // A verb with a direct object opens no fronted phrase, whatever clause follows a later comma.
    'Appointed Franklin as a commissioner to the Congress, and on his way, Franklin wrote to the governors.',
    // A past that is never a participle cannot modify the noun after it.
    'Wrote most of the council’s papers, which after discussion by the board, were then sent to the staff.',
    // A passive phrase straight before a finite verb, and one before "were" with no subject after it.
    'Issued by the Government of France necessitated that all foreign citizens obtain new identity cards.',
    'Signed in Paris on November 30, 1782, were only effective when Britain and France signed a similar treaty.',
    // The verb of a relative clause, or the object after an infinitive, is not the subject's verb.
    'Voided the guarantees of military support that colonial officials had made to the tribes in the region.',
    'Led the governor to reject calls by missionaries for a naval base in the port.',
    'Treated specific territorial issues among the combatant nations.',
    // A verb in -s before a preposition; an adverb before the verb.
    'Stands as a singular event of the decade and strengthened the image of the president.',
    'Previously served as ambassador to Japan and as deputy foreign minister.',
    // A reporting verb straight before a capitalised adverb or preposition that opens its clause.
    'Observed Thus, the war enabled the country to establish its influence in the region.',
    'Reported By the time the army invaded in 1979, the spirit of cooperation had gone.',
  ])('flags %s', (statement) => {
    expect(found(inNews(statement)).map((f) => f.text)).toEqual([statement]);
  });

  it.each([
    'Given the data, the ministry revised its forecast.',
    'Appointed Secretary of State in 1850, Webster returned to Washington.',
    'Included in the package, for the first time, are new rules on data protection.',
    'Newly elected President Herbert Hoover reappointed Hughes to the Supreme Court in 1930.',
    'Recently married, she moved to Leeds with her husband.',
    'Previously unreleased documents show the scale of the plan.',
    'Also included are two maps and a table of dates.',
  ])('leaves %s alone', (statement) => {
    expect(found(inNews(statement))).toEqual([]);
  });
});

describe('no-verb: datelines, labels with years and dates in lists', () => {
  it('flags a fragment with a date or a span of years in passing', () => {
    for (const fragment of [
      'Blaine from his post on June 4, 1892.',
      'On December 15, 1910, Garrett U.S. Minister to Venezuela, and on December 14, 1911, U.S. Minister to Argentina.',
      'George F. Kennan, a career Foreign Service Officer, the basic strategy for the cold war (1947–1989) with the Soviet Union.',
      'Kennedy both to the administration of assistance and aid to the needs of the developing world.',
      'Officials in China a dictatorial suppression of dissent in the northern areas.',
    ]) {
      expect(found(inNews(fragment)).map((f) => f.kind)).toEqual(['no-verb']);
    }
  });
});
