import { isNoindex } from '../../site/indexability.js';
import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapUrlNoindex = defineRule(
  {
    id: 'sitemap-url-noindex', step: 'submission', severity: 'warning', title: 'Sitemap lists noindex pages',
    help: 'The sitemap asks engines to index a page that tells them not to: a contradictory signal that wastes crawl.',
    fix: 'Remove noindex pages from the sitemap (or remove the noindex).',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.inSitemap && p.status === 200 && isNoindex(p)).map((p) => item('sitemap-url-noindex', {}, { url: p.url })),
);
