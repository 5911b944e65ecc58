import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapUrlBeyondMaxDepth = defineRule(
  {
    id: 'sitemap-url-beyond-max-depth', step: 'submission', severity: 'notice', title: 'Sitemap URLs not audited: beyond --max-depth',
    help: 'With --max-depth, refaudit fetches only pages a link path from the start page reaches within that many clicks; sitemap URLs beyond it (or linked from nowhere) were not fetched, so nothing in this report speaks for them.',
    fix: 'Audit again without --max-depth (or with a larger one) to check these pages.',
  },
  ({ snapshot }) => (snapshot.stats.sitemapBeyondMaxDepth ?? []).map((url) => item('sitemap-url-beyond-max-depth', { maxDepth: snapshot.settings.maxDepth ?? null }, { url })),
);
