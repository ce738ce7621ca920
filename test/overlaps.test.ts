// One defect, one message: a misspelt name that spelling and name-consistency both see is reported once.
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

const TEXT = [
  'President Franklin D. Roosevelt met the Soviet envoy in Washington in 1943. Roosevelt said the talks had been useful.',
  '',
  'Later that year Roosevelt travelled to Tehran, where Rooseelt met Stalin and Churchill. Roosevelt returned in December.',
  '',
].join('\n');

describe('messages of two rules on one place', () => {
  it('keeps one message on a misspelt name, the name rule\'s, which names the person', () => {
    const all = lint(TEXT, { spelling: 'warn', 'name-consistency': 'warn' });
    const onSlip = all.filter((message) => message.place && 'start' in message.place && TEXT.slice(message.place.start.offset!, message.place.end.offset!).includes('Rooseelt'));
    expect(onSlip.map((message) => message.ruleId)).toEqual(['name-consistency']);
  });

  it('still reports the slip with spelling when name-consistency is off', () => {
    const spellingOnly = lint(TEXT, { spelling: 'warn' }).filter((message) => message.ruleId === 'spelling');
    expect(spellingOnly.map((message) => message.actual)).toEqual(['Rooseelt']);
  });
});
