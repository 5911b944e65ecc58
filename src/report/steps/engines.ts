import type { CoverageResult } from '../../analyze/coverage/coverage.js';
import type { ModelData } from '../../data/load.js';
import { measured, type Origin } from '../origin.js';
import type { StepPart } from '../types.js';
import { msg, note } from '../note.js';

const pct = (x: number) => Math.round(x * 1000) / 10;

export function buildEnginesStep(cov: CoverageResult, data: ModelData): StepPart {
  const analysis: Origin = { kind: 'model', file: 'src/analyze/coverage/coverage.ts', source: 'refaudit coverage formula (README, "Coverage") over measured crawl facts', date: '2026-11' };
  const crawl = measured('crawl');
  const engineIds = cov.engines.map((e) => e.engine);
  const cost = cov.costliest ? cov.engines.find((e) => e.engine === cov.costliest!.engine) : null;
  return {
    summary: `Audience-weighted coverage ${cov.score.toFixed(1)}/100 over ${cov.markets.map((m) => m.market).join(', ')}` +
      (cost && cov.costliest ? `; ${cost.name} costs the most (${cov.costliest.points.toFixed(1)} points).` : '.'),
    summaryText: msg('engines.summary', { coverage: cov.score, markets: cov.markets.map((m) => m.market).join(', '), costliest: cost && cov.costliest ? cost.name : null, points: cov.costliest?.points ?? null }),
    scores: [
      { id: 'coverage', label: 'Coverage (audience-weighted)', value: Math.round(cov.score * 10) / 10, unit: 'score', origin: analysis },
      ...cov.markets.map((m) => ({ id: `coverage-${m.market}`, label: `Coverage in ${m.market}`, value: Math.round(m.score * 10) / 10, unit: 'score' as const, origin: analysis })),
    ],
    tables: [
      ...cov.markets.map((m) => ({
        // One id for every market (the schema lists it once); the market is a field of the table.
        id: 'audience',
        market: m.market,
        title: `Audience share in ${m.market}${m.dataMarket !== m.market.split('-').pop() ? ` (data: ${m.dataMarket})` : ''} and what the site gets`,
        columns: [
          { key: 'engine', label: 'Engine' },
          { key: 'share', label: 'Share', align: 'right' as const, unit: '%' as const, origin: data.origins.shares },
          { key: 'reach', label: 'Reach', align: 'right' as const, unit: '%' as const, origin: analysis },
          { key: 'lost', label: 'Pts lost', align: 'right' as const, origin: analysis },
        ],
        rows: Object.entries(m.shares)
          .sort((a, b) => b[1] - a[1])
          .map(([e, share]) => [cov.engines.find((x) => x.engine === e)?.name ?? e, share, pct(cov.engines.find((x) => x.engine === e)?.reachability ?? 0), Math.round((m.lost[e] ?? 0) * 10) / 10]),
      })),
      {
        id: 'engine-reachability',
        title: 'Which engines can reach the site',
        columns: [
          { key: 'engine', label: 'Engine' },
          { key: 'bot', label: 'Bot' },
          { key: 'home', label: 'Home ok' },
          { key: 'crawlable', label: 'Crawlable', align: 'right', unit: '%', origin: crawl },
          { key: 'verified', label: 'Verified' },
          { key: 'indexnow', label: 'IndexNow' },
        ],
        rows: cov.engines.filter((e) => engineIds.includes(e.engine)).map((e) => [e.name, e.bot, e.homeReachable, pct(e.crawlableShare), e.verified, e.indexNow]),
        note: 'Crawlable: share of indexable pages this engine\'s bot may crawl and index (robots.txt, meta robots, X-Robots-Tag). Verified/IndexNow: blank when the engine has no such tool.',
      },
      ...(cov.directories.length
        ? [{
            id: 'directories',
            title: 'Directories (annuaires)',
            columns: [
              { key: 'name', label: 'Directory' },
              { key: 'listed', label: 'Listed' },
              { key: 'anchor', label: 'Anchor' },
              { key: 'rel', label: 'rel' },
              { key: 'rank', label: 'A-Z rank', align: 'right' as const, origin: measured('directory page') },
            ],
            rows: cov.directories.map((d) => [d.name, d.listed, d.anchor, d.rel, d.alphaRank === null ? null : `${d.alphaRank}/${d.listingSize}`]),
          }]
        : []),
    ],
    charts: [
      {
        kind: 'bar',
        id: 'coverage-by-engine',
        title: 'Reachability by engine (%)',
        unit: '%',
        origin: analysis,
        bars: cov.engines.map((e) => ({ label: e.name, value: pct(e.reachability), tone: e.reachability >= 0.9 ? 'good' : e.reachability >= 0.5 ? 'warn' : 'bad' })),
      },
    ],
    notes: cov.directories.length ? [] : [note('No directories configured ("directories" in the config): none checked.', 'engines.no-directories')],
  };
}
