import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapUrlBlocked = defineRule(
  {
    id: 'sitemap-url-blocked', step: 'submission', severity: 'warning', title: 'Sitemap lists URLs that robots.txt blocks',
    help: 'A URL in the sitemap that an engine\'s bot may not fetch cannot be indexed by that engine.',
    fix: 'Remove the URL from the sitemap or allow it in robots.txt.',
  },
  ({ snapshot, bots }) =>
    snapshot.pages
      .filter((p) => p.inSitemap)
      .map((p) => ({ p, blocked: Object.entries(p.robotsAllowed).filter(([b, ok]) => !ok && (!bots.length || bots.includes(b))).map(([b]) => b) }))
      .filter((x) => x.blocked.length)
      .map(({ p, blocked }) => item('sitemap-url-blocked', { bots: blocked }, { url: p.url })),
);
