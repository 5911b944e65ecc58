import { defineRule } from '../helpers.js';
import { linkedClientErrors } from './internal-link-broken.js';
import { item } from '../evidence.js';

export const page4xx = defineRule(
  {
    id: 'page-4xx', step: 'content', severity: 'warning', title: 'Page answers a client error (4xx), linked from no crawled page',
    help: 'A crawled URL answered 4xx and no crawled page links to it: it came from a sitemap, a redirect, a canonical or hreflang. Engines drop it from their index. 4xx URLs that crawled pages link to are reported once, by internal-link-broken.',
    fix: 'Restore the page or 301 it to its nearest equivalent, or remove it from the sitemap / redirect / canonical that names it.',
  },
  ({ snapshot }) => {
    const linked = linkedClientErrors(snapshot);
    return snapshot.pages
      .filter((p) => p.status !== null && p.status >= 400 && p.status < 500 && !linked.has(p.url))
      .map((p) => item('page-4xx', { status: p.status!, source: p.source }, { url: p.url, ...(p.foundOn ? { related: [p.foundOn] } : {}) }));
  },
);
