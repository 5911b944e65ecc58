import { defineRule, isLocalHost } from '../helpers.js';
import { item } from '../evidence.js';


export const sitemapLocInvalid = defineRule(
  {
    id: 'sitemap-loc-invalid', step: 'submission', severity: 'warning', title: 'Sitemap <loc> that engines cannot use (relative, or on another host)',
    help:
      'A <loc> must be an absolute URL on the sitemap\'s own host (sitemaps.org): engines skip relative ones, and URLs of another host unless that host\'s robots.txt declares the sitemap. refaudit leaves them out too: the pages they name are not counted as listed in the sitemap.',
    fix: 'Write every <loc> as an absolute URL on this host (https://www.example.com/page/); with a static-site generator, set its base URL.',
  },
  ({ snapshot }) => {
    // Audited at a local address, the other host is often where the site is published: say so.
    const localAudit = isLocalHost(new URL(snapshot.homeUrl).host);
    return snapshot.sitemaps
      .filter((s) => s.badLocs)
      .map((s) => {
        const b = s.badLocs!;
        return item('sitemap-loc-invalid', { relative: b.relative, otherHost: b.otherHost, localAudit, examples: b.examples.slice(0, 3) }, { url: s.url, related: b.examples });
      });
  },
);
