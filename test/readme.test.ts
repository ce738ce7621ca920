// The README must stay true: its rule list, its options and its set-up commands.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/registry.js';
import { cli, ROOT } from './helpers.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const integrations = path.join(ROOT, 'docs', 'INTEGRATIONS.md');
const docs = readme + (fs.existsSync(integrations) ? fs.readFileSync(integrations, 'utf8') : '');

describe('README', () => {
  it('lists every rule id with its default severity', () => {
    const table = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
    for (const rule of RULES) {
      for (const id of [rule.id, ...(rule.extraIds ?? [])]) {
        expect(table, id).toMatch(new RegExp(`\\[\`${id}\`\\]\\([^)]+\\) \\| ${rule.defaultSeverity} \\|`));
      }
    }
  });

  it('documents every command-line option', () => {
    const help = cli(['--help']).stdout;
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!);
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(docs, option).toContain(option);
  });

  it('shows the real report on the seeds', () => {
    const block = readme.slice(readme.indexOf('<!-- report:start -->'), readme.indexOf('<!-- report:end -->'));
    const command = /^\$ npx copydesk (.+)$/m.exec(block)![1]!.split(' ');
    const shown = block.slice(block.indexOf('\n', block.indexOf('$ npx')) + 1, block.lastIndexOf('```')).trimEnd();
    expect(cli(command).stdout.trimEnd()).toBe(shown);
  });

  it('gives the two set-up commands that CI runs', () => {
    expect(readme).toContain('npm ci && npx copydesk corpus');
    expect(readme).toContain('\nnpm test\n');
    const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
