import { defineRule } from '../helpers.js';

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
    const rootSays = root ? (root.status === null ? 'no answer' : `HTTP ${root.status}`) : 'not read';
    const declares = r.sitemaps.length ? `declares Sitemap: ${r.sitemaps.join(', ')}` : 'declares no sitemap';
    return [{ url: r.url, detail: `${declares}; /robots.txt: ${rootSays}`, related: r.sitemaps.slice(0, 10) }];
  },
);
