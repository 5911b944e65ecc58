import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const robotsUnreachable = defineRule(
  {
    id: 'robots-txt-unreachable', step: 'submission', severity: 'critical', title: 'robots.txt unreachable (5xx or no answer)',
    help: 'RFC 9309: when robots.txt answers 5xx or not at all, crawlers must assume the whole site is disallowed. Google stops crawling the site.',
    fix: 'Make /robots.txt answer 200 (or 404 if you want no rules).',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.mode === 'disallow-all').map((r) => item('robots-txt-unreachable', { status: r.status, error: r.error?.message ?? null }, { url: r.url })),
);
