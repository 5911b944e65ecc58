import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const canonicalRelative = defineRule(
  {
    id: 'canonical-relative', step: 'content', severity: 'notice', title: 'Canonical is a relative URL',
    help: 'Google asks for absolute canonical URLs: a relative one is resolved against the URL the page was fetched at, so a copy of the page (another host, http, a parameter) canonicalises to itself instead of to the original.',
    fix: 'Write the canonical as an absolute URL with scheme and host (https://www.example.com/page/).',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.canonicalRelative).map((p) => item('canonical-relative', { canonical: p.html!.canonical! }, { url: p.url })),
);
