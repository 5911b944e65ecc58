/**
 * The Report: the eight steps as plain data. Built once from the snapshot and the analyses
 * (src/report/build.ts); renderers (src/render) only format it and never compute.
 *
 * Tables and charts are generic so that every renderer can draw any step without knowing
 * which analysis produced it. The JSON renderer prints this object as it is (schema/report.schema.json).
 */
import type { Facts } from '../rules/facts.js';
import type { Finding, Severity, StepId } from '../rules/types.js';
import type { Message } from '../shared/message.js';
import type { DataSource, Figure, Origin } from '../shared/origin.js';
import type { InputProblem } from '../util/errors.js';

export const SCHEMA_VERSION = 2 as const;

export type Cell = string | number | boolean | null;

export interface Column {
  key: string;
  label: string;
  align?: 'left' | 'right';
  unit?: Figure['unit'];
  /** Where the column's figures come from (omitted for labels and URLs). */
  origin?: Origin;
  /** A key for scripts (an objective id) that the text, Markdown and HTML reports do not show. */
  hidden?: boolean;
  /** Changes: positive numbers are shown with their `+`. */
  signed?: boolean;
}

/** A table row: cells keyed by column key (a script never counts columns). */
export type Row = Record<string, Cell>;

export interface Table {
  /** Stable id, listed in schema/report.schema.json with its column keys. */
  id: string;
  /** Set on tables drawn once per market (one id, e.g. `audience`, with the market here). */
  market?: string;
  title: string;
  columns: Column[];
  rows: Row[];
  /** Rows left out of `rows` (the full count is rows.length + omitted). */
  omitted?: number;
  note?: string;
  /** The note as a message, when it is built from data, so each language words it. */
  noteText?: Message;
}

/**
 * A table as a step builder draws it: positional rows in column order. The report assembly keys
 * them (src/report/assemble.ts, `keyTable`), so the builders stay short and the keys come from one place.
 */
export interface TableDraft extends Omit<Table, 'rows'> {
  rows: Cell[][];
}

export interface BarChart {
  kind: 'bar';
  id: string;
  title: string;
  unit?: Figure['unit'];
  origin: Origin;
  bars: { label: string; value: number; tone?: 'good' | 'warn' | 'bad' }[];
}

/** Ranking positions with the page breaks of each engine drawn. */
export interface PositionsChart {
  kind: 'positions';
  id: string;
  title: string;
  origin: Origin;
  engines: { id: string; name: string; resultsPerPage: number }[];
  /** `page`: the engine's results page the position is on (null when not ranked), from the ranking analysis. */
  points: { keyword: string; engine: string; position: number | null; page: number | null }[];
}

export interface TrendChart {
  kind: 'trend';
  id: string;
  title: string;
  unit?: Figure['unit'];
  origin: Origin;
  series: { name: string; points: { date: string; value: number }[] }[];
}

export type Chart = BarChart | PositionsChart | TrendChart;

export interface NamedFigure extends Figure {
  id: string;
  label: string;
  /** Set when the figure is held against an objective. */
  target?: number;
  met?: boolean;
}

export interface ReportStep {
  id: StepId;
  number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  title: string;
  /** One sentence: the state of this step for this site (English). */
  summary: string;
  /** The same sentence as a message id and its typed values (renderers word it in the report's language). */
  summaryText?: Message;
  /** Why the step's score is 0 or n/a, when it is (its English text starts `summary`). */
  reasonText?: Message;
  scores: NamedFigure[];
  findings: Finding[];
  tables: Table[];
  charts: Chart[];
  /** What this step could not do and why (no rankings imported, no config...), in English. */
  notes: string[];
  /** The notes as message ids and values, index for index with `notes` (omitted when none has one). */
  noteTexts?: (Message | null)[];
}

export interface NextAction {
  rank: number;
  step: StepId;
  title: string;
  why: string;
  /** 1 (small) .. 5 (large). */
  impact: number;
  /** 1 (quick) .. 5 (heavy). */
  effort: number;
  ruleId?: string;
  /** Items of the finding behind this action. */
  count?: number;
  /** Other findings on the same pages that this one action also settles (rule ids). */
  alsoRules?: string[];
  /** What the items share (a host, a template value), when one cause explains them all. */
  cause?: string;
  urls?: string[];
}

/**
 * One item of a finding (a page, a link, a keyword), never capped: the JSON's `items` lists them
 * all, while the findings in `steps` keep a few as evidence for the readers of text and HTML.
 */
export interface FindingItem {
  /** Stable across runs: rule id and URL (and a counter when one URL has several items). */
  id: string;
  ruleId: string;
  severity: Severity;
  step: StepId;
  url: string | null;
  /** What was seen, in words (English). */
  detail: string | null;
  related: string[];
  /** The same facts as typed fields (status, words, depth...): src/rules/facts.ts lists them per rule id. */
  facts: Facts;
}

export type RuleState = 'passed' | 'failed' | 'not-run';

/** Every rule and analysis check of this audit, with its outcome: a passed rule and one that never ran differ. */
export interface RuleOutcome {
  id: string;
  step: StepId;
  severity: Severity;
  title: string;
  state: RuleState;
  /** Items found (0 when passed or not run). */
  count: number;
  /** Why it did not run (no rankings imported, no target keywords...). */
  reason?: string;
}

export type { DataSource } from '../shared/origin.js';

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'refaudit'; version: string };
  generatedAt: string;
  site: { startUrl: string; homeUrl: string; pagesCrawled: number };
  configFile: string | null;
  markets: string[];
  /** The three criteria, each 0..100. */
  scores: { coverage: Figure; relevance: Figure; ranking: Figure };
  findingCounts: Record<Severity, number>;
  steps: ReportStep[];
  /** Every finding item, uncapped, in step and severity order. */
  items: FindingItem[];
  /** Every rule with passed / failed / not-run. */
  rules: RuleOutcome[];
  nextActions: NextAction[];
  sources: DataSource[];
  /**
   * Raw measurements the periodic diff (step 8) compares run to run: stable keys, no formatting.
   */
  measurements: Measurements;
  /** Problems met in inputs (a malformed CSV row, an unreachable competitor): the audit went on. */
  problems: InputProblem[];
}

export interface Measurements {
  pages: { url: string; status: number | null; indexable: boolean }[];
  /** Coverage score per engine id, 0..100 (reachability × readiness, before audience weighting). */
  coverageByEngine: Record<string, number>;
  /** Best relevance score per target keyword, 0..100. */
  relevanceByKeyword: Record<string, number>;
  /** Latest position per keyword and engine (`keyword|engine|market`), null = not ranked. */
  rankings: { keyword: string; engine: string; market: string; position: number | null; page: number | null; url: string | null }[];
}

/**
 * What a step builder (src/report/steps/<step>.ts) returns; build.ts adds the id, number, title and
 * the rule findings routed to that step.
 */
export type StepPart = Pick<ReportStep, 'summary' | 'scores' | 'charts' | 'summaryText' | 'reasonText'> & {
  tables: TableDraft[];
  /** A note as English text, or with its message id (`note()` in src/report/note.ts) for other languages. */
  notes: (string | { text: string; message: Message })[];
  findings?: Finding[];
};
