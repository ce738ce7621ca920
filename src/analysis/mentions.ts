// Name mentions: runs of capitalised words, with titles and honorifics as cues.
import type { NameMention, Sentence, Token } from '../types.js';

/** Titles and honorifics that may stand before a name (longest first when matching). */
export const TITLES: readonly string[] = [
  'Party General Secretary',
  'General Secretary',
  'Deputy Prime Minister',
  'Prime Minister',
  'Foreign Minister',
  'Minister',
  'President',
  'Vice President',
  'Crown Prince',
  'Chairman',
  'Chairwoman',
  'Chancellor',
  'Premier',
  'Secretary',
  'Senator',
  'Governor',
  'Mayor',
  'Ambassador',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'General',
  'PM',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Professor',
  'Sir',
  'Chief Justice',
  'Justice',
  'Judge',
  'Admiral',
  'Colonel',
  'Captain',
  'Lord',
  'Lady',
  'Dame',
  'Pope',
  'Speaker',
  'Miss',
  'Madame',
  'Sen',
  'Rep',
  'Gen',
  'Gov',
];

const TITLE_WORDS = TITLES.map((title) => title.split(' ')).sort((a, b) => b.length - a.length);
/** One-word titles that end a capitalised run when met inside it ("Singaporean PM Lawrence Wong"). */
const BREAKING_TITLES = new Set(['PM', 'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Premier', 'Chancellor']);
/** Lower-case particles that can sit inside a name ("Ursula von der Leyen"). */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'den', 'la', 'le', 'du', 'da', 'dos', 'bin', 'binti', 'al', 'el', 'ibn']);
/** Words of a ministry or body between "Minister of" and a name ("Minister of Foreign Affairs Wang Yi"). */
const PORTFOLIO_WORDS = new Set([
  'foreign', 'affairs', 'home', 'internal', 'defence', 'defense', 'finance', 'trade', 'industry', 'justice',
  'health', 'education', 'state', 'public', 'security', 'national', 'labour', 'labor', 'information',
  'communications', 'culture', 'planning', 'investment', 'transport', 'agriculture', 'environment', 'energy',
]);

/**
 * Words before a title that make it another holder's than the sitting one ("former President", "the
 * late King", "ex-Premier", "incoming Chancellor", "Deputy President").
 */
const PAST_HOLDER = new Set([
  'former', 'late', 'then', 'ex', 'outgoing', 'erstwhile', 'previous', 'incoming', 'acting', 'interim',
  'caretaker', 'future', 'deputy', 'vice', 'assistant',
]);

/** The title as written, with a past-holder qualifier in front when there is one ("former President"). */
function qualifiedTitle(tokens: Token[], titleStart: number, sentence: Sentence, title: string): string {
  let k = titleStart - 1;
  if (k > sentence.tokenStart && /^[-‐]$/.test(tokens[k]!.text) && !tokens[k]!.spaceBefore) k--;
  const before = tokens[k];
  return k >= sentence.tokenStart && before && PAST_HOLDER.has(before.lower) ? `${before.lower} ${title}` : title;
}

/** A word starting with a capital letter. ASCII first letters are told without the Unicode pattern (most tokens). */
function isCapitalised(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  if (first < 128) return first >= 65 && first <= 90 && token.type === 'word';
  return token.type === 'word' && /^\p{Lu}/u.test(token.text);
}

const TITLE_FIRST_WORDS = new Set(TITLE_WORDS.map((words) => words[0]!));

function titleAt(tokens: Token[], at: number, end: number): number {
  const head = tokens[at]!.text;
  if (!TITLE_FIRST_WORDS.has(head.endsWith('.') ? head.slice(0, -1) : head)) return 0;
  for (const words of TITLE_WORDS) {
    if (at + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const text = tokens[at + k]!.text.replace(/\.$/, '');
      if (text !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      // "Mr." may be one token or "Mr" + "." (tested without a branch, as the split form is rare)
      const next = at + words.length;
      const splitDot = words.length === 1 && words[0]!.length <= 4 && next < end && tokens[next]!.text === '.';
      return next - at + (splitDot ? 1 : 0);
    }
  }
  return 0;
}

/**
 * Skips what is glued to a name word: a hyphenated part ("Kim Jong-un", "Jean-Claude") and letters
 * the tokeniser split off (it cuts "Phạm" into "Ph" "ạ" "m").
 */
function wordEnd(tokens: Token[], at: number, end: number): number {
  let j = at;
  for (;;) {
    // Check `end` before reading, so as not to read past the array.
    if (j >= end) return j;
    const next = tokens[j]!;
    if (next.spaceBefore) return j;
    if (/^[\p{L}\p{M}]+$/u.test(next.text)) j++;
    else if (/^[-‐]$/.test(next.text) && j + 1 < end && !tokens[j + 1]!.spaceBefore && /^\p{L}/u.test(tokens[j + 1]!.text)) j += 2;
    else return j;
  }
}

/** End of the capitalised run starting at `from` (particles allowed inside, titles end it). */
function runEnd(tokens: Token[], from: number, end: number): number {
  let j = from;
  while (j < end) {
    const token = tokens[j]!;
    if (j > from) {
      const title = titleAt(tokens, j, end);
      if (title > 1 || (title === 1 && BREAKING_TITLES.has(token.text.replace(/\.$/, '')))) break;
    }
    if (isCapitalised(token) && token.pos !== 'PUNCT') {
      j++;
      j = wordEnd(tokens, j, end);
    } else if (PARTICLES.has(token.text) && j + 1 < end && isCapitalised(tokens[j + 1]!) && j > from) j++;
    else break;
  }
  return j;
}

/** True when the token starts its sentence or follows a colon, semicolon or opening bracket. */
function startsClause(tokens: Token[], at: number, sentence: Sentence): boolean {
  if (at === sentence.tokenStart) return true;
  const before = tokens[at - 1]!.text;
  return before.length === 1 && /^[;:(“"‘'–—-]$/.test(before);
}

/**
 * After "Title of", skips the body the title belongs to ("of the Communist Party of Vietnam") and
 * returns where the name starts, or -1 when no name can be told apart from the body.
 * `standalone` holds the texts of capitalised runs that the document uses on their own.
 */
function nameAfterOf(tokens: Token[], at: number, end: number, standalone: Set<string>): number {
  let i = at;
  for (;;) {
    if (i >= end || tokens[i]!.lower !== 'of') return -1;
    i++;
    if (i < end && tokens[i]!.lower === 'the') i++;
    const runStart = i;
    while (i < end && isCapitalised(tokens[i]!) && !titleAt(tokens, i, end)) i++;
    if (i === runStart) return -1;
    if (i < end && tokens[i]!.lower === 'of') continue;
    const run = tokens.slice(runStart, i);
    // The longest head of the run that the document uses on its own ("Singapore") is the place.
    for (let k = run.length - 1; k >= 1; k--) {
      const head = runText(tokens, runStart, runStart + k);
      if (standalone.has(head)) return runStart + k;
    }
    let k = 0;
    while (k < run.length - 1 && PORTFOLIO_WORDS.has(run[k]!.lower)) k++;
    if (k > 0 && run.length - k >= 2) return runStart + k;
    return run.length >= 3 ? runStart + 1 : -1;
  }
}

/** Texts of the capitalised runs that stand alone (used to tell "of Singapore" from the name after it). */
function standaloneRuns(tokens: Token[], sentences: Sentence[]): Set<string> {
  const runs = new Set<string>();
  for (const sentence of sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const j = runEnd(tokens, i, sentence.tokenEnd);
      if (j > i) {
        runs.add(runText(tokens, i, j));
        i = j;
      } else i++;
    }
  }
  return runs;
}

/** The texts of tokens `from` to `to` joined with single spaces. */
function runText(tokens: Token[], from: number, to: number): string {
  let text = tokens[from]!.text;
  for (let k = from + 1; k < to; k++) text += ' ' + tokens[k]!.text;
  return text;
}

/** Texts of the standalone runs, worked out on first need. */
interface StandaloneCache {
  runs: Set<string> | undefined;
}

/**
 * Where the name after a title starts: `nameStart` itself, or after "Title of" past the body
 * (whose runs get mentions of their own), or -1 when no name can be told apart from the body.
 * Called for every title, so that findMentions's call site is warm even though "of" is rare.
 */
function nameAfterTitle(
  tokens: Token[],
  sentences: Sentence[],
  nameStart: number,
  end: number,
  standalone: StandaloneCache,
  push: (from: number, to: number) => void,
): number {
  if (nameStart >= end || tokens[nameStart]!.lower !== 'of') return nameStart;
  standalone.runs ??= standaloneRuns(tokens, sentences);
  const at = nameAfterOf(tokens, nameStart, end, standalone.runs);
  if (at < 0) return -1;
  // The body the title belongs to ("the Communist Party of Vietnam") keeps its own mentions.
  for (let k = nameStart; k < at; ) {
    const runTo = isCapitalised(tokens[k]!) ? runEnd(tokens, k, at) : k;
    if (runTo > k) push(k, runTo);
    k = Math.max(runTo, k + 1);
  }
  return at;
}

export function findMentions(tokens: Token[], sentences: Sentence[]): NameMention[] {
  const mentions: NameMention[] = [];
  const standalone: StandaloneCache = { runs: undefined };
  const shared = new SharedNames();
  for (const sentence of sentences) {
    const end = sentence.tokenEnd;
    const push = (from: number, to: number, title?: string): void => {
      const first = tokens[from]!;
      const last = tokens[to - 1]!;
      const next = to < tokens.length ? tokens[to] : undefined; // not past the end
      const name = shared.name(sentence.text.slice(first.start - sentence.start, last.end - sentence.start), wordsOf(tokens, from, to));
      mentions.push({
        start: first.start,
        end: last.end,
        text: name.text,
        words: name.words,
        tokenStart: from,
        tokenEnd: to,
        title: title === undefined ? undefined : shared.title(title),
        sentenceInitial: from === sentence.tokenStart,
        possessive: next !== undefined && next.sentence === sentence.index && /^['’]s$/i.test(next.text),
        sentence: sentence.index,
      });
    };
    let i = sentence.tokenStart;
    while (i < end) {
      const titleLength = titleAt(tokens, i, end);
      let nameStart = i + titleLength;
      let titleEnd = nameStart;
      if (titleLength > 0) {
        const at = nameAfterTitle(tokens, sentences, nameStart, end, standalone, push);
        if (at < 0) {
          i = nameStart;
          continue;
        }
        nameStart = titleEnd = at;
      }
      // A capitalised word that only starts a clause ("Supporting Vietnam", "The Party") is not a name.
      if (titleLength === 0 && startsClause(tokens, nameStart, sentence) && tokens[nameStart]!.pos !== 'PROPN') {
        const next = runEnd(tokens, nameStart, end);
        if (next - nameStart <= 1 || !isCapitalised(tokens[nameStart]!)) {
          i = Math.max(next, nameStart + 1);
          continue;
        }
        nameStart++;
        titleEnd = nameStart;
      }
      const j = runEnd(tokens, nameStart, end);
      if (j === nameStart) {
        i = Math.max(i + 1, nameStart);
        continue;
      }
      push(nameStart, j, titleLength > 0 ? qualifiedTitle(tokens, i, sentence, titleText(tokens, i, titleEnd)) : undefined);
      i = j;
    }
  }
  return mentions;
}

/**
 * One string and one words array for each name written the same way (200,000 mentions of far fewer
 * names in 10 MB of text): rules read them and never change them.
 */
class SharedNames {
  private readonly names = new Map<string, { text: string; words: string[] }>();
  private readonly titles = new Map<string, string>();

  name(text: string, words: string[]): { text: string; words: string[] } {
    const known = this.names.get(text);
    if (known && known.words.length === words.length && known.words.every((word, i) => word === words[i])) return known;
    const name = { text, words };
    if (!known) this.names.set(text, name);
    return name;
  }

  title(title: string): string {
    const known = this.titles.get(title);
    if (known !== undefined) return known;
    this.titles.set(title, title);
    return title;
  }
}

/** The name's words: tokens written without space between them ("Jong", "-", "un") make one word. */
function wordsOf(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (k > from && !token.spaceBefore) words[words.length - 1] += token.text;
    else words.push(token.text);
  }
  // A tight copy: an array grown by push keeps room for 16 elements (200,000 mentions in 10 MB of text).
  return words.slice();
}

function titleText(tokens: Token[], from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k++) text += (k > from && tokens[k]!.spaceBefore ? ' ' : '') + tokens[k]!.text;
  return text;
}

/** Verbs that report speech or writing: their subject ("Blair said", "said Blair") is a person. */
const REPORTING_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'argued', 'argues', 'asked', 'asks',
  'replied', 'replies', 'stated', 'states', 'declared', 'declares', 'noted', 'notes', 'explained', 'explains',
  'announced', 'announces', 'insisted', 'insists', 'recalled', 'recalls', 'claimed', 'claims', 'warned',
  'warns', 'urged', 'urges', 'remarked', 'remarks', 'responded', 'responds', 'admitted', 'admits',
  'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'denied', 'denies', 'suggested', 'suggests',
  'believed', 'believes', 'thought', 'thinks', 'complained', 'complains', 'testified', 'testifies',
]);
/** Words that may stand between a subject and its reporting verb ("Blair also said", "Blair has said"). */
const BEFORE_VERB = new Set(['also', 'then', 'later', 'has', 'had', 'have', 'once', 'again', 'himself', 'herself']);

/**
 * What marks a mention as naming a person, strongest first: a title ("Mr Blair"), a reporting verb
 * ("Blair said", "said Blair"), a possessive ("Blair's"), or a verb right after it (the subject of a
 * clause: "Blair resigned"); undefined when nothing does.
 */
export type MentionCue = 'title' | 'reporting' | 'possessive' | 'subject';

/** The token at i when it is in the sentence (no closure per call: this runs for every mention). */
function tokenIn(tokens: readonly Token[], i: number, sentence: number): Token | undefined {
  return i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence ? tokens[i] : undefined;
}

export function mentionCue(tokens: readonly Token[], mention: NameMention): MentionCue | undefined {
  if (mention.title) return 'title';
  const { sentence } = mention;
  let next = tokenIn(tokens, mention.tokenEnd, sentence);
  if (next && BEFORE_VERB.has(next.lower)) next = tokenIn(tokens, mention.tokenEnd + 1, sentence) ?? next;
  const before = tokenIn(tokens, mention.tokenStart - 1, sentence);
  if ((next && REPORTING_VERBS.has(next.lower)) || (before && REPORTING_VERBS.has(before.lower))) return 'reporting';
  if (before?.lower === 'to' && tokenIn(tokens, mention.tokenStart - 2, sentence)?.lower === 'according') return 'reporting';
  if (mention.possessive) return 'possessive';
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.text)) return 'subject';
  return undefined;
}
