import { defineRule, htmlPages, pageIndex } from '../helpers.js';
import { item } from '../evidence.js';

export const canonicalToNon200 = defineRule(
  {
    id: 'canonical-to-non-200', step: 'content', severity: 'critical', title: 'Canonical points to a page that is not 200',
    help: 'A canonical to an error or redirect is a contradictory signal: engines may ignore it or drop both pages.',
    fix: 'Point the canonical to the live, final URL (usually the page itself).',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    return htmlPages(snapshot)
      .filter((p) => p.html!.canonical && p.html!.canonical !== p.finalUrl)
      .flatMap((p) => {
        const t = byUrl.get(p.html!.canonical!);
        if (!t || (t.status === 200 && !t.redirects.length)) return [];
        return [item('canonical-to-non-200', { canonical: t.url, status: t.status, redirect: t.redirects[0]?.status ?? null, error: t.error?.code ?? null }, { url: p.url })];
      });
  },
);
