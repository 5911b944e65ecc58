/**
 * The Report: the eight steps as plain data. Built once from the snapshot and the analyses
 * (src/report/build.ts); renderers (src/render) only format it and never compute.
 *
 * Tables and charts are generic so that every renderer can draw any step without knowing
 * which analysis produced it. The JSON renderer prints this object as it is (schema/report.schema.json).
 */
import type { Finding, Severity, StepId } from '../rules/types.js';
import type { Figure, Origin } from './origin.js';
import type { InputProblem } from '../util/errors.js';

export const SCHEMA_VERSION = 1 as const;

export type Cell = string | number | boolean | null;

export interface Column {
  key: string;
  label: string;
  align?: 'left' | 'right';
  unit?: Figure['unit'];
  /** Where the column's figures come from (omitted for labels and URLs). */
  origin?: Origin;
}

export interface Table {
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Rows left out of `rows` (the full count is rows.length + omitted). */
  omitted?: number;
  note?: string;
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
  points: { keyword: string; engine: string; position: number | null }[];
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
  /** One sentence: the state of this step for this site. */
  summary: string;
  scores: NamedFigure[];
  findings: Finding[];
  tables: Table[];
  charts: Chart[];
  /** What this step could not do and why (no rankings imported, no config...). */
  notes: string[];
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
  urls?: string[];
}

/** A model data file used for figures in this report. */
export interface DataSource {
  file: string;
  what: string;
  source: string;
  date: string;
}

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
export type StepPart = Pick<ReportStep, 'summary' | 'scores' | 'tables' | 'charts' | 'notes'> & {
  findings?: Finding[];
};
