// Retext plugins inside a copydesk run: package names from the project's node_modules only, their
// messages in the report under their ids, --rule on them, --no-plugins, and failures named.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './helpers.js';
import { corpusTexts, tempDir } from './integration-utils.js';

const SEED = '000_b26d12ed39113007.txt';
const ARTICLES = 'He saw a elephant and an house.\n';

/** A project whose node_modules holds the real plugin packages (linked from copydesk's dev dependencies) and any fake ones given. */
function project(config: unknown, fakes: Record<string, string> = {}): string {
  const dir = tempDir({ [SEED]: corpusTexts()[SEED]!, 'articles.txt': ARTICLES, '.copydeskrc.json': JSON.stringify(config) });
  fs.mkdirSync(path.join(dir, 'node_modules'));
  for (const name of ['retext-indefinite-article', 'retext-readability']) fs.symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name), 'dir');
  for (const [name, code] of Object.entries(fakes)) {
    fs.mkdirSync(path.join(dir, 'node_modules', name));
    fs.writeFileSync(path.join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, type: 'module', exports: './index.js' }));
    fs.writeFileSync(path.join(dir, 'node_modules', name, 'index.js'), code);
  }
  return dir;
}

interface JsonMessage {
  ruleId: string;
  source: string;
  fatal: boolean;
  line: number;
  column: number;
}
const messagesOf = (stdout: string, file: string): JsonMessage[] =>
  (JSON.parse(stdout) as { path: string; messages: JsonMessage[] }[]).find((entry) => entry.path === file)?.messages ?? [];

const PLUGINS = { plugins: ['retext-indefinite-article', ['retext-readability', { age: 18 }]] };

/** A fake plugin that leaves a mark when its code is loaded. */
const MARKER = `import fs from 'node:fs';\nfs.writeFileSync(new URL('../../loaded.txt', import.meta.url), 'loaded');\nexport default function () {}\n`;

describe('retext plugins in a copydesk run', () => {
  it('reports the plugins\' messages beside copydesk\'s, on the seeds, with their rule ids', () => {
    const dir = project(PLUGINS);
    const result = cli(['--format', 'json', SEED, 'articles.txt'], { cwd: dir });
    expect(result.stderr).toBe('');
    const articles = messagesOf(result.stdout, 'articles.txt');
    expect(articles.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.source}`)).toEqual([
      '1:8 retext-indefinite-article retext-indefinite-article',
      '1:23 retext-indefinite-article retext-indefinite-article',
    ]);
    const seed = messagesOf(result.stdout, SEED);
    const sources = new Set(seed.map((m) => m.source));
    expect(sources).toEqual(new Set(['copydesk', 'retext-readability']));
    expect(seed.filter((m) => m.source === 'retext-readability').every((m) => m.ruleId === 'readability')).toBe(true);
    // copydesk's own findings are unchanged by the plugins.
    const plain = messagesOf(cli(['--format', 'json', '--no-plugins', SEED], { cwd: dir }).stdout, SEED);
    expect(seed.filter((m) => m.source === 'copydesk')).toEqual(plain);
  });

  it('sets their severity with --rule package=... or package:ruleId=..., and in the rules of the configuration', () => {
    const dir = project({ ...PLUGINS, rules: { 'retext-indefinite-article': 'error' } });
    const errors = messagesOf(cli(['--format', 'json', 'articles.txt'], { cwd: dir }).stdout, 'articles.txt');
    expect(errors.map((m) => m.fatal)).toEqual([true, true]);
    const result = cli(['--format', 'json', '--rule', 'retext-indefinite-article=off', '--rule', 'retext-readability:readability=off', SEED, 'articles.txt'], { cwd: dir });
    expect(messagesOf(result.stdout, 'articles.txt')).toEqual([]);
    expect(messagesOf(result.stdout, SEED).every((m) => m.source === 'copydesk')).toBe(true);
    expect(cli(['articles.txt'], { cwd: dir }).code).toBe(1);
    const unknown = cli(['--rule', 'retext-passive=off', 'articles.txt'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^copydesk: Unknown rule "retext-passive/);
  });

  it('gives the same report with --jobs (plugins run in the thread that lints)', () => {
    const dir = project(PLUGINS);
    const one = cli(['--format', 'json', SEED, 'articles.txt'], { cwd: dir });
    const two = cli(['--format', 'json', '--jobs', '2', SEED, 'articles.txt'], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
  });

  it('loads no code without plugins, nor with --no-plugins', () => {
    const without = project({}, { 'retext-marker': MARKER });
    expect(cli(['articles.txt'], { cwd: without }).code).toBe(0);
    expect(fs.existsSync(path.join(without, 'loaded.txt'))).toBe(false);

    const refused = project({ plugins: ['retext-marker', 'retext-indefinite-article'] }, { 'retext-marker': MARKER });
    const result = cli(['--no-plugins', 'articles.txt'], { cwd: refused });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no issues found');
    expect(result.stderr).toBe('copydesk: --no-plugins: not running retext-marker, retext-indefinite-article (named in the configuration)\n');
    expect(fs.existsSync(path.join(refused, 'loaded.txt'))).toBe(false);

    cli(['articles.txt'], { cwd: refused });
    expect(fs.existsSync(path.join(refused, 'loaded.txt'))).toBe(true);
  });

  it.each([
    ['a path', './node_modules/retext-indefinite-article', /is not an npm package name/],
    ['a parent folder', '../retext-indefinite-article', /is not an npm package name/],
    ['a nested path', 'retext-indefinite-article/lib/index.js', /is not an npm package name/],
    ['not installed', 'retext-not-installed', /Plugin "retext-not-installed" is not installed in .* \(npm install --save-dev retext-not-installed\)$/],
  ])('refuses a plugin that is %s, with one line and exit 2', (_kind, name, message) => {
    const dir = project({ plugins: [name] });
    const result = cli(['articles.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it.each([
    ['when it starts', `export default function () { throw new Error('no dictionary given'); }\n`, /^copydesk: Plugin "retext-broken" failed to start: no dictionary given$/],
    ['on a file', `export default function () { return () => { throw new TypeError('cannot read x'); }; }\n`, /^copydesk: Plugin "retext-broken" failed on articles.txt: cannot read x$/],
    ['when loaded', `throw new Error('bad module');\n`, /^copydesk: Plugin "retext-broken" could not be loaded: bad module$/],
    ['not a plugin', `export default 42;\n`, /^copydesk: Plugin "retext-broken" does not export a unified plugin/],
  ])('stops with exit 2 and one line naming a plugin that fails %s', (_when, code, message) => {
    const dir = project({ plugins: ['retext-broken'] }, { 'retext-broken': code });
    const result = cli(['articles.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd()).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('hands a plugin the default export of each {"$import": package} in its options, and refuses a malformed one', () => {
    const reporter = `export default function (options) { return (tree, file) => { file.message('words: ' + options.lists.map((list) => list.join('+')).join(' '), undefined, 'retext-words:list'); }; }\n`;
    const words = (list: string[]) => `export default ${JSON.stringify(list)};\n`;
    const config = { plugins: [['retext-words', { lists: [{ $import: 'words-a' }, { $import: 'words-b' }] }]] };
    const dir = project(config, { 'retext-words': reporter, 'words-a': words(['alpha', 'beta']), 'words-b': words(['gamma']) });
    const result = cli(['--format', 'json', 'articles.txt'], { cwd: dir });
    expect(result.stdout).toContain('words: alpha+beta gamma');

    const bad = project({ plugins: [['retext-words', { lists: [{ $import: '../words-a' }] }]] }, { 'retext-words': reporter });
    const refused = cli(['articles.txt'], { cwd: bad });
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd()).toMatch(/plugin "retext-words": \{"\$import": \.\.\.\} takes one npm package name, got \{"\$import":"\.\.\/words-a"\}$/);

    const missing = project(config, { 'retext-words': reporter, 'words-a': words(['alpha']) });
    expect(cli(['articles.txt'], { cwd: missing }).stderr.trimEnd()).toMatch(/Package \(in the options of plugin "retext-words"\) "words-b" is not installed/);
  });

  it('lints again with --cache when a plugin package changes version', () => {
    const plugin = (word: string) =>
      `export default function () { return (tree, file) => { file.message('${word}', undefined, 'retext-marker:mark'); }; }\n`;
    const dir = project({ plugins: ['retext-marker'] }, { 'retext-marker': plugin('first version') });
    const debug = { COPYDESK_DEBUG: '1' };
    const first = cli(['--cache', 'articles.txt'], { cwd: dir, env: debug });
    expect(first.stdout).toContain('first version');
    const manifest = path.join(dir, 'node_modules', 'retext-marker', 'package.json');
    expect(cli(['--cache', 'articles.txt'], { cwd: dir, env: debug }).stderr).toContain('0 linted, 1 from cache');
    // An upgrade: new code and a new version number in the same folder.
    fs.writeFileSync(path.join(dir, 'node_modules', 'retext-marker', 'index.js'), plugin('second version'));
    fs.writeFileSync(manifest, JSON.stringify({ name: 'retext-marker', version: '2.0.0', type: 'module', exports: './index.js' }));
    const upgraded = cli(['--cache', 'articles.txt'], { cwd: dir, env: debug });
    expect(upgraded.stderr).toContain('1 linted, 0 from cache');
    expect(upgraded.stdout).toContain('second version');
  });

  it('lets Markdown control comments name a configured plugin, as package or package:ruleId', () => {
    const dir = project(PLUGINS);
    const markdown = [
      '<!-- copydesk-disable retext-indefinite-article -->',
      '',
      'He saw a elephant.',
      '',
      '<!-- copydesk-enable retext-indefinite-article -->',
      '',
      'She saw a owl.',
      '',
      '<!-- copydesk-ignore-next retext-indefinite-article:retext-indefinite-article -->',
      'They saw a ant.',
      '',
      '<!-- copydesk-ignore-next retext-unknown -->',
      'We saw a eagle.',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'animals.md'), markdown);
    const result = cli(['--format', 'json', '--rule', 'retext-readability=off', 'animals.md'], { cwd: dir });
    const messages = messagesOf(result.stdout, 'animals.md').map((m) => `${m.line} ${m.ruleId}`);
    expect(messages).toEqual(['7 retext-indefinite-article', '12 control-comment', '13 retext-indefinite-article']);
  });
});
