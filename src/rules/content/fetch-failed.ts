import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const fetchFailed = defineRule(
  {
    id: 'fetch-failed', step: 'content', severity: 'warning', title: 'Page could not be fetched',
    help: 'No complete HTTP answer was received (timeout, reset, TLS error...). Engines meeting the same fault cannot index the page.',
    fix: 'Check the server for that URL: timeouts, dropped connections or certificate problems.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.status === null && p.crawlAllowed && p.error && p.error.code !== 'aborted')
      .map((p) => item('fetch-failed', { code: p.error!.code, message: p.error!.message }, { url: p.url })),
);
