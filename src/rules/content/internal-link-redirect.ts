import { isMetaRefreshRedirect } from '../../site/redirects.js';
import { defineRule, htmlPages, pageIndex } from '../helpers.js';
import { item } from '../evidence.js';

export const internalLinkRedirect = defineRule(
  {
    id: 'internal-link-redirect', step: 'content', severity: 'notice', title: 'Internal links that go through a redirect',
    help: 'Every internal link through a redirect (HTTP, or a page whose meta refresh leaves at once) costs a request and slows crawling; a meta refresh also waits for the page to load.',
    fix: 'Link straight to the final URL.',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    if (!snapshot.pages.some((t) => t.redirects.length)) return [];
    const out = new Map<string, Set<string>>();
    for (const p of htmlPages(snapshot)) {
      for (const url of p.html!.internalLinks.urls) {
        const t = byUrl.get(url);
        if (t && t.redirects.length) {
          const s = out.get(t.url) ?? new Set<string>();
          s.add(p.url);
          out.set(t.url, s);
        }
      }
    }
    return [...out].map(([url, from]) => {
      const t = byUrl.get(url)!;
      return item('internal-link-redirect', { target: t.finalUrl, linkedFrom: from.size, metaRefresh: isMetaRefreshRedirect(t) }, { url, related: [...from].slice(0, 10) });
    });
  },
);
