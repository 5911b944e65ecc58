import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const redirectChain = defineRule(
  {
    id: 'redirect-chain', step: 'content', severity: 'warning', title: 'Redirect chain (more than one hop)',
    help: 'Each hop costs a request and some link value; engines follow a limited number of hops (Google: 10).',
    fix: 'Point the first URL (and the links to it) straight at the final destination.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.redirects.length > 1 && p.error?.code !== 'redirect-loop')
      .map((p) => item('redirect-chain', { hops: p.redirects.length, target: p.finalUrl }, { url: p.url, related: p.redirects.map((h) => `${h.status} ${h.url}`) })),
);
