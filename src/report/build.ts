/**
 * Builds the Report from the snapshot and the analyses' results: each step's part comes from its
 * step builder (src/report/steps), rule and analysis findings are routed to their steps, and the
 * measurements the periodic diff needs are taken here once.
 */
import type { RefauditConfig } from '../config/types.js';
import type { SiteSnapshot } from '../site/types.js';
import { isIndexable } from '../site/indexability.js';
import type { Finding, StepId } from '../rules/types.js';
import type { InputProblem } from '../util/errors.js';
import { VERSION } from '../version.js';
import type { Figure } from '../shared/origin.js';
import { STEP_ORDER } from '../rules/types.js';
import { assembleSteps, capEvidence, countFindings, stepFindings } from './assemble.js';
import { findingItems } from './items.js';
import { ruleInputs, ruleOutcomes } from './rule-outcomes.js';
import { nextActions } from './next-actions.js';
import { SCHEMA_VERSION, type DataSource, type FindingItem, type Measurements, type Report, type StepPart } from './types.js';

export interface ReportInput {
  config: RefauditConfig;
  snapshot: SiteSnapshot;
  parts: Record<StepId, StepPart>;
  findings: Finding[];
  scores: Report['scores'];
  sources: DataSource[];
  problems: InputProblem[];
  measurements: Omit<Measurements, 'pages'>;
  now: Date;
  /** The items runFacts listed for this run: the report's own when step 8 adds no finding (saves a second list). */
  runItems?: FindingItem[];
}

/**
 * This run as the history compares it with earlier ones (history/diff.ts): its findings, items,
 * scores and measurements, known before step 8, which is made from that comparison.
 */
export type RunFacts = Pick<Report, 'generatedAt' | 'scores' | 'items' | 'measurements'> & { steps: { findings: Finding[] }[] };

const NO_PART: StepPart = { summary: '', scores: [], tables: [], charts: [], notes: [] };

export function runFacts(input: Omit<ReportInput, 'parts'> & { parts: Omit<ReportInput['parts'], 'periodic'> }): RunFacts {
  // The steps' findings only: their tables are keyed once, by buildReport (200,000 rankings rows).
  const parts = { ...input.parts, periodic: NO_PART };
  const all = STEP_ORDER.flatMap((id) => stepFindings(id, parts[id], input.findings));
  return { generatedAt: input.now.toISOString(), scores: input.scores, items: findingItems(all), measurements: measurementsOf(input), steps: [{ findings: all }] };
}

function measurementsOf(input: Pick<ReportInput, 'snapshot' | 'measurements'>): Measurements {
  return {
    pages: input.snapshot.pages.map((p) => ({ url: p.url, status: p.status, indexable: isIndexable(p) })),
    ...input.measurements,
  };
}

/** The report, its eight steps built: step 8 (periodic) comes in `parts` like the others. */
export function buildReport(input: ReportInput): Report {
  const { snapshot, config } = input;
  const full = assembleSteps(input.parts, input.findings);
  const all = full.flatMap((s) => s.findings);
  const steps = capEvidence(full);
  const items = input.runItems && !full.at(-1)?.findings.length ? input.runItems : findingItems(all);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'refaudit', version: VERSION },
    generatedAt: input.now.toISOString(),
    site: { startUrl: snapshot.startUrl, homeUrl: snapshot.homeUrl, pagesCrawled: snapshot.pages.length },
    configFile: config.file,
    markets: config.markets.map((m) => m.id),
    scores: input.scores,
    findingCounts: countFindings(all),
    steps,
    items,
    rules: ruleOutcomes(all, ruleInputs(config, input.measurements.rankings.length)),
    nextActions: nextActions(all),
    sources: input.sources,
    problems: input.problems,
    measurements: measurementsOf(input),
  };
}

export function scoreFigure(value: number | null, origin: Figure['origin']): Figure {
  return { value: value === null ? null : Math.round(value * 10) / 10, unit: 'score', origin };
}
