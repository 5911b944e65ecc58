import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapNotInRobots = defineRule(
  {
    id: 'sitemap-not-in-robots', step: 'submission', severity: 'notice', title: 'Sitemap not declared in robots.txt',
    help: 'A Sitemap: line in robots.txt announces the sitemap to every engine, including those where you have no webmaster account.',
    fix: 'Add "Sitemap: <absolute URL>" to robots.txt.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps.some((s) => s.kind !== 'unreachable') && !snapshot.robots.some((r) => r.sitemaps.length)
      ? [item('sitemap-not-in-robots', {}, { url: snapshot.robots[0]?.url ?? snapshot.homeUrl })]
      : [],
);
