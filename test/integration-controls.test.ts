// Markdown control comments from the real CLI: disable, enable and ignore-next, as remark-lint users write them.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import { corpusTexts, tempDir, type JsonEntry } from './integration-utils.js';

const DOC = `# Council notes

<!-- copydesk-ignore-next -->
The the first paragraph is left alone.

The the second paragraph is reported.

<!-- copydesk-disable repeated-words -->

It was was quiet while the rule was off, and recieved no check for repeats.

<!-- copydesk-enable -->

And and the rule is back.

<!-- copydesk-disable -->

Every every rule is off here, even for recieved.

<!-- copydesk-enable spelling -->

Spelling is back for recieved, but not repeats repeats.
`;

function found(text: string, name = 'notes.md'): string[] {
  const dir = tempDir({ [name]: text });
  const result = cli(['--format', 'json', '--rule', 'spelling=warn', name], { cwd: dir });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as JsonEntry[])[0]!.messages.map((m) => `${m.line} ${m.ruleId}`);
}

describe('control comments', { timeout: 180_000 }, () => {
  it('silence the next block, a rule, every rule, and come back on enable', () => {
    expect(found(DOC)).toEqual(['6 repeated-words', '10 spelling', '14 repeated-words', '22 spelling']);
  });

  it('apply to Markdown only: in plain text the comment is just text', () => {
    expect(found(DOC, 'notes.txt')).toContain('4 repeated-words');
  });

  it('warn about a rule id they do not know, instead of silently doing nothing', () => {
    const messages = found('<!-- copydesk-disable repeated-word -->\n\nThe the end.\n');
    expect(messages).toEqual(['1 control-comment', '3 repeated-words']);
  });

  it('also silence cross-file findings, whatever the number of threads', () => {
    // Two paragraphs of real news, each repeated in a second file; one repeat is marked to ignore.
    const [first, second] = corpusTexts()['001_ca7f08b1c78a5a54.txt']!.split(/\n+/).filter((line) => line.split(' ').length > 20);
    const files = {
      'a.md': `# Talks\n\n${first}\n`,
      'b.md': `# Talks\n\n<!-- copydesk-ignore-next -->\n${first}\n`,
      'c.md': `# Visit\n\n${second}\n`,
      'd.md': `# Visit\n\n${second}\n`,
      '.copydeskrc.json': '{"rules": {"duplicate-paragraph": ["warn", {"crossFile": true}]}}',
    };
    const dir = tempDir(files);
    for (const jobs of ['1', '2']) {
      const report = JSON.parse(cli(['--format', 'json', '--jobs', jobs, '.'], { cwd: dir }).stdout) as JsonEntry[];
      const duplicates = report.flatMap((entry) => entry.messages.filter((m) => m.ruleId === 'duplicate-paragraph').map((m) => `${entry.path} ${m.line}`));
      expect(duplicates).toEqual(['d.md 3']);
    }
  });
});
