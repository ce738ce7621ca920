// npm run eval: precision, recall and F1 per rule on (a) the corpus, (b) the WMT 2023 MQM zh-en outputs
// against raters' spans, (c) a synthetic set with defects inserted at random (fixed seed), (d) the clean
// history corpus with defects inserted, development and held-out parts, (e) false findings per 1,000
// words on the clean history corpus linted as one run.
// Options: --seed N, --rounds N (set (c) rounds, default 3), --history-rounds N (set (d), default 2),
// --sets corpus,wmt,synthetic,history,clean (default all), --rules ID,ID (only these rules on),
// --out FILE (default .eval/results.json), --no-wmt, --dump DIR (write set (c)'s documents),
// --write-docs (put the figures into docs/EVALUATION.md).
import fs from 'node:fs';
import path from 'node:path';
import { evalCorpus } from './eval/corpus.js';
import { evalClean, loadHistory, type HistoryDoc } from './eval/history.js';
import { loadKinds, ruleOfKind } from './eval/kinds.js';
import { evalConfig, RULE_IDS } from './eval/lint.js';
import { misspellings } from './eval/misspellings.js';
import { CORPUS_DIR, historyDir, OUT_DIR, ROOT, wmtDir } from './eval/paths.js';
import { createReport, writeFigures } from './eval/report.js';
import { score } from './eval/score.js';
import { evalSynthetic } from './eval/synthetic-eval.js';
import { buildSynthetic, paragraphsOf, DEFAULT_SEED, type SourceDoc } from './eval/synthetic.js';
import { pct, scoreTable, table } from './eval/table.js';
import { CATEGORY_MAP, cleanestDocs, loadWmt, type WmtData } from './eval/wmt.js';
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
const sets = new Set((option('--sets') ?? 'corpus,wmt,synthetic,history,clean').split(','));
const onlyRules = option('--rules')?.split(',');
const shownRules = onlyRules ?? RULE_IDS;
const config = evalConfig(onlyRules);
const kinds = await loadKinds();
const KIND_RULE = ruleOfKind(kinds);
const started = Date.now();
const results: Record<string, unknown> = { date: new Date().toISOString(), rules: shownRules, seed };
print(`Rules: ${shownRules.join(', ')}.`);

function corpusSet(): void {
  const corpus = evalCorpus(CORPUS_DIR);
  const corpusScores = score(corpus.findings, corpus.truths, RULE_IDS);
  print(`\n### (a) Corpus\n\n${corpus.documents} documents, ${corpus.words} words, ${corpus.truths.length} expected findings (expected = truth).\n`);
  print(scoreTable(corpusScores));
  results.corpus = { documents: corpus.documents, words: corpus.words, expected: corpus.truths.length, scores: corpusScores };
}

function wmtSet(data: WmtData): void {
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
}

function syntheticSet(sources: SourceDoc[], sourceName: string): void {
  const rounds = Number(option('--rounds') ?? 3);
  const synthetic = evalSynthetic(sources, sourceName, seed, rounds, { config });
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
}

const HISTORY_PER_DOC = 4;

function historySet(docs: HistoryDoc[]): void {
  const rounds = Number(option('--history-rounds') ?? 2);
  const devCount = docs.filter((doc) => !doc.heldOut).length;
  print(`\n### (d) History corpus with defects inserted\n\n${docs.length} clean documents of the U.S. Office of the Historian, split once: ${devCount} development, ${docs.length - devCount} held out (file number divisible by 3). Seeds ${seed} to ${seed + rounds - 1}: ${rounds} rounds; in each document up to ${HISTORY_PER_DOC} defects, of the ${kinds.length} kinds taken in a random order, each in a paragraph of its own; each part and round linted as one run.`);
  const parts: Record<string, unknown> = {};
  for (const [part, held] of [['development', false], ['held-out', true]] as const) {
    const result = evalSynthetic(docs.filter((doc) => doc.heldOut === held), `history ${part}`, seed, rounds, { config, kinds, perDoc: HISTORY_PER_DOC, keepNames: true });
    print(`\n#### ${part}: ${result.truths} inserted defects (${result.preExisting} findings the untouched text drew too set aside)\n`);
    print(scoreTable(result.scores.filter((row) => shownRules.includes(row.ruleId))));
    print('');
    print(
      table(
        // "recall" counts the rule meant for the kind only; "any rule" also counts a finding of another shown rule at the
        // same place (a misspelt word inside a name that name-consistency reports, and src/overlaps.ts keeps once).
        ['kind', 'rule', 'inserted', 'found by its rule', 'recall', 'found by any rule', 'recall, any rule'],
        Object.entries(result.truthsByKind)
          .filter(([kind]) => shownRules.includes(KIND_RULE[kind] ?? ''))
          .map(([kind, count]) => {
            const own = result.foundByKind[kind] ?? 0;
            const any = result.foundByAnyRuleByKind[kind] ?? 0;
            return [kind, KIND_RULE[kind] ?? '', count, own, pct(own / count), any, pct(any / count)];
          }),
      ),
    );
    // The held-out part is measured, never read: its missed and unmatched lists stay out of the results.
    parts[part] = held ? { ...result, missed: undefined, unmatched: undefined } : result;
  }
  results.history = parts;
}

function cleanSet(docs: HistoryDoc[]): void {
  const clean = evalClean(docs, config);
  print(`\n### (e) Findings on clean text\n\nThe whole history corpus (${clean.documents} documents, ${clean.words} words) linted as one run, cross-file checks as configured by default. The source is professionally edited: a finding here is a false alarm unless the rule's page lists it as one of the source's few real defects.\n`);
  print(table(['rule', 'findings', 'per 1,000 words'], shownRules.map((id) => [id, clean.counts[id] ?? 0, (clean.perKiloWord[id] ?? 0).toFixed(3)])));
  results.clean = clean;
}

if (sets.has('corpus')) corpusSet();

const wmt = process.argv.includes('--no-wmt') ? undefined : wmtDir();
if (sets.has('wmt') || sets.has('synthetic')) {
  const data = wmt ? loadWmt(wmt) : undefined;
  if (!data) {
    print('\n### (b) WMT 2023 MQM zh-en\n\nSKIPPED: ../shared/corpora/wmt-mqm-zhen-2023 is absent (or --no-wmt was given).');
    results.wmt = { skipped: 'data absent' };
  } else if (sets.has('wmt')) wmtSet(data);
  if (sets.has('synthetic')) {
    if (data) {
      const sources = cleanestDocs(data).map((doc) => ({ name: doc.name, paragraphs: doc.segments.map((segment) => segment.trim()).filter(Boolean) }));
      syntheticSet(sources, `WMT outputs, per news item the system with the fewest rater errors per word (${sources.length} documents)`);
    } else {
      const sources = fs
        .readdirSync(CORPUS_DIR)
        .filter((name) => /\.txt$/.test(name))
        .sort()
        .map((name) => ({ name, paragraphs: paragraphsOf(fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8')) }));
      syntheticSet(sources, `corpus documents (${sources.length})`);
    }
  }
}

if (sets.has('history') || sets.has('clean')) {
  const dir = historyDir();
  if (!dir) {
    print('\n### (d) History corpus with defects inserted, (e) findings on clean text\n\nSKIPPED: ../shared/corpora/history-state-gov is absent.');
    results.history = { skipped: 'data absent' };
  } else {
    const docs = loadHistory(dir);
    if (sets.has('history')) historySet(docs);
    if (sets.has('clean')) cleanSet(docs);
  }
}

fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
if (process.argv.includes('--write-docs')) writeFigures(path.join(ROOT, 'docs', 'EVALUATION.md'), `Run of ${String(results.date).slice(0, 16).replace('T', ' ')} UTC (seed ${seed}).\n\n${reportText()}`);
console.log(`\nWrote ${path.relative(process.cwd(), outFile)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
