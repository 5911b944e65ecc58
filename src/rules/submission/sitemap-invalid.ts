import { defineRule } from '../helpers.js';

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
