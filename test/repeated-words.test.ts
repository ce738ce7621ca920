import { describe, expect, it } from 'vitest';
import { lint, spans } from './helpers.js';

describe('repeated-words', () => {
  it('flags a doubled word and offers the single word', () => {
    const text = 'Officials said the the talks went well.';
    const messages = lint(text, { 'repeated-words': 'warn' });
    expect(spans(text, messages)).toEqual(['the the']);
    expect(messages[0]!.expected).toEqual(['the']);
    expect(messages[0]!.ruleId).toBe('repeated-words');
    expect(messages[0]!.source).toBe('copydesk');
    expect(messages[0]!.fatal).toBe(false);
  });

  it('keeps doubled words English allows and doubled names', () => {
    const text = 'He had had enough of Bora Bora. Go. Go now.';
    expect(lint(text, { 'repeated-words': 'warn' })).toEqual([]);
  });

  it('marks errors fatal when configured as error', () => {
    const messages = lint('It is is late.', { 'repeated-words': ['error', { allow: [] }] });
    expect(messages.map((m) => m.fatal)).toEqual([true]);
  });
});

describe('repeated-words on web pages', () => {
  it('leaves alone repeated single letters of letter-spaced text, but not "a a"', () => {
    expect(lint('The seal reads C o u n t y n N r R and nothing else.', { 'repeated-words': 'warn' })).toEqual([]);
    const text = 'It was a a long day.';
    expect(spans(text, lint(text, { 'repeated-words': 'warn' }))).toEqual(['a a']);
  });

  it('leaves alone a labelled field of tags, but not the same words in a sentence', () => {
    const page = 'The council met on Tuesday to approve the budget.\n\nTags: budgetcouncil budgetcouncil transport\n\nLatest News\n';
    expect(lint(page, { 'repeated-words': 'warn' })).toEqual([]);
    const text = 'The council met on Tuesday to approve the budget budget.\n\nTags: transport\n';
    expect(spans(text, lint(text, { 'repeated-words': 'warn' }))).toEqual(['budget budget']);
  });
});

describe('repeated-words after a name', () => {
  it('leaves alone the last word of a name followed by the same common noun', () => {
    expect(lint('Staff need one year of Civil Service service. Statutory Maternity Pay pay weeks start on a Sunday.', { 'repeated-words': 'warn' })).toEqual([]);
    const text = 'Officials of the Civil Service said the the report was late.';
    expect(spans(text, lint(text, { 'repeated-words': 'warn' }))).toEqual(['the the']);
  });
});
