// stray-word / lower-case-start: a sentence that starts in lower case after a full stop. When the first
// word is cut off by punctuation ("... cadres. set; strengthen ...") it is a stray word left by an edit.
import type { Analysis, Sentence, Token } from '../../src/types.js';
import type { GarbleFinding } from './finding.js';
import { endsWithAbbreviation, isLowerCase, proseSentences, sentenceTokens } from './prose.js';

/** Lower-case particles that open a surname ("van Gogh", "de Klerk", "al-Assad", "von der Leyen"). */
const PARTICLES = new Set(['van', 'von', 'de', 'di', 'da', 'del', 'della', 'der', 'den', 'du', 'dos', 'das', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ten', 'ter', 'zu']);

/** Words that are never a name: "it was ...", "the decision ..." after a full stop are plain slips. */
const FUNCTION_WORDS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'PART', 'NUM']);

/** Did the sentence before end with a real full stop (not "etc.", "Mr.", "U.S.", "...")? */
export function followsFullStop(analysis: Analysis, sentence: Sentence): boolean {
  const previous = analysis.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return false;
  const last = analysis.tokens[previous.tokenEnd - 1]!;
  const beforeLast = analysis.tokens[previous.tokenEnd - 2];
  if (last.text !== '.' || !beforeLast || endsWithAbbreviation(analysis, previous)) return false;
  // "p.m.", "No." and single letters ("J.") end abbreviations, not sentences.
  return beforeLast.type === 'word' && beforeLast.text.length > 2 && !beforeLast.text.includes('.');
}

/** Of `candidates`, the words the document always writes in lower case, even where a name would be ("copydesk", "npm"). */
function lowerCaseNames(analysis: Analysis, candidates: Set<string>): Set<string> {
  const lower = new Map<string, number>();
  const capitalised = new Set<string>();
  // One pass that reads only each token's lower-cased text, unless it is a candidate.
  for (const token of analysis.tokens) {
    if (!candidates.has(token.lower) || token.type !== 'word') continue;
    if (isLowerCase(token)) lower.set(token.lower, (lower.get(token.lower) ?? 0) + 1);
    else capitalised.add(token.lower);
  }
  return new Set([...lower].filter(([word, count]) => count >= 4 && !capitalised.has(word)).map(([word]) => word));
}

export function findLowerCaseStarts(analysis: Analysis): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  const mayBeNames = new Map<GarbleFinding, string>();
  for (const sentence of proseSentences(analysis)) {
    // Cheap first: the first token, before the sentence's tokens are copied.
    const first: Token | undefined = sentence.tokenEnd > sentence.tokenStart ? analysis.tokens[sentence.tokenStart] : undefined;
    if (!first || first.type !== 'word' || !isLowerCase(first) || !/^\p{L}+$/u.test(first.text)) continue;
    const tokens: Token[] = sentenceTokens(analysis, sentence);
    if (tokens.filter((token) => token.type === 'word').length < 2) continue; // orphan-word's case
    if (!followsFullStop(analysis, sentence)) continue;
    const next = tokens[1];
    // A letter or numeral that numbers an item: "a) Leaving home. b) Refusing to ...", "ii. The second".
    if (next && /^[).]$/.test(next.text) && /^(?:[a-z]|[ivx]{1,4})$/.test(first.text)) continue;
    const stray = next !== undefined && /^[;,:]$/.test(next.text);
    // A name written in lower case: "van Gogh sold ...", "de Klerk said", "hooks insisted" (a subject and
    // its verb). A stray word is cut off by punctuation instead.
    if (!stray && next && PARTICLES.has(first.lower) && /^\p{Lu}/u.test(next.text)) continue;
    if (!stray && next && (next.pos === 'VERB' || next.pos === 'AUX') && !FUNCTION_WORDS.has(first.pos)) continue;
    findings.push({
      start: first.start,
      end: first.end,
      reason: stray
        ? `Stray word "${first.text}" left at the start of a sentence`
        : `Sentence starts with a lower-case word "${first.text}"`,
      sentence: sentence.index,
      data: { kind: stray ? 'stray-word' : 'lower-case-start' },
    });
    if (first.pos === 'NOUN' || first.pos === 'PROPN') mayBeNames.set(findings.at(-1)!, first.lower);
  }
  // A noun or name the document always writes in lower case is a name, not a slip (checked last: it needs a pass over the document).
  if (mayBeNames.size === 0) return findings;
  const names = lowerCaseNames(analysis, new Set(mayBeNames.values()));
  return findings.filter((finding) => !names.has(mayBeNames.get(finding) ?? ''));
}
