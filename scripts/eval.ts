// npm run eval: precision, recall and F1 per rule on (a) the corpus, (b) the WMT 2023 MQM zh-en outputs
// against raters' spans, (c) a synthetic set with defects inserted at random (fixed seed).
// Options: --seed N, --rounds N (synthetic rounds, default 3), --out FILE (default .eval/results.json), --no-wmt, --dump DIR (write the synthetic documents),
// --write-docs (put the figures into docs/EVALUATION.md).
import fs from 'node:fs';
import path from 'node:path';
import { evalCorpus } from './eval/corpus.js';
import { CORPUS_DIR, OUT_DIR, ROOT, wmtDir } from './eval/paths.js';
import { createReport, writeFigures } from './eval/report.js';
import { RULE_IDS } from './eval/lint.js';
import { misspellings } from './eval/misspellings.js';
import { score } from './eval/score.js';
import { evalSynthetic } from './eval/synthetic-eval.js';
import { buildSynthetic, paragraphsOf, DEFAULT_SEED, type SourceDoc } from './eval/synthetic.js';
import { pct, scoreTable, table } from './eval/table.js';
import { KIND_RULE } from './eval/defects.js';
import { CATEGORY_MAP, cleanestDocs, loadWmt } from './eval/wmt.js';
import { evalWmt } from './eval/wmt-eval.js';

/** "12 (40.0%)": a count and its share of a total. */
const share = (count: number, total: number): string => (total === 0 ? '–' : `${count} (${pct(count / total)})`);

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const { print, text: reportText } = createReport();
const seed = Number(option('--seed') ?? DEFAULT_SEED);
const outFile = path.resolve(option('--out') ?? path.join(OUT_DIR, 'results.json'));
const started = Date.now();
const results: Record<string, unknown> = { date: new Date().toISOString(), rules: RULE_IDS, seed };
print(`Rules: ${RULE_IDS.join(', ')}.`);

// (a) corpus
const corpus = evalCorpus(CORPUS_DIR);
const corpusScores = score(corpus.findings, corpus.truths, RULE_IDS);
print(`\n### (a) Corpus\n\n${corpus.documents} documents, ${corpus.words} words, ${corpus.truths.length} expected findings (expected = truth).\n`);
print(scoreTable(corpusScores));
results.corpus = { documents: corpus.documents, words: corpus.words, expected: corpus.truths.length, scores: corpusScores };

// (b) WMT
const dir = process.argv.includes('--no-wmt') ? undefined : wmtDir();
let sources: SourceDoc[];
let sourceName: string;
if (!dir) {
  print('\n### (b) WMT 2023 MQM zh-en\n\nSKIPPED: ../shared/corpora/wmt-mqm-zhen-2023 is absent (or --no-wmt was given).');
  results.wmt = { skipped: 'data absent' };
  sources = fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => /\.txt$/.test(name))
    .sort()
    .map((name) => ({ name, paragraphs: paragraphsOf(fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8')) }));
  sourceName = `corpus documents (${sources.length})`;
} else {
  const data = loadWmt(dir);
  const wmt = evalWmt(data);
  print(`\n### (b) WMT 2023 MQM zh-en\n\n${wmt.documents} documents (${new Set(data.docs.map((doc) => doc.system)).size} systems x ${new Set(data.docs.map((doc) => doc.id)).size} news items), ${wmt.words} words, ${wmt.truths} rater spans in mapped categories (${wmt.unplacedErrors} mapped errors without a span left out).`);
  print('A finding is correct when it overlaps a rater span of a mapped category in the same segment. Mapping:\n');
  for (const [ruleId, categories] of Object.entries(CATEGORY_MAP)) print(`- ${ruleId} <- ${categories.join(', ')}`);
  print('- every other rule <- none (findings per 1,000 words only)\n');
  print(scoreTable(wmt.scores, { header: 'on any rater span', value: (id) => share(wmt.onAnyRaterSpan[id] ?? 0, wmt.scores.find((row) => row.ruleId === id)!.findings) }));
  print('\nFindings per 1,000 words, systems ranked best first by raters\' errors per 1,000 words:\n');
  print(
    table(
      ['system', 'words', 'rater errors/kw', ...RULE_IDS],
      wmt.systems.map((system) => [system.system, system.words, system.errorsPerKiloWord.toFixed(1), ...RULE_IDS.map((id) => system.findingsPerKiloWord[id]!.toFixed(2))]),
    ),
  );
  const { findings, ...summary } = wmt;
  results.wmt = { ...summary, categoryMap: CATEGORY_MAP, findings: findings.length };
  const cleanest = cleanestDocs(data);
  sources = cleanest.map((doc) => ({ name: doc.name, paragraphs: doc.segments.map((segment) => segment.trim()).filter(Boolean) }));
  sourceName = `WMT outputs, per news item the system with the fewest rater errors per word (${sources.length} documents)`;
}

// (c) synthetic
const rounds = Number(option('--rounds') ?? 3);
const synthetic = evalSynthetic(sources, sourceName, seed, rounds);
print(`\n### (c) Synthetic set\n\nSource: ${sourceName}. Seeds ${seed} to ${seed + rounds - 1}: ${rounds} rounds of defects, each round linted as its own run; ${synthetic.truths} inserted defects.`);
print(`Misspellings from: ${misspellings().name}.`);
print(`${synthetic.preExisting} findings that the untouched text drew as well were set aside.\n`);
print(scoreTable(synthetic.scores, { header: 'on any defect', value: (id) => share(synthetic.onAnyDefect[id] ?? 0, synthetic.scores.find((row) => row.ruleId === id)!.findings) }));
print('\nInserted defects found, by kind (by the rule meant for it, and by any rule):\n');
print(
  table(
    ['kind', 'rule', 'inserted', 'found by its rule', 'found by any rule'],
    Object.entries(synthetic.truthsByKind).map(([kind, count]) => [kind, KIND_RULE[kind] ?? '', count, synthetic.foundByKind[kind] ?? 0, synthetic.foundByAnyRuleByKind[kind] ?? 0]),
  ),
);
const dumpDir = option('--dump');
if (dumpDir) {
  fs.mkdirSync(dumpDir, { recursive: true });
  for (const doc of Array.from({ length: rounds }, (_, round) => buildSynthetic(sources, seed + round, `r${round}-`)).flat()) {
    fs.writeFileSync(path.join(dumpDir, doc.name), doc.text);
    fs.writeFileSync(path.join(dumpDir, doc.name.replace(/\.txt$/, '.truths.json')), JSON.stringify(doc.truths, null, 2));
  }
  console.log(`Wrote the synthetic documents and their inserted defects to ${dumpDir}`);
}
results.synthetic = { ...synthetic, misspellingSource: misspellings().name };

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
if (process.argv.includes('--write-docs')) writeFigures(path.join(ROOT, 'docs', 'EVALUATION.md'), `Run of ${String(results.date).slice(0, 16).replace('T', ' ')} UTC (seed ${seed}).\n\n${reportText()}`);
console.log(`\nWrote ${path.relative(process.cwd(), outFile)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
