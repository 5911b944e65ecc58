import { defineRule, htmlPages, pageIndex } from '../helpers.js';

export const internalLinkBroken = defineRule(
  {
    id: 'internal-link-broken', step: 'content', severity: 'warning', title: 'Internal links to error pages',
    help: 'Links to 4xx/5xx pages lead visitors and engines to dead ends.',
    fix: 'Update or remove the links listed as related.',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    // Most sites have no broken target: then a million links need no look.
    if (!snapshot.pages.some((t) => t.status !== null && t.status >= 400)) return [];
    const linkers = new Map<string, Set<string>>();
    for (const p of htmlPages(snapshot)) {
      for (const url of p.html!.internalLinks.urls) {
        const t = byUrl.get(url);
        if (t && t.status !== null && t.status >= 400) {
          const s = linkers.get(t.url) ?? new Set<string>();
          s.add(p.url);
          linkers.set(t.url, s);
        }
      }
    }
    return [...linkers].map(([url, from]) => ({ url, detail: `HTTP ${byUrl.get(url)!.status}, linked from ${from.size} pages`, facts: { status: byUrl.get(url)!.status, linkedFrom: from.size }, related: [...from].slice(0, 10) }));
  },
);
