import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_COMMA, AFTER_QUESTION, AFTER_STOP, SPACE_BEFORE, spacingMatches } from '../rules/punctuation-spacing/scan.js';
import { applyFixes, fixesOf } from '../src/fix.js';
import { lintDocument } from '../src/pipeline.js';
import { configWith, lint, spans } from './helpers.js';

const RULES = { 'punctuation-spacing': 'warn' } as const;

describe('punctuation-spacing', () => {
  it('finds a missing space after sentence punctuation, a comma and a semicolon, and offers the spaced text', () => {
    const text = 'The minister said.The bill passed,then failed;others disagreed. Why?Because nobody came!Later it ended.';
    const messages = lint(text, RULES);
    expect(spans(text, messages)).toEqual(['said.The', 'passed,then', 'failed;others', 'Why?Because', 'came!Later']);
    expect(messages[0]!.expected).toEqual(['said. The']);
    expect(messages[0]!.ruleId).toBe('punctuation-spacing');
  });

  it('finds a space before a comma or a full stop, not a spaced ellipsis', () => {
    const text = 'He said , then left . The end was near . . . and quiet.';
    expect(spans(text, lint(text, RULES))).toEqual(['said ,', 'left .']);
  });

  it('leaves addresses, domains, file names, numbers, abbreviations and initials alone', () => {
    const text =
      'See https://example.com/a,b?x=Y and www.state.gov or write to press@example.org. Node.js, Amazon.com, ASP.NET, Booking.Com and ' +
      'file.txt; version 1.2.3 at 10.30 a.m. cost 3.5 million, or 1,000 dollars. The U.S. and e.g. J.R.R. Tolkien, Ph.D. Mr.Smith said wait...Then go.';
    expect(lint(text, RULES)).toEqual([]);
  });

  it('leaves Markdown code alone', () => {
    const text = 'Call `config.Load` then run `a,b` in the shell.\n';
    expect(lint(text, RULES, 'doc.md')).toEqual([]);
  });

  it('fixes every finding safely, and the fixed text is clean', () => {
    const text = 'The minister said.The bill passed,then it failed , as expected.';
    const file = lintDocument(text, 'doc.txt', configWith(RULES));
    const fixed = applyFixes(text, fixesOf(file)).text;
    expect(fixed).toBe('The minister said. The bill passed, then it failed, as expected.');
    expect(lint(fixed, RULES)).toEqual([]);
  });

  it('finds exactly the matches of scanning the whole text with each pattern, on the corpus and on awkward text', () => {
    const texts = ['corpus', 'test/fixtures'].flatMap((folder) => textFiles(folder).map((file) => fs.readFileSync(file, 'utf8')));
    texts.push(
      'said.The a.b.Cd x.y.Zz why?!Because so?!?!?Then 2020,the a1,b2 &amp;then costs;others ok!!!No "said.”Then" left.’(The',
      'Élan.Über naïve.Ça ab.𝐀bc 𝐚𝐛.The 𝐚𝐛 , ok 1 , 12 . x . y  ,  ab\t. 1ab , a , ab.\n.The ,x ,. ., ..The',
      'wait...Then go. . . and. x,y ;z ab;Cd ab;cd 3.5 1,000 U.S.A.Then Mr.Smith e.g.Then i.e.the end.',
    );
    expect(texts.length).toBeGreaterThan(10);
    let count = 0;
    for (const text of texts) {
      const found = spacingMatches(text);
      const expected = [AFTER_STOP, AFTER_QUESTION, AFTER_COMMA, SPACE_BEFORE].map((pattern) => [...text.matchAll(pattern)].map((match) => [match.index, ...match]));
      expect([found.afterStop, found.afterQuestion, found.afterComma, found.spaceBefore].map((matches) => matches.map((match) => [match.index, ...match]))).toEqual(expected);
      count += expected.flat().length;
    }
    expect(count).toBeGreaterThan(10);
  });
});

function textFiles(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(txt|md)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}
