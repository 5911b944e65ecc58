import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const sitemapInvalid = defineRule(
  {
    id: 'sitemap-invalid', step: 'submission', severity: 'warning', title: 'Sitemap unreadable or invalid',
    help: 'A sitemap that answers an error or is not valid XML is ignored by engines.',
    fix: 'Fix the file so it is valid sitemaps.org XML (or a plain list of URLs) and answers 200.',
  },
  ({ snapshot }) =>
    snapshot.sitemaps
      .filter((s) => s.kind === 'invalid' || (s.kind === 'unreachable' && s.source !== 'default'))
      .map((s) => item('sitemap-invalid', { problem: s.problems[0] ?? null, error: s.error?.message ?? null, status: s.status ?? null }, { url: s.url })),
);
