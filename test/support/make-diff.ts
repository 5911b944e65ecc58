/** A ReportDiff with nothing in it, for tests to fill in what they are about. */
import type { ReportDiff } from '../../src/history/diff.js';

export function makeDiff(over: Partial<ReportDiff> = {}): ReportDiff {
  return {
    from: '2026-11-17T06:00:00.000Z',
    to: '2026-11-24T06:00:00.000Z',
    newFindings: [],
    fixedFindings: [],
    persisting: [],
    scores: { coverage: 0, relevance: 0, ranking: 0 },
    coverageByEngine: {},
    relevanceByKeyword: {},
    rankingMoves: [],
    pagesAdded: [],
    pagesRemoved: [],
    statusChanges: [],
    ...over,
  };
}
