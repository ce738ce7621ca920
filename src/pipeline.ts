// The unified pipeline: parse + analyse once, then every enabled rule as a plugin.
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import type { Node } from 'unist';
import { analyse, type DocumentAnalysis } from './analysis/index.js';
import { formatFor } from './analysis/format.js';
import type { ResolvedConfig } from './config.js';
import { applyControlComments, applyControls } from './controls.js';
import { dropOverlappingMessages } from './overlaps.js';
import { docsUrl } from './rule.js';
import { RULES } from './registry.js';
import type { Finding, Point, RuleDefinition, RunFinding, Severity } from './types.js';
import { pluginsFor } from './retext/load.js';
import { guardedPlugin } from './retext/run-plugins.js';
import { buildTree } from './tree/index.js';

declare module 'vfile' {
  interface DataMap {
    analysis: DocumentAnalysis;
    /** What each rule's `collect` kept for the cross-file checks, by rule id. */
    collected: Record<string, unknown>;
    /** Offsets and replacement of each message's safe fix, by message. */
    fixes: globalThis.Map<object, { start: number; end: number; text: string }>;
  }
}

export class RuleFailure extends Error {
  override name = 'RuleFailure';
}

/** Turns a finding into a vfile message on `file`. */
export function addMessage(file: VFile, ruleId: string, severity: Severity, finding: Omit<Finding, 'start' | 'end'>, start: Point, end: Point): void {
  const message = file.message(finding.reason, { place: { start, end }, ruleId, source: 'copydesk' });
  message.fatal = finding.info ? undefined : severity === 'error';
  if (finding.actual !== undefined) message.actual = finding.actual;
  if (finding.expected !== undefined && finding.expected.length > 0) message.expected = finding.expected;
  if (finding.note !== undefined) message.note = finding.note;
  message.url = docsUrl(RULE_ID_TO_FOLDER.get(ruleId) ?? ruleId);
  if (finding.data) Object.assign(message, { data: finding.data });
}

const RULE_ID_TO_FOLDER = new Map(RULES.flatMap((rule) => [rule.id, ...(rule.extraIds ?? [])].map((id) => [id, rule.id])));

function severityOf(config: ResolvedConfig, id: string): Severity {
  return config.rules.get(id)?.severity ?? 'off';
}

function isEnabled(config: ResolvedConfig, rule: RuleDefinition): boolean {
  return [rule.id, ...(rule.extraIds ?? [])].some((id) => severityOf(config, id) !== 'off');
}

/** The parser: the analysis, and its nlcst tree when a retext plugin will read it (else an empty root: the tree costs about 5%). */
function parserPlugin(this: Processor, { withTree = false } = {}): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this as unknown as { parser: (document: string, file: VFile) => Node };
  self.parser = (document, file) => {
    // An analysis made elsewhere (another thread) is used as given.
    const analysis = file.data.analysis ?? analyse(document, formatFor(file.path));
    file.data.analysis = analysis;
    file.data.collected = {};
    return withTree ? buildTree(analysis) : ({ type: 'root', children: [] } as Node);
  };
}

function rulePlugin(rule: RuleDefinition, config: ResolvedConfig) {
  return () => (_tree: Node, file: VFile) => {
    const analysis = file.data.analysis!;
    const options = config.rules.get(rule.id)!.options;
    const context = {
      analysis,
      options,
      path: file.path || undefined,
      settings: config.settings,
      isOn: (id: string) => severityOf(config, id) !== 'off',
      report(finding: Finding) {
        const id = finding.ruleId ?? rule.id;
        const severity = severityOf(config, id);
        if (severity === 'off') return;
        if (!(finding.start >= 0 && finding.start <= finding.end && finding.end <= analysis.text.length)) {
          throw new RuleFailure(`rule ${id} reported a place outside the document (${finding.start}-${finding.end})`);
        }
        addMessage(file, id, severity, finding, analysis.point(finding.start), analysis.point(finding.end));
        if (finding.fix !== undefined) {
          file.data.fixes ??= new Map();
          file.data.fixes.set(file.messages[file.messages.length - 1]!, { start: finding.start, end: finding.end, text: finding.fix });
        }
      },
    };
    try {
      rule.check(context);
      if (rule.collect) {
        const data = rule.collect(context);
        if (data !== undefined) file.data.collected![rule.id] = data;
      }
    } catch (error) {
      if (error instanceof RuleFailure) throw error;
      throw new RuleFailure(`rule ${rule.id} failed: ${(error as Error).message}`);
    } finally {
      // What the rule derived (word tables, paragraph records) is not kept while the next rules run.
      analysis.forgetShared?.();
    }
  };
}

const processors = new WeakMap<ResolvedConfig, Processor<Node, Node, Node, undefined, undefined>>();

export function processorFor(config: ResolvedConfig): Processor<Node, Node, Node, undefined, undefined> {
  let processor = processors.get(config);
  if (!processor) {
    const plugins = pluginsFor(config);
    let chain = unified().use(parserPlugin, { withTree: plugins.length > 0 }) as unknown as Processor<Node, Node, Node, undefined, undefined>;
    for (const rule of RULES) if (isEnabled(config, rule)) chain = chain.use(rulePlugin(rule, config));
    for (const plugin of plugins) chain = chain.use(guardedPlugin(plugin, config));
    processor = chain.freeze();
    processors.set(config, processor);
  }
  return processor;
}

/** Runs every enabled rule on `file.data.analysis` (copydesk's rules inside another unified pipeline: src/retext/). */
export function runRules(config: ResolvedConfig, tree: Node, file: VFile): void {
  file.data.collected ??= {};
  for (const rule of RULES) if (isEnabled(config, rule)) rulePlugin(rule, config)()(tree, file);
}

export function sortMessages(file: VFile): void {
  file.messages.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId)),
  );
}

/** Info messages for stretches of a document the analysis read as plain text (past a parser limit). */
function addAnalysisNotes(file: VFile): void {
  const analysis = file.data.analysis;
  for (const note of analysis?.notes ?? []) {
    const place = analysis!.point(note.offset);
    file.info(note.reason, { place: { start: place, end: place }, ruleId: 'markdown-limit', source: 'copydesk' }).url = LIMITS_DOCS;
  }
}

const LIMITS_DOCS = 'https://github.com/copydesk/copydesk/blob/main/docs/RELIABILITY.md#limits';

/** Lints one document; the returned file carries the messages and what rules kept for cross-file checks (not the analysis). */
export function lintDocument(text: string, filePath: string | undefined, config: ResolvedConfig, cwd = process.cwd(), analysis?: DocumentAnalysis): VFile {
  const file = new VFile({ value: text, path: filePath, cwd });
  if (analysis) file.data.analysis = analysis;
  const processor = processorFor(config);
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  dropOverlappingMessages(file);
  addAnalysisNotes(file);
  applyControlComments(file, config.plugins?.map((plugin) => plugin.name));
  sortMessages(file);
  // The analysis is large (every token) and no longer needed: a run over many files keeps only messages.
  delete file.data.analysis;
  return file;
}

/** Runs the cross-file checks of every enabled rule over the files of one run. */
export function checkRun(files: VFile[], configFor: (file: VFile) => ResolvedConfig): void {
  if (files.length === 0) return;
  const byPath = new Map(files.map((file) => [file.path, file]));
  // Cross-file checks use the configuration of the first file: a run shares one set of rules.
  const config = configFor(files[0]!);
  for (const rule of RULES) {
    if (!rule.checkRun || !isEnabled(config, rule)) continue;
    const entries = files
      .filter((file) => file.data.collected?.[rule.id] !== undefined)
      .map((file) => ({ path: file.path, data: file.data.collected![rule.id] }));
    if (entries.length < 2) continue;
    const runContext = {
      options: config.rules.get(rule.id)!.options,
      settings: config.settings,
      report(finding: RunFinding) {
        const id = finding.ruleId ?? rule.id;
        const file = byPath.get(finding.path);
        const severity = severityOf(configFor(file ?? files[0]!), id);
        if (!file || severity === 'off') return;
        addMessage(file, id, severity, finding, finding.start, finding.end);
      },
    };
    try {
      rule.checkRun(entries, runContext);
    } catch (error) {
      throw new RuleFailure(`rule ${rule.id} failed in its cross-file check: ${(error as Error).message}`);
    }
  }
  for (const file of files) {
    applyControls(file);
    sortMessages(file);
  }
}
