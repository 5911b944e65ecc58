import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapUrlNon200 = defineRule(
  {
    id: 'sitemap-url-non-200', step: 'submission', severity: 'warning', title: 'Sitemap lists URLs that do not answer 200',
    help: 'Sitemaps should list only final, live URLs; errors and redirects there lower engines\' trust in the file.',
    fix: 'List the final URL of each page, and drop the dead ones.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.inSitemap && p.crawlAllowed && (p.status !== 200 || p.redirects.length > 0))
      .map((p) => item('sitemap-url-non-200', { status: p.status, redirectsTo: p.redirects.length ? p.finalUrl : null, error: p.error?.code ?? null }, { url: p.url })),
);
