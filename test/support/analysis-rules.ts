/**
 * The findings of the rules over one analysis, for tests that hold an analysis result and ask what
 * it raises (the per-rule cases are in test/rules/analysis-findings.test.ts).
 */
import type { CoverageResult } from '../../src/analyze/coverage/coverage.js';
import type { RelevanceResult } from '../../src/analyze/relevance/relevance.js';
import type { RankingResult } from '../../src/analyze/ranking/ranking.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { directoryLinkMissing, directoryListingPartial, engineBotBlocked, engineMissesJsContent, indexNowKeyMissing } from '../../src/rules/analyses/coverage.js';
import * as relevanceRules from '../../src/rules/analyses/relevance.js';
import * as rankingRules from '../../src/rules/analyses/ranking.js';
import { runAnalysisRules } from '../../src/rules/run.js';
import type { AnalysisContext, AnalysisRule, Finding } from '../../src/rules/types.js';
import { makeSnapshot } from './make-snapshot.js';

const context = (parts: Partial<AnalysisContext>) => parts as AnalysisContext;

export function coverageFindings(coverage: CoverageResult, homeUrl: string): Finding[] {
  return runAnalysisRules(context({ coverage, snapshot: { ...makeSnapshot([]), homeUrl } }), [engineBotBlocked, indexNowKeyMissing, directoryLinkMissing, directoryListingPartial] as AnalysisRule[]);
}

export function javascriptFindings(coverage: CoverageResult, homeUrl: string): Finding[] {
  return runAnalysisRules(context({ coverage, snapshot: { ...makeSnapshot([]), homeUrl } }), [engineMissesJsContent] as AnalysisRule[]);
}

export function relevanceFindings(relevance: RelevanceResult): Finding[] {
  return runAnalysisRules(context({ relevance }), Object.values(relevanceRules) as AnalysisRule[]);
}

export function rankingFindings(ranking: RankingResult, keywords: TargetKeyword[]): Finding[] {
  return runAnalysisRules(context({ ranking, keywords }), Object.values(rankingRules) as AnalysisRule[]);
}
