import type { RankingResult } from '../../analyze/ranking/ranking.js';
import type { ModelData } from '../../data/load.js';
import type { Origin } from '../../shared/origin.js';
import type { StepPart } from '../types.js';
import { msg, note } from '../note.js';

/** Points of the positions chart (the tables keep every row; renderers cap what they show). */
const MAX_POINTS = 200;

export function buildEvaluationStep(rank: RankingResult | null, data: ModelData, rankingFiles: string[]): StepPart {
  if (!rank || !rank.observations.length) {
    return {
      summary: 'No rankings imported: positions, page-break thresholds and traffic at stake are not measured.',
      summaryText: msg('evaluation.none'),
      scores: [],
      tables: [],
      charts: [],
      notes: [note('Give rankings with --rankings FILE (CSV keyword,engine,market,position,url,date,volume; JSON; or a Search Console "Queries" export), or configure a SERP provider under "rankings.provider".', 'evaluation.rankings-hint')],
    };
  }
  const imported: Origin = { kind: 'imported', file: rankingFiles.join(', ') || 'rankings' };
  const model: Origin = { kind: 'model', file: 'src/data/ctr-curve.json + src/data/audience-shares.json', source: `${data.origins.ctr.kind === 'model' ? data.origins.ctr.source : ''}; ${data.origins.shares.kind === 'model' ? data.origins.shares.source : ''}`, date: data.origins.ctr.kind === 'model' ? data.origins.ctr.date : '' };
  const analysis: Origin = { kind: 'model', file: 'src/analyze/ranking/ranking.ts', source: 'refaudit ranking score: volume-weighted share of priority keywords on page 1', date: '2026-11' };
  // Code-unit order, not locale order: a collator's compare took seconds at 200,000 rows.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...rank.observations].sort((a, b) => compare(a.keyword, b.keyword) || compare(a.engine, b.engine));
  // A rankings export can hold 200,000 rows: the tables and the chart show the first ones (every
  // observation stays in measurements.rankings), or rendering them costs more than the audit.
  const shown = sorted.slice(0, MAX_POINTS);
  const engineNames = new Map(data.engines.map((e) => [e.id, e.name]));
  const multiMarket = new Set(rank.observations.map((o) => o.market)).size > 1;
  return {
    summary: `Ranking score ${rank.score === null ? '–' : rank.score.toFixed(1)}/100; ${rank.strikingDistance.length} keyword(s) just past a page break.`,
    summaryText: msg('evaluation.summary', { score: rank.score, striking: rank.strikingDistance.length }),
    scores: [
      { id: 'ranking', label: 'Ranking (priority keywords on page 1)', value: rank.score === null ? null : Math.round(rank.score * 10) / 10, unit: 'score', origin: analysis },
      ...rank.engines.map((e) => ({ id: `ranking-${e.engine}`, label: `${engineNames.get(e.engine) ?? e.engine}: priority keywords on page 1`, value: e.page1Priority, unit: 'count' as const, origin: imported })),
    ],
    tables: [
      {
        id: 'rank-positions',
        title: 'Positions, pages and estimated clicks',
        columns: [
          { key: 'keyword', label: 'Keyword' },
          { key: 'engine', label: 'Engine' },
          { key: 'market', label: 'Market' },
          { key: 'pos', label: 'Pos', align: 'right', unit: 'position', origin: imported },
          { key: 'page', label: 'Page', align: 'right', origin: imported },
          { key: 'toBreak', label: 'To break', align: 'right', origin: imported },
          { key: 'clicks', label: 'Clicks/mo', align: 'right', unit: 'clicks', origin: model },
        ],
        rows: sorted.map((o) => [o.keyword, o.engine, o.market, o.position, o.page, o.placesToBreak, o.estClicks]),
        note: 'Clicks/mo = volume × CTR(position) × engine share in the market; blank when no volume is known. To break = places to climb to reach the previous page.',
      },
      {
        id: 'rank-thresholds',
        title: 'Striking distance: gain from crossing the page break',
        columns: [
          { key: 'keyword', label: 'Keyword' },
          { key: 'engine', label: 'Engine' },
          { key: 'market', label: 'Market' },
          { key: 'pos', label: 'Pos', align: 'right', unit: 'position', origin: imported },
          { key: 'gain', label: 'Gain to break', align: 'right', unit: 'clicks', origin: model },
          { key: 'same', label: 'Same climb in page', align: 'right', unit: 'clicks', origin: model },
        ],
        rows: rank.strikingDistance.map((o) => [o.keyword, o.engine, o.market, o.position, o.gainToBreak, o.sameClimbInPage]),
        note: 'Gain to break: clicks won by reaching the last position of the previous page. Same climb in page: the same number of places climbed inside one page, for comparison.',
      },
    ],
    charts: [
      {
        kind: 'positions',
        id: 'rank-positions-chart',
        title: 'Positions with page breaks',
        origin: imported,
        engines: [...new Set(rank.observations.map((o) => o.engine))].map((id) => ({ id, name: engineNames.get(id) ?? id, resultsPerPage: data.engines.find((e) => e.id === id)?.resultsPerPage ?? 10 })),
        // With several markets a keyword has one row per market, or its points would overlap.
        points: shown.map((o) => ({ keyword: multiMarket ? `${o.keyword} (${o.market})` : o.keyword, engine: o.engine, position: o.position, page: o.page })),
      },
    ],
    notes: [],
  };
}
