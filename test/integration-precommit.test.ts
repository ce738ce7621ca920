// The pre-commit hook for real: Debian's pre-commit installs copydesk from a git repository and lints the staged files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { tempDir } from './integration-utils.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) console.warn('integration-precommit: skipped, `pre-commit` is not installed (Debian: apt-get install -y pre-commit)');

// What the hook repository needs: the package, its lock file, the sources and the hook definition.
const PROJECT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', '.npmrc', '.pre-commit-hooks.yaml', 'bin', 'src', 'rules', 'scripts'];

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('lints only the staged prose files, and fails the commit on errors', { timeout: 600_000 }, () => {
    const hookRepo = tempDir();
    for (const name of PROJECT_FILES) fs.cpSync(path.join(ROOT, name), path.join(hookRepo, name), { recursive: true });
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-qm', 'copydesk');

    const user = tempDir({
      'staged.md': '# Notes\n\nOfficials said the the talks went well.\n',
      'unstaged.txt': 'It was was never staged.\n',
      'script.py': 'print("the the")\n',
    });
    git(user, 'init', '-q');
    git(user, 'add', 'staged.md', 'script.py');
    const env = { ...process.env, PRE_COMMIT_HOME: path.join(user, '.pre-commit-home'), NO_COLOR: '1', npm_config_prefer_offline: 'true' };
    const run = () => spawnSync('pre-commit', ['try-repo', hookRepo, 'copydesk', '--verbose'], { cwd: user, env, encoding: 'utf8' });

    const warned = run();
    expect(warned.stdout + warned.stderr).toMatch(/copydesk\.+Passed/);
    expect(warned.stdout).toMatch(/staged\.md\n3:16-3:23 +warning +Word "the" is repeated/);
    expect(warned.stdout).not.toContain('unstaged.txt');
    expect(warned.stdout).not.toContain('script.py');

    fs.writeFileSync(path.join(user, '.copydeskrc.json'), '{"rules": {"repeated-words": "error"}}');
    const failed = run();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/copydesk\.+Failed/);
    expect(failed.stdout).toMatch(/3:16-3:23 +error +Word "the" is repeated/);
  });
});
