import { defineRule } from '../helpers.js';

export const redirectLoop = defineRule(
  {
    id: 'redirect-loop', step: 'content', severity: 'critical', title: 'Redirect loop or endless chain',
    help: 'The URL redirects back to itself (or past 10 hops): neither visitors nor engines ever reach a page.',
    fix: 'Break the loop: make one URL of the chain answer 200.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.error?.code === 'redirect-loop' || p.error?.code === 'too-many-redirects')
      .map((p) => ({ url: p.url, detail: p.error!.message, related: p.redirects.map((h) => h.url) })),
);
