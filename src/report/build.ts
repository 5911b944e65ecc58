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
import { assembleSteps, capEvidence, countFindings } from './assemble.js';
import { findingItems } from './items.js';
import { ruleInputs, ruleOutcomes } from './rule-outcomes.js';
import { nextActions } from './next-actions.js';
import { SCHEMA_VERSION, type DataSource, type Measurements, type Report, type StepPart } from './types.js';

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
}

export function buildReport(input: ReportInput): Report {
  const { snapshot, config } = input;
  const full = assembleSteps(input.parts, input.findings);
  const all = full.flatMap((s) => s.findings);
  const steps = capEvidence(full);
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
    items: findingItems(all),
    rules: ruleOutcomes(all, ruleInputs(config, input.measurements.rankings.length)),
    nextActions: nextActions(all),
    sources: input.sources,
    problems: input.problems,
    measurements: {
      pages: snapshot.pages.map((p) => ({ url: p.url, status: p.status, indexable: isIndexable(p) })),
      ...input.measurements,
    },
  };
}

export function scoreFigure(value: number | null, origin: Figure['origin']): Figure {
  return { value: value === null ? null : Math.round(value * 10) / 10, unit: 'score', origin };
}
