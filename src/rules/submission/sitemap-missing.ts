import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapMissing = defineRule(
  {
    id: 'sitemap-missing', step: 'submission', severity: 'warning', title: 'No sitemap found',
    help: 'No sitemap is declared in robots.txt, none answers at /sitemap.xml or in the start page\'s folder (sitemap.xml, sitemap_index.xml), and the start page links none (<link rel="sitemap">): engines must discover every page through links.',
    fix: 'Publish a sitemap and declare it in robots.txt (Sitemap: https://.../sitemap.xml).',
  },
  ({ snapshot }) => (snapshot.sitemaps.some((s) => s.kind === 'urlset' || s.kind === 'index') ? [] : [item('sitemap-missing', {}, { url: snapshot.homeUrl })]),
);
