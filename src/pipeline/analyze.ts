/**
 * Runs every analysis over the snapshot and the imported inputs, and hands the report builder its
 * step parts, findings, scores and measurements.
 */
import type { RefauditConfig } from '../config/types.js';
import type { SiteSnapshot } from '../site/types.js';
import type { QueryRow } from '../analyze/relevance/import-queries.js';
import type { RankObservation } from '../analyze/types.js';
import { loadModelData } from '../data/load.js';
import { analyzeCoverage } from '../analyze/coverage/coverage.js';
import { analyzeRelevance, type RelevanceParts, type RelevanceResult } from '../analyze/relevance/relevance.js';
import { analyzeRanking } from '../analyze/ranking/ranking.js';
import { summarizeCrawl } from '../analyze/crawl-summary.js';
import { runAnalysisRules, runRules } from '../rules/run.js';
import { countFindings } from '../report/assemble.js';
import { scoreFigure, type ReportInput } from '../report/build.js';
import { measured, type Origin } from '../shared/origin.js';
import { buildObjectivesStep, type ObjectiveResult } from '../report/steps/objectives.js';
import { buildKeywordsStep, relevanceOrigin } from '../report/steps/keywords.js';
import { buildEnginesStep } from '../report/steps/engines.js';
import { buildContentStep } from '../report/steps/content.js';
import { buildLandingPagesStep } from '../report/steps/landing-pages.js';
import { coverageZeroReason, leftOutNote, relevanceNaReason, withNote, withReason } from '../report/checks-left-out.js';
import { nearDuplicateNote } from '../rules/landing-pages/clusters.js';
import { buildSubmissionStep } from '../report/steps/submission.js';
import { buildEvaluationStep } from '../report/steps/evaluation.js';
import type { External } from './external.js';

export interface Analyses extends Omit<ReportInput, 'config' | 'snapshot' | 'problems' | 'now' | 'parts'> {
  /** Every step's part but step 8's, which the history makes (pipeline/audit.ts). */
  parts: Omit<ReportInput['parts'], 'periodic'>;
  objectives: ObjectiveResult[];
}

interface AnalyzeInput {
  config: RefauditConfig;
  snapshot: SiteSnapshot;
  observations: RankObservation[];
  queries: QueryRow[];
  external: External;
  /** Relevance's page-by-page part, gathered during the crawl (see RelevanceCollector). */
  relevance?: RelevanceParts;
  /** Relevance already analysed (the audit needs its best landing pages before coverage). */
  relevanceResult?: RelevanceResult;
}

export function relevanceOf(input: AnalyzeInput): RelevanceResult {
  return input.relevanceResult ?? analyzeRelevance({
    snapshot: input.snapshot,
    keywords: input.config.keywords,
    markets: input.config.markets,
    observations: input.observations,
    queries: input.queries,
    competitors: input.external.competitors,
    ...(input.relevance ? { collector: input.relevance } : {}),
  });
}

/** The best landing page of each target keyword: the key pages whose presence the provider checks. */
export function keyPagesOf(relevance: RelevanceResult): string[] {
  return [...new Set(relevance.keywords.map((k) => k.best?.url).filter((u): u is string => !!u))];
}

export function analyzeAll(input: AnalyzeInput): Analyses {
  const { config, snapshot } = input;
  const data = loadModelData({ enginesFile: config.enginesFile });
  const coverage = analyzeCoverage({
    snapshot,
    markets: config.markets,
    engines: config.engines,
    data,
    indexed: input.external.indexed,
    directories: input.external.directories,
    presence: input.external.presence,
  });
  const relevance = relevanceOf(input);
  const ranking = input.observations.length
    ? analyzeRanking({ observations: input.observations, keywords: config.keywords, markets: config.markets, data })
    : null;
  const chosenBots = new Set(data.engines.filter((e) => coverage.engines.some((c) => c.engine === e.id)).flatMap((e) => e.bots));
  const findings = [
    ...runRules({ snapshot, bots: [...chosenBots], languages: relevance.readings }),
    ...runAnalysisRules({ snapshot, coverage, relevance, ranking, keywords: config.keywords }),
  ];

  const covOrigin: Origin = { kind: 'model', file: 'src/analyze/coverage/coverage.ts', source: `audience shares: ${data.origins.shares.kind === 'model' ? data.origins.shares.source : 'override'}`, date: data.origins.shares.kind === 'model' ? data.origins.shares.date : '' };
  const relOrigin = relevanceOrigin(relevance);
  const rankOrigin: Origin = ranking ? { kind: 'imported', file: (config.rankings.files ?? []).join(', ') || 'SERP provider' } : measured('no rankings imported');
  const scores = {
    coverage: scoreFigure(coverage.score, covOrigin),
    relevance: scoreFigure(relevance.score, relOrigin),
    ranking: scoreFigure(ranking?.score ?? null, rankOrigin),
  };
  const objectives = buildObjectivesStep(config, {
    coverage: coverage.score,
    relevance: relevance.score,
    ranking: ranking?.score ?? null,
    page1ByEngine: ranking?.page1ByEngine ?? {},
    findingCounts: countFindings(findings),
    origins: { coverage: covOrigin, relevance: relOrigin, ranking: rankOrigin, findings: measured('rules') },
  });
  const { objectives: results, ...objectivesPart } = objectives;
  const parts: Analyses['parts'] = {
    objectives: objectivesPart,
    keywords: withReason(buildKeywordsStep(relevance, config.queries), relevanceNaReason(relevance.score, relevance.keywords.length, relevance.candidatePages)),
    engines: withReason(buildEnginesStep(coverage, data, !!snapshot.settings.render), coverageZeroReason(snapshot, coverage)),
    content: withNote(buildContentStep(summarizeCrawl(snapshot)), leftOutNote(snapshot)),
    'landing-pages': withNote(buildLandingPagesStep(relevance), nearDuplicateNote(snapshot)),
    submission: buildSubmissionStep(snapshot),
    evaluation: buildEvaluationStep(ranking, data, config.rankings.files ?? []),
  };
  return {
    parts,
    findings,
    scores,
    sources: [...data.sources, { file: 'src/data/relevance-weights.json', what: 'BM25F field weights and thresholds', source: relevance.weights.source, date: relevance.weights.date }],
    measurements: {
      coverageByEngine: Object.fromEntries(coverage.engines.map((e) => [e.engine, Math.round(e.reachability * 1000) / 10])),
      relevanceByKeyword: Object.fromEntries(relevance.keywords.map((k) => [k.keyword.keyword, k.best?.score ?? 0])),
      rankings: (ranking?.observations ?? []).map((o) => ({ keyword: o.keyword, engine: o.engine, market: o.market, position: o.position, page: o.page, url: o.url })),
    },
    objectives: results,
  };
}
