// no-subject: a statement that opens with a past-tense verb and has no subject ("Welcomed the delegation.").
// Imperatives ("Open the file.") open with a base form and are left alone; so are fronted participle
// phrases followed by a comma and the main clause ("Based on the data, the ministry said ...").
import type { Analysis, Sentence, Token } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { contentTokens, isCapitalised, isIngForm, isPastForm, isPlainStatement, proseSentences } from './prose.js';

/** "Included in the package are ...": inversion around a form of "be" is grammatical. */
const BE = new Set(['is', 'are', 'was', 'were']);
/** Parts of speech that open a direct object. */
const OBJECT = new Set(['DET', 'PRON', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'SCONJ', 'CCONJ', 'VERB']);

function isSubjectlessStart(first: Token): boolean {
  if (first.pos !== 'VERB' || !isCapitalised(first)) return false;
  if (isPastForm(first)) return true;
  // "Welcomes the delegation." (third person without a subject); not "Discuss", "Focus".
  return first.lower.length > 4 && /[^su]s$/.test(first.lower);
}

/** Markdown reference text describes what its heading names without a subject ("Called with an error."). */
function opensMarkdownParagraph(analysis: Analysis, sentence: Sentence): boolean {
  return analysis.format === 'markdown' && sentence.index === analysis.paragraphs[sentence.paragraph]!.sentenceStart;
}

export function findNoSubject(analysis: Analysis): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  for (const sentence of proseSentences(analysis)) {
    if (!isPlainStatement(sentence) || opensMarkdownParagraph(analysis, sentence)) continue;
    const tokens = contentTokens(analysis, sentence);
    const first = tokens[0];
    if (!first || !isSubjectlessStart(first)) continue;
    if (tokens.some((token) => BE.has(token.lower))) continue;
    // A passive participle with no object is a deliberate ellipsis of "It was" / "She was" in reference
    // text and biographies ("Rolled back on failure.", "Survived by her husband."); a verb with an
    // object ("Welcomed the delegation.", "Stressed that ...") is a missing subject.
    if (!OBJECT.has(tokens[1]?.pos ?? '')) continue;
    // "Continued supply ... will be the backdrop", "Based on ..., the leaders agreed": another verb carries
    // the sentence. Verbs joined to the first ("Welcomed ... and praised ...") do not.
    // A "that" clause right after the verb ("Stressed that the two sides should ...") is its object
    // up to the next comma: its verbs do not carry the sentence.
    let inObject = tokens[1]!.pos === 'SCONJ' || tokens[1]!.lower === 'that';
    const carried = tokens.slice(1).some((token, i) => {
      const before = tokens[i]!;
      if (token.text === ',' || token.text === ';') inObject = false;
      if (inObject) return false;
      if (token.pos === 'AUX') return true;
      if (token.pos !== 'VERB' || isIngForm(token) || before.lower === 'to') return false;
      // "Welcomed ... and praised ...", "for its support and help": joined to the first verb or a noun.
      const joined = before.lower === 'and' || before.lower === 'or';
      return !(joined && (isPastForm(token) || tokens[i - 1]?.pos === 'NOUN'));
    });
    if (carried) continue;
    findings.push({
      start: first.start,
      end: sentence.end,
      reason: `Sentence has no subject: it starts with the verb "${first.text}"`,
      sentence: sentence.index,
      data: { kind: 'no-subject' },
    });
  }
  return findings;
}
