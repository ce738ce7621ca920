import { describe, expect, it } from 'vitest';
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
});
