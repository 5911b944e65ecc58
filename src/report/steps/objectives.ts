/**
 * Step 1: each objective of the config, its target, what was measured, met or not. An objective
 * whose measure is missing (no rankings imported) is "not measured", never "met".
 */
import type { RefauditConfig } from '../../config/types.js';
import type { Severity } from '../../rules/types.js';
import type { Origin } from '../../shared/origin.js';
import type { StepPart } from '../types.js';
import { msg, note } from '../note.js';

export interface ObjectiveResult {
  id: string;
  label: string;
  target: number;
  measured: number | null;
  met: boolean | null;
}

export interface MeasuredForObjectives {
  coverage: number | null;
  relevance: number | null;
  ranking: number | null;
  page1ByEngine: Record<string, number | null>;
  findingCounts: Record<Severity, number>;
  origins: { coverage: Origin; relevance: Origin; ranking: Origin; findings: Origin };
}

export function evaluateObjectives(config: RefauditConfig, m: MeasuredForObjectives): (ObjectiveResult & { origin: Origin; atLeast: boolean })[] {
  const o = config.objectives;
  const out: (ObjectiveResult & { origin: Origin; atLeast: boolean })[] = [];
  const min = (id: string, label: string, target: number | undefined, value: number | null, origin: Origin) => {
    if (target === undefined) return;
    out.push({ id, label, target, measured: value, met: value === null ? null : value >= target, origin, atLeast: true });
  };
  const max = (id: string, label: string, target: number | undefined, value: number, origin: Origin) => {
    if (target === undefined) return;
    out.push({ id, label, target, measured: value, met: value <= target, origin, atLeast: false });
  };
  min('coverage', 'Audience-weighted coverage', o.coverageMin, m.coverage, m.origins.coverage);
  min('relevance', 'Relevance score', o.relevanceMin, m.relevance, m.origins.relevance);
  min('ranking', 'Ranking score', o.rankingMin, m.ranking, m.origins.ranking);
  if (o.page1Keywords) {
    for (const e of o.page1Keywords.engines) {
      min(`page1-${e}`, `${e}: priority keywords on page 1`, o.page1Keywords.count, m.page1ByEngine[e] ?? null, m.origins.ranking);
    }
  }
  max('max-critical', 'Critical findings', o.maxCritical, m.findingCounts.critical, m.origins.findings);
  max('max-warnings', 'Warnings', o.maxWarnings, m.findingCounts.warning, m.origins.findings);
  return out;
}

export function buildObjectivesStep(config: RefauditConfig, m: MeasuredForObjectives): StepPart & { objectives: ObjectiveResult[] } {
  const results = evaluateObjectives(config, m);
  const met = results.filter((r) => r.met === true).length;
  const unmeasured = results.filter((r) => r.met === null).length;
  const configOrigin: Origin = { kind: 'config', file: config.file ?? 'flags' };
  return {
    summary: results.length
      ? `${met} of ${results.length} objectives met${unmeasured ? `, ${unmeasured} not measured` : ''}.`
      : 'No objectives set: add an "objectives" section to the config (refaudit init writes one).',
    summaryText: results.length ? msg('objectives.summary', { met, total: results.length, unmeasured }) : msg('objectives.none'),
    // The scorecard table says it all (target, measured, state, origin): no second list of the same figures.
    scores: [],
    tables: [
      {
        id: 'objectives',
        title: 'Objectives scorecard',
        columns: [
          { key: 'id', label: 'Id', hidden: true },
          { key: 'objective', label: 'Objective' },
          { key: 'bound', label: 'Bound' },
          { key: 'target', label: 'Target', align: 'right', origin: configOrigin },
          { key: 'measured', label: 'Measured', align: 'right' },
          { key: 'state', label: 'State' },
        ],
        rows: results.map((r) => [r.id, r.label, r.atLeast ? 'at least' : 'at most', r.target, r.measured === null ? null : Math.round(r.measured * 10) / 10, r.met === null ? 'not measured' : r.met ? 'met' : 'not met']),
      },
    ],
    charts: [],
    notes: [
      config.markets.length
        ? note(`Markets: ${config.markets.map((x) => x.id).join(', ')}.`, 'objectives.markets', { markets: config.markets.map((x) => x.id).join(', ') })
        : note('No market set: audience shares are worldwide (--market fr-MA to choose).', 'objectives.no-market'),
      ...(config.keywords.length
        ? [note(`${config.keywords.length} target keyword(s), ${config.keywords.filter((k) => k.priority === 1).length} of priority 1.`, 'objectives.keywords', { count: config.keywords.length, priority1: config.keywords.filter((k) => k.priority === 1).length })]
        : []),
    ],
    objectives: results.map(({ id, label, target, measured, met }) => ({ id, label, target, measured, met })),
  };
}
