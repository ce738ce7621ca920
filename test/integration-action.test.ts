// action.yml's lint step, run with bash the way a GitHub runner runs it, on the corpus.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ROOT } from './helpers.js';
import { tempDir } from './integration-utils.js';

interface Step {
  id?: string;
  run: string;
}

const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };
const lintStep = action.runs.steps.find((step) => step.id === 'lint')!;

function runAction(inputs: Record<string, string>) {
  const outputFile = path.join(tempDir(), 'github-output');
  fs.writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, NO_COLOR: '1' };
  for (const [name, spec] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? spec.default;
  // GitHub runs a composite step's shell: bash as `bash --noprofile --norc -eo pipefail {0}`.
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run], { cwd: ROOT, env, encoding: 'utf8' });
  return { ...result, outputs: fs.readFileSync(outputFile, 'utf8') };
}

describe('action.yml', { timeout: 180_000 }, () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'config', 'fail-level', 'format']));
  });

  it('annotates the corpus and reports the exit code; fail-level decides the outcome', () => {
    const annotate = runAction({ files: 'corpus', 'fail-level': 'none' });
    expect(annotate.status).toBe(0);
    expect(annotate.stdout).toMatch(/^::warning file=corpus\/000_b26d12ed39113007\.txt,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=copydesk\(/m);
    expect(annotate.outputs).toBe('exit-code=0\n');
    const strict = runAction({ files: 'corpus/*.txt', 'fail-level': 'warning' });
    expect(strict.status).toBe(1);
    expect(strict.outputs).toBe('exit-code=1\n');
    const lenient = runAction({ files: 'corpus', 'fail-level': 'none', args: '--rule repeated-words=error --rule name-consistency=error' });
    expect(lenient.status).toBe(0);
    expect(lenient.outputs).toBe('exit-code=1\n');
  });

  it('writes SARIF to output-file and fails on bad input whatever the fail level', () => {
    const out = path.join(tempDir(), 'copydesk.sarif');
    const sarif = runAction({ files: 'corpus', format: 'sarif', 'output-file': out });
    expect(sarif.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    const missing = runAction({ files: 'no-such-folder', 'fail-level': 'none' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no-such-folder');
    expect(runAction({ files: 'corpus', 'fail-level': 'sometimes' }).status).toBe(2);
  });
});
