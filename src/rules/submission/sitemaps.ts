import { isIndexable, isNoindex } from '../../site/indexability.js';
import { defineRule, indexablePages } from '../helpers.js';

export const sitemapMissing = defineRule(
  {
    id: 'sitemap-missing', step: 'submission', severity: 'warning', title: 'No sitemap found',
    help: 'No sitemap is declared in robots.txt and none answers at /sitemap.xml: engines must discover every page through links.',
    fix: 'Publish a sitemap and declare it in robots.txt (Sitemap: https://.../sitemap.xml).',
  },
  ({ snapshot }) => (snapshot.sitemaps.some((s) => s.kind === 'urlset' || s.kind === 'index') ? [] : [{ url: snapshot.homeUrl, detail: 'no sitemap' }]),
);

export const sitemapInvalid = defineRule(
  {
    id: 'sitemap-invalid', step: 'submission', severity: 'warning', title: 'Sitemap unreadable or invalid',
    help: 'A sitemap that answers an error or is not valid XML is ignored by engines.',
    fix: 'Fix the file so it is valid sitemaps.org XML (or a plain list of URLs) and answers 200.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps
      .filter((s) => s.kind === 'invalid' || (s.kind === 'unreachable' && s.source !== 'default'))
      .map((s) => ({ url: s.url, detail: s.problems[0] ?? s.error?.message ?? (s.status ? `HTTP ${s.status}` : 'unreachable') })),
);

export const sitemapOverLimit = defineRule(
  {
    id: 'sitemap-over-limit', step: 'submission', severity: 'warning', title: 'Sitemap over the 50,000 URLs / 50 MB limit',
    help: 'Engines read at most 50,000 URLs and 50 MB (uncompressed) from one sitemap file; the rest is ignored.',
    fix: 'Split it into several sitemaps listed in a sitemap index.',
  },
  ({ snapshot }) => snapshot.sitemaps.filter((s) => s.overLimit).map((s) => ({ url: s.url, detail: s.problems.join('; ') })),
);

export const sitemapUrlNoindex = defineRule(
  {
    id: 'sitemap-url-noindex', step: 'submission', severity: 'warning', title: 'Sitemap lists noindex pages',
    help: 'The sitemap asks engines to index a page that tells them not to: a contradictory signal that wastes crawl.',
    fix: 'Remove noindex pages from the sitemap (or remove the noindex).',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.inSitemap && p.status === 200 && isNoindex(p)).map((p) => ({ url: p.url })),
);

export const sitemapUrlNon200 = defineRule(
  {
    id: 'sitemap-url-non-200', step: 'submission', severity: 'warning', title: 'Sitemap lists URLs that do not answer 200',
    help: 'Sitemaps should list only final, live URLs; errors and redirects there lower engines\' trust in the file.',
    fix: 'List the final URL of each page, and drop the dead ones.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.inSitemap && p.crawlAllowed && (p.status !== 200 || p.redirects.length > 0))
      .map((p) => ({ url: p.url, detail: p.redirects.length ? `redirects to ${p.finalUrl}` : p.status === null ? (p.error?.code ?? 'no answer') : `HTTP ${p.status}` })),
);

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
      .map(({ p, blocked }) => ({ url: p.url, detail: `blocked for ${blocked.join(', ')}` })),
);

export const sitemapNotInRobots = defineRule(
  {
    id: 'sitemap-not-in-robots', step: 'submission', severity: 'notice', title: 'Sitemap not declared in robots.txt',
    help: 'A Sitemap: line in robots.txt announces the sitemap to every engine, including those where you have no webmaster account.',
    fix: 'Add "Sitemap: <absolute URL>" to robots.txt.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps.some((s) => s.kind !== 'unreachable') && !snapshot.robots.some((r) => r.sitemaps.length)
      ? [{ url: snapshot.robots[0]?.url ?? snapshot.homeUrl, detail: 'no Sitemap: line' }]
      : [],
);

export const indexableNotInSitemap = defineRule(
  {
    id: 'indexable-not-in-sitemap', step: 'submission', severity: 'notice', title: 'Indexable pages missing from the sitemap',
    help: 'The sitemap should list every page you want indexed; missing pages are found later, or not at all if links to them are weak.',
    fix: 'Generate the sitemap from the same source as the pages.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps.some((s) => s.kind === 'urlset')
      ? indexablePages(snapshot).filter((p) => !p.inSitemap).map((p) => ({ url: p.url }))
      : [],
);

export const descriptionReady = defineRule(
  {
    id: 'description-ready', step: 'submission', severity: 'notice', title: 'Pages whose description is not ready to submit',
    help: 'Directories and engines\' snippets use the meta description; one missing or over 160 characters is not ready for submission.',
    fix: 'Write a 120–160 character description for each page you submit.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => isIndexable(p) && (!p.html!.metaDescription || p.html!.metaDescription.length > 160))
      .map((p) => ({ url: p.url, detail: p.html!.metaDescription ? `${p.html!.metaDescription.length} characters` : 'missing' })),
);
