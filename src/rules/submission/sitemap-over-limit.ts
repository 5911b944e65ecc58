import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapOverLimit = defineRule(
  {
    id: 'sitemap-over-limit', step: 'submission', severity: 'warning', title: 'Sitemap over the 50,000 URLs / 50 MB limit',
    help: 'Engines read at most 50,000 URLs and 50 MB (uncompressed) from one sitemap file; the rest is ignored.',
    fix: 'Split it into several sitemaps listed in a sitemap index.',
  },
  ({ snapshot }) => snapshot.sitemaps.filter((s) => s.overLimit).map((s) => item('sitemap-over-limit', { problems: [...s.problems] }, { url: s.url })),
);
