import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const robotsMissing = defineRule(
  {
    id: 'robots-txt-missing', step: 'submission', severity: 'notice', title: 'No robots.txt (4xx)',
    help: 'Without robots.txt engines crawl everything (RFC 9309), and the file is where sitemaps are declared to every engine at once.',
    fix: 'Publish /robots.txt with at least a Sitemap: line.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.status !== null && r.status >= 400 && r.status < 500).map((r) => item('robots-txt-missing', { status: r.status! }, { url: r.url })),
);
