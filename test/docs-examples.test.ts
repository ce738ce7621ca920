// Every rule's README.md: its examples are linted and must report exactly what they say.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/registry.js';
import { lint, ROOT, spans, type RuleSettings } from './helpers.js';

interface Example {
  kind: 'flag' | 'pass';
  rule: string;
  file: string;
  options?: Record<string, unknown>;
  text: string;
  flags: string[];
  line: number;
}

const FENCE = /^```(\w*)\s+example=(flag|pass)(.*)$/;

export function readExamples(readme: string, defaultRule: string): Example[] {
  const lines = readme.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = FENCE.exec(lines[i]!);
    if (!match) continue;
    const attributes = match[3]!;
    const optionsAt = attributes.indexOf('options=');
    const options = optionsAt >= 0 ? JSON.parse(attributes.slice(optionsAt + 'options='.length)) : undefined;
    const head = optionsAt >= 0 ? attributes.slice(0, optionsAt) : attributes;
    const rule = /rule=([\w-]+)/.exec(head)?.[1] ?? defaultRule;
    const file = /file=([\w.-]+)/.exec(head)?.[1] ?? (match[1] === 'markdown' || match[1] === 'md' ? 'example.md' : 'example.txt');
    const body: string[] = [];
    const start = i + 1;
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
    let flags: string[] = [];
    if (match[2] === 'flag') {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      const flagLine = lines[j] ?? '';
      if (!flagLine.startsWith('flags:')) throw new Error(`${defaultRule} README line ${start}: a flag example needs a "flags:" line after it`);
      flags = [...flagLine.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    }
    examples.push({ kind: match[2] as 'flag' | 'pass', rule, file, options, text: body.join('\n') + '\n', flags, line: start });
  }
  return examples;
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('docs of %s', (id, rule) => {
  const readmePath = path.join(ROOT, 'rules', id, 'README.md');
  const readme = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, 'utf8') : '';

  it('has a README.md with examples of both kinds', () => {
    expect(readme, `rules/${id}/README.md is missing`).not.toBe('');
    const kinds = new Set(readExamples(readme, id).map((example) => example.kind));
    expect([...kinds].sort()).toEqual(['flag', 'pass']);
  });

  it('documents every option', () => {
    for (const name of Object.keys(rule.options)) expect(readme, `option ${name}`).toContain(`\`${name}\``);
  });

  for (const example of readExamples(readme, id)) {
    it(`example at README line ${example.line} (${example.kind}, ${example.rule})`, () => {
      // Options belong to the rule's main id; an extra id only takes a severity.
      const rules: RuleSettings = { [example.rule]: 'warn' };
      if (example.options) rules[rule.id] = ['warn', example.options];
      const messages = lint(example.text, rules, example.file).filter((m) => m.ruleId === example.rule);
      expect(spans(example.text, messages)).toEqual(example.flags);
    });
  }
});
