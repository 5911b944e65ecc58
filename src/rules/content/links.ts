import { defineRule, htmlPages, pageIndex } from '../helpers.js';

export const internalLinkBroken = defineRule(
  {
    id: 'internal-link-broken', step: 'content', severity: 'warning', title: 'Internal links to error pages',
    help: 'Links to 4xx/5xx pages lead visitors and engines to dead ends.',
    fix: 'Update or remove the links listed as related.',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    const linkers = new Map<string, Set<string>>();
    for (const p of htmlPages(snapshot)) {
      for (const l of p.html!.internalLinks) {
        const t = byUrl.get(l.url);
        if (t && t.status !== null && t.status >= 400) {
          const s = linkers.get(t.url) ?? new Set<string>();
          s.add(p.url);
          linkers.set(t.url, s);
        }
      }
    }
    return [...linkers].map(([url, from]) => ({ url, detail: `HTTP ${byUrl.get(url)!.status}, linked from ${from.size} pages`, related: [...from].slice(0, 10) }));
  },
);

export const internalLinkRedirect = defineRule(
  {
    id: 'internal-link-redirect', step: 'content', severity: 'notice', title: 'Internal links that go through a redirect',
    help: 'Every internal link through a redirect costs a request and slows crawling.',
    fix: 'Link straight to the final URL.',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    const out = new Map<string, Set<string>>();
    for (const p of htmlPages(snapshot)) {
      for (const l of p.html!.internalLinks) {
        const t = byUrl.get(l.url);
        if (t && t.redirects.length) {
          const s = out.get(t.url) ?? new Set<string>();
          s.add(p.url);
          out.set(t.url, s);
        }
      }
    }
    return [...out].map(([url, from]) => ({ url, detail: `redirects to ${byUrl.get(url)!.finalUrl}`, related: [...from].slice(0, 10) }));
  },
);

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
        const what = t.status === null ? (t.error?.code ?? 'not fetched') : t.redirects.length ? `redirects (${t.redirects[0]!.status})` : `HTTP ${t.status}`;
        return [{ url: p.url, detail: `canonical ${t.url}: ${what}` }];
      });
  },
);

export const canonicalMultiple = defineRule(
  {
    id: 'canonical-multiple', step: 'content', severity: 'warning', title: 'Several canonical links on one page',
    help: 'With conflicting canonicals engines ignore them all.',
    fix: 'Keep exactly one <link rel="canonical">.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.canonicalCount > 1).map((p) => ({ url: p.url, detail: `${p.html!.canonicalCount} canonicals` })),
);

const HREFLANG = /^(x-default|[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?)$/i;

export const hreflangInvalid = defineRule(
  {
    id: 'hreflang-invalid', step: 'content', severity: 'warning', title: 'hreflang alternates invalid or without return link',
    help: 'hreflang codes must be ISO 639-1 language (plus optional ISO 3166-1 region), and each alternate must link back; otherwise engines ignore the pair.',
    fix: 'Fix the code and make every alternate list the others (and itself).',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    const out: { url: string; detail: string }[] = [];
    for (const p of htmlPages(snapshot)) {
      for (const h of p.html!.hreflang) {
        if (!HREFLANG.test(h.lang)) out.push({ url: p.url, detail: `bad code "${h.lang}"` });
        else if (h.url !== p.finalUrl) {
          const t = byUrl.get(h.url);
          if (t?.html && !t.html.hreflang.some((b) => b.url === p.finalUrl || b.url === p.url)) out.push({ url: p.url, detail: `${h.lang} → ${h.url} has no return link` });
        }
      }
    }
    return out;
  },
);
