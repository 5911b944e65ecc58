import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const redirectLoop = defineRule(
  {
    id: 'redirect-loop', step: 'content', severity: 'critical', title: 'Redirect loop or endless chain',
    help: 'The URL redirects back to itself (or past 10 hops): neither visitors nor engines ever reach a page.',
    fix: 'Break the loop: make one URL of the chain answer 200.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.error?.code === 'redirect-loop' || p.error?.code === 'too-many-redirects')
      .map((p) => {
        // The fetcher words the loop's target and the limit into its message (src/crawl/fetch.ts).
        const loop = p.error!.code === 'redirect-loop';
        const target = loop ? (/^redirect loop back to (.+)$/.exec(p.error!.message)?.[1] ?? null) : null;
        const limit = loop ? null : Number(/(\d+)/.exec(p.error!.message)?.[1] ?? NaN);
        return item('redirect-loop', { loop, target, limit: Number.isNaN(limit) ? null : limit, hops: p.redirects.length }, { url: p.url, related: p.redirects.map((h) => h.url) });
      }),
);
