// --format github and --format sarif from the real CLI; SARIF checked against the official 2.1.0 schema.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../src/reporters/github.js';
import { cli } from './helpers.js';
import { corpusTexts, tempDir, type JsonEntry } from './integration-utils.js';

const require = createRequire(import.meta.url);
// The OASIS SARIF 2.1.0 schema (final rtm.5), as shipped by Microsoft's @microsoft/jest-sarif.
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function validateSarif(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // The schema's language pattern has a stray "]" that only non-Unicode regular expressions accept.
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const DOUBLED = 'Officials said the the talks in Hanoi went well.\n';

describe('--format github', { timeout: 180_000 }, () => {
  it('prints one workflow command per finding with place, title and escaped properties', () => {
    const dir = tempDir({ '50%, final: draft.txt': DOUBLED, 'clean.txt': 'Nothing is wrong with this sentence.\n' });
    const warn = cli(['--format', 'github', '.'], { cwd: dir });
    expect(warn.code).toBe(0);
    expect(warn.stdout.trim().split('\n')).toEqual([
      '::warning file=50%25%2C final%3A draft.txt,line=1,col=16,endLine=1,endColumn=23,title=copydesk(repeated-words)::Word "the" is repeated (suggestion: the)',
    ]);
    const error = cli(['--format', 'github', '--rule', 'repeated-words=error', '.'], { cwd: dir });
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/^::error file=50%25%2C final%3A draft\.txt,line=1,col=16,/);
  });

  it('escapes data and properties the way the runner decodes them', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('reports every corpus finding that the JSON report has', () => {
    const json = JSON.parse(cli(['--format', 'json', 'corpus']).stdout) as JsonEntry[];
    const lines = cli(['--format', 'github', 'corpus']).stdout.trim().split('\n');
    expect(lines.length).toBe(json.reduce((sum, entry) => sum + entry.messages.length, 0));
    expect(lines.every((line) => /^::(warning|error) file=corpus\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=copydesk\([a-z-]+\)::\S/.test(line))).toBe(true);
  });
});

describe('--format sarif', { timeout: 180_000 }, () => {
  it('writes SARIF 2.1.0 that the official schema accepts, for the corpus', () => {
    const result = cli(['--format', 'sarif', 'corpus']);
    const log = JSON.parse(result.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(validateSarif(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    const json = JSON.parse(cli(['--format', 'json', 'corpus']).stdout) as JsonEntry[];
    const expected = json.flatMap((entry) => entry.messages.map((m) => `${entry.path} ${m.line}:${m.column} ${m.ruleId}`));
    expect(run!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri} ${r.locations[0]!.physicalLocation.region.startLine}:${r.locations[0]!.physicalLocation.region.startColumn} ${r.ruleId}`)).toEqual(expected);
    for (const item of run!.results) expect(run!.tool.driver.rules[item.ruleIndex]!.id).toBe(item.ruleId);
  });

  it('marks errors, encodes odd file names and writes to --output-file', () => {
    const dir = tempDir({ 'notes 2024#1.md': `# Notes\n\n${DOUBLED}` });
    const result = cli(['--format', 'sarif', '--rule', 'repeated-words=error', '--output-file', 'out/report.sarif', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'report.sarif'), 'utf8'));
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results[0]).toMatchObject({
      ruleId: 'repeated-words',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'notes%202024%231.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 16, endLine: 3, endColumn: 23 } } }],
    });
  });

  it('the schema check itself rejects a broken log', () => {
    const log = JSON.parse(cli(['--format', 'sarif', 'corpus']).stdout);
    delete log.runs[0].tool.driver.name;
    log.runs[0].results[0].level = 'fatal';
    expect(validateSarif(log).length).toBeGreaterThanOrEqual(2);
  });

  it('has one result per corpus document finding, none for clean files', () => {
    expect(Object.keys(corpusTexts()).length).toBeGreaterThan(1);
    const dir = tempDir({ 'clean.txt': 'Nothing is wrong with this sentence.\n' });
    const log = JSON.parse(cli(['--format', 'sarif', 'clean.txt'], { cwd: dir }).stdout);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
  });
});
