import type { CrawlSummary } from '../../analyze/crawl-summary.js';
import { measured } from '../../shared/origin.js';
import { msg, note } from '../note.js';
import type { StepPart, TableDraft } from '../types.js';

const CRAWL = measured('crawl');

export function buildContentStep(s: CrawlSummary): StepPart {
  const tables: TableDraft[] = [
    {
      id: 'crawl-by-status',
      title: 'Pages by HTTP status',
      columns: [
        { key: 'status', label: 'Status', align: 'right' },
        { key: 'kind', label: 'Kind' },
        { key: 'error', label: 'Error' },
        { key: 'pages', label: 'Pages', align: 'right', unit: 'pages', origin: CRAWL },
      ],
      // One type per column: the HTTP status as a number, what happened otherwise in `kind` and `error`.
      rows: s.byStatus.map((r) => {
        if (/^\d+$/.test(r.status)) return [Number(r.status), 'http', null, r.count];
        if (r.status.startsWith('error: ')) return [null, 'fetch error', r.status.slice(7), r.count];
        return [null, r.status, null, r.count];
      }),
    },
    {
      id: 'crawl-by-depth',
      title: 'Pages by click depth from the start page',
      columns: [{ key: 'depth', label: 'Depth', align: 'right' }, { key: 'pages', label: 'Pages', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: s.byDepth.map((r) => [/^\d+$/.test(r.depth) ? Number(r.depth) : null, r.count]),
      note: 'Blank depth: pages found in the sitemap only.',
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
      columns: [{ key: 'state', label: 'Pages' }, { key: 'reason', label: 'Reason' }, { key: 'count', label: 'Count', align: 'right', unit: 'pages', origin: CRAWL }],
      rows: [['indexable', null, s.indexable], ...s.notIndexable.map((r) => ['not indexable', r.reason, r.count] as [string, string, number])],
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
  const notes: StepPart['notes'] = [];
  if (s.stoppedBy !== 'done') notes.push(note(`The crawl stopped early (${s.stoppedBy}): figures cover the ${s.pages} URLs gathered.`, 'content.stopped', { stoppedBy: s.stoppedBy, pages: s.pages }));
  return {
    summary: `${s.pages} URLs crawled in ${(s.durationMs / 1000).toFixed(1)} s; ${s.indexable} indexable; median response ${s.responseMs.p50 ?? '–'} ms.`,
    summaryText: msg('content.summary', { pages: s.pages, seconds: Math.round(s.durationMs / 100) / 10, indexable: s.indexable, medianMs: s.responseMs.p50 }),
    scores: [
      { id: 'pages-crawled', label: 'URLs crawled', value: s.pages, unit: 'pages', origin: CRAWL },
      { id: 'pages-indexable', label: 'Indexable pages', value: s.indexable, unit: 'pages', origin: CRAWL },
    ],
    tables,
    charts: [],
    notes,
  };
}
