// The bundled command line (dist/bundle/, made by the build) reports what the modules of dist/ report,
// in one thread and with workers, and bin/copydesk.js leaves a bundle older than dist/src/cli.js alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const BUNDLE = path.join(ROOT, 'dist', 'bundle', 'cli.js');
const MODULES = path.join(ROOT, 'dist', 'src', 'cli.js');

/**
 * Runs `main` of one entry point (the bundle or the modules) with these arguments, from a script file (not
 * `node -e`, whose flags the workers would inherit).
 */
function runEntry(entry: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-entry-'));
  const script = path.join(folder, 'run.mjs');
  fs.writeFileSync(script, `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});\nprocess.exitCode = await main(${JSON.stringify(args)});\n`);
  try {
    const result = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

const corpusFiles = fs
  .readdirSync(path.join(ROOT, 'corpus'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 4)
  .map((name) => path.join('corpus', name));

describe.skipIf(!fs.existsSync(BUNDLE))('bundled command line', () => {
  it('reports the same findings as the modules, in one thread and in two', () => {
    for (const jobs of ['1', '2']) {
      const args = ['--format', 'json', '--jobs', jobs, ...corpusFiles];
      const bundled = runEntry(BUNDLE, args);
      const modules = runEntry(MODULES, args);
      expect(bundled.stderr).toBe(modules.stderr);
      expect(bundled.code).toBe(modules.code);
      const messages = JSON.parse(bundled.stdout).flatMap((file: { messages: unknown[] }) => file.messages);
      expect(messages.length).toBeGreaterThan(0);
      expect(bundled.stdout).toBe(modules.stdout);
    }
  }, 300_000);

  it('bin/copydesk.js runs the modules when the bundle is older than dist/src/cli.js', () => {
    // A copy of bin/ and dist/src beside a stale bundle that would fail if it were run.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bundle-'));
    try {
      fs.cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
      fs.mkdirSync(path.join(root, 'dist', 'src'), { recursive: true });
      fs.mkdirSync(path.join(root, 'dist', 'bundle'), { recursive: true });
      fs.writeFileSync(path.join(root, 'dist', 'bundle', 'cli.js'), 'export async function main() { process.stdout.write("bundle"); return 0; }\n');
      fs.writeFileSync(path.join(root, 'dist', 'src', 'cli.js'), 'export async function main() { process.stdout.write("modules"); return 0; }\n');
      fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}\n');
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(root, 'dist', 'bundle', 'cli.js'), old, old);
      const run = () => spawnSync(process.execPath, [path.join(root, 'bin', path.basename(BIN))], { encoding: 'utf8' }).stdout;
      expect(run()).toBe('modules');
      fs.utimesSync(path.join(root, 'dist', 'bundle', 'cli.js'), new Date(), new Date());
      expect(run()).toBe('bundle');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
