import { defineRule, indexablePages } from '../helpers.js';
import { item } from '../evidence.js';

export const indexableNotInSitemap = defineRule(
  {
    id: 'indexable-not-in-sitemap', step: 'submission', severity: 'notice', title: 'Indexable pages missing from the sitemap',
    help: 'The sitemap should list every page you want indexed; missing pages are found later, or not at all if links to them are weak.',
    fix: 'Generate the sitemap from the same source as the pages.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps.some((s) => s.kind === 'urlset')
      ? indexablePages(snapshot).filter((p) => !p.inSitemap).map((p) => item('indexable-not-in-sitemap', {}, { url: p.url }))
      : [],
);
