import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const robotsTxtBelowRoot = defineRule(
  {
    id: 'robots-txt-below-root', step: 'submission', severity: 'warning', title: 'robots.txt under the start path, ignored by engines',
    help:
      'Engines read robots.txt only at the root of the host (RFC 9309 §2.3: /robots.txt); a robots.txt in a folder, as project sites under a path often publish, is never read: its rules do not apply and the sitemaps it declares are not announced.',
    fix: 'Put the rules and the Sitemap lines in the host\'s /robots.txt (on a shared host, submit the sitemap in each engine\'s webmaster tools instead).',
  },
  ({ snapshot }) => {
    const r = snapshot.ignoredRobots;
    if (!r) return [];
    const root = snapshot.robots.find((x) => r.url.startsWith(`${x.origin}/`));
    return [item('robots-txt-below-root', { sitemaps: [...r.sitemaps], rootRead: !!root, rootStatus: root?.status ?? null }, { url: r.url, related: r.sitemaps.slice(0, 10) })];
  },
);
