import type { CrawlSummary } from '../../analyze/crawl-summary.js';
import { measured } from '../origin.js';
import type { StepPart, Table } from '../types.js';

const CRAWL = measured('crawl');

export function buildContentStep(s: CrawlSummary): StepPart {
  const tables: Table[] = [
    {
      id: 'crawl-by-status',
      title: 'Pages by HTTP status',
      columns: [{ key: 'status', label: 'Status' }, { key: 'pages', label: 'Pages', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: s.byStatus.map((r) => [r.status, r.count]),
    },
    {
      id: 'crawl-by-depth',
      title: 'Pages by click depth from the start page',
      columns: [{ key: 'depth', label: 'Depth' }, { key: 'pages', label: 'Pages', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: s.byDepth.map((r) => [r.depth, r.count]),
    },
    {
      id: 'crawl-response-times',
      title: 'Response time (to the last byte)',
      columns: [{ key: 'p', label: 'Percentile' }, { key: 'ms', label: 'Time', align: 'right', unit: 'ms', origin: CRAWL }],
      rows: [['p50', s.responseMs.p50], ['p90', s.responseMs.p90], ['p99', s.responseMs.p99]],
      note: 'Nearest-rank percentiles over every answered request of this crawl.',
    },
    {
      id: 'crawl-indexability',
      title: 'Indexable pages and why the others are not',
      columns: [{ key: 'what', label: 'Pages' }, { key: 'count', label: 'Count', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: [['indexable', s.indexable], ...s.notIndexable.map((r) => [`not indexable: ${r.reason}`, r.count] as [string, number])],
    },
    {
      id: 'crawl-sitemap-overlap',
      title: 'Sitemap and crawl overlap',
      columns: [{ key: 'where', label: 'Found' }, { key: 'count', label: 'URLs', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: [['in sitemap and linked', s.sitemapOverlap.both], ['sitemap only', s.sitemapOverlap.sitemapOnly], ['linked, not in sitemap', s.sitemapOverlap.crawlOnly]],
      note: 'Sitemap URLs count once each; "in sitemap and linked" includes a sitemap URL reached through a linked redirect. "Sitemap only": listed in a sitemap, linked from no crawled page (the depth table\'s "sitemap only" row, and orphan-page when they answer 200).',
    },
  ];
  if (s.trapPatterns.length) {
    tables.push({
      id: 'crawl-trap-patterns',
      title: 'URL patterns capped as crawler traps',
      columns: [{ key: 'pattern', label: 'Pattern' }, { key: 'dropped', label: 'URLs dropped', align: 'right', origin: CRAWL }],
      rows: s.trapPatterns.slice(0, 20).map((t) => [t.pattern, t.dropped]),
    });
  }
  const notes: string[] = [];
  if (s.stoppedBy !== 'done') notes.push(`The crawl stopped early (${s.stoppedBy}): figures cover the ${s.pages} URLs gathered.`);
  return {
    summary: `${s.pages} URLs crawled in ${(s.durationMs / 1000).toFixed(1)} s; ${s.indexable} indexable; median response ${s.responseMs.p50 ?? '–'} ms.`,
    scores: [
      { id: 'pages-crawled', label: 'URLs crawled', value: s.pages, unit: 'pages', origin: CRAWL },
      { id: 'pages-indexable', label: 'Indexable pages', value: s.indexable, unit: 'pages', origin: CRAWL },
    ],
    tables,
    charts: [],
    notes,
  };
}
