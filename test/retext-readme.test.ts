// The README's copydesk/retext example runs as printed, through the package's own exports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('<!-- retext-example:start -->'), readme.indexOf('<!-- retext-example:end -->'));
const blocks = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => match[2]!);

const lines = (text: string) => text.split('\n').map((line) => line.trimEnd()).join('\n').trim();

describe('README: copydesk/retext', () => {
  it('prints what the README shows, importing copydesk/retext by its package name', () => {
    expect(blocks).toHaveLength(2);
    const [code, shown] = blocks as [string, string];
    expect(code).toContain("from 'copydesk/retext'");
    // Run as `node example.mjs` in the clone: a package can import itself by name through "exports".
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toBe(lines(shown));
  });

  it('points every package export at a built file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string>; bin: Record<string, string> };
    expect(fs.existsSync(path.join(ROOT, manifest.exports['./retext']!))).toBe(true);
    for (const file of fs.readdirSync(path.join(ROOT, 'src', 'retext', 'rules'))) {
      expect(fs.existsSync(path.join(ROOT, manifest.exports['./retext/*']!.replace('*', file.replace(/\.ts$/, ''))))).toBe(true);
    }
    expect(fs.existsSync(path.join(ROOT, manifest.bin.copydesk!))).toBe(true);
  });
});
