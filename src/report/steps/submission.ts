import type { SiteSnapshot } from '../../site/types.js';
import { isIndexable } from '../../site/indexability.js';
import { descriptionFits } from '../../rules/thresholds.js';
import { measured } from '../../shared/origin.js';
import type { StepPart } from '../types.js';
import { msg, note } from '../note.js';

const ROBOTS = measured('robots.txt');
const CRAWL = measured('crawl');

export function buildSubmissionStep(snap: SiteSnapshot): StepPart {
  const home = snap.pages.find((p) => p.url === snap.startUrl);
  const verification = Object.entries(home?.html?.verification ?? {});
  const indexable = snap.pages.filter((p) => isIndexable(p));
  const ready = indexable.filter((p) => descriptionFits(p.html!.metaDescription)).length;
  const sitemapOk = snap.sitemaps.filter((s) => s.kind === 'urlset' || s.kind === 'index').length;
  const notes: StepPart['notes'] = [];
  if (!snap.indexNow) notes.push(note('No IndexNow key configured (config "indexNowKey"): its key file was not checked.', 'submission.no-indexnow'));
  return {
    summary: `robots.txt: ${snap.robots.map((r) => r.mode).join(', ') || 'not fetched'}; ${sitemapOk} readable sitemap(s) listing ${snap.sitemapUrls.length} URLs; ${verification.length} verification tag(s); ${ready}/${indexable.length} descriptions ready.`,
    summaryText: msg('submission.summary', { robots: snap.robots.map((r) => r.mode).join(', '), sitemaps: sitemapOk, sitemapUrls: snap.sitemapUrls.length, verification: verification.length, ready, indexable: indexable.length }),
    scores: [
      { id: 'sitemap-urls', label: 'URLs in sitemaps', value: snap.sitemapUrls.length, unit: 'pages', origin: CRAWL },
      { id: 'descriptions-ready', label: 'Indexable pages with a description ready', value: ready, unit: 'pages', origin: CRAWL },
    ],
    tables: [
      {
        id: 'robots-files',
        title: 'robots.txt per origin',
        columns: [
          { key: 'url', label: 'robots.txt' },
          { key: 'status', label: 'HTTP', align: 'right', origin: ROBOTS },
          { key: 'mode', label: 'Rules (RFC 9309)' },
          { key: 'sitemaps', label: 'Sitemaps', align: 'right', origin: ROBOTS },
          { key: 'problems', label: 'Problems', align: 'right', origin: ROBOTS },
        ],
        rows: snap.robots.map((r) => [r.url, r.status, r.mode, r.sitemaps.length, r.problems.length]),
      },
      {
        id: 'sitemap-files',
        title: 'Sitemaps',
        columns: [
          { key: 'url', label: 'Sitemap' },
          { key: 'kind', label: 'Kind' },
          { key: 'entries', label: 'Entries', align: 'right', origin: CRAWL },
          { key: 'gzip', label: 'gzip' },
          { key: 'problems', label: 'Problems' },
        ],
        rows: snap.sitemaps.map((s) => [s.url, s.kind, s.entries, s.gzip, s.problems.join('; ') || null]),
      },
      {
        id: 'verification-tags',
        title: 'Verification tags on the home page',
        columns: [{ key: 'name', label: 'Meta name' }, { key: 'content', label: 'Value' }],
        rows: verification.map(([k, v]) => [k, v]),
      },
      {
        id: 'verification-files',
        title: 'Verification files at the root',
        columns: [
          { key: 'url', label: 'File' },
          { key: 'tools', label: 'Read by' },
          { key: 'status', label: 'HTTP', align: 'right', origin: CRAWL },
          { key: 'valid', label: 'Valid' },
        ],
        rows: (snap.verificationFiles ?? []).map((f) => [f.url, f.tools, f.status, f.valid]),
      },
      {
        id: 'indexnow',
        title: 'IndexNow key file',
        columns: [{ key: 'url', label: 'Key file' }, { key: 'status', label: 'HTTP', align: 'right', origin: CRAWL }, { key: 'valid', label: 'Valid' }],
        rows: snap.indexNow ? [[snap.indexNow.keyUrl, snap.indexNow.status, snap.indexNow.valid]] : [],
      },
    ],
    charts: [],
    notes,
  };
}
