import { isMetaRefreshRedirect } from '../../site/redirects.js';
import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const metaRefreshRedirect = defineRule(
  {
    id: 'meta-refresh-redirect', step: 'content', severity: 'warning', title: 'Page redirects with a meta refresh instead of HTTP',
    help:
      'A page whose <meta http-equiv="refresh"> leaves at once (a delay of 0 or 1 second) is a redirect: Google follows an instant one as a permanent redirect, but only after fetching and parsing the page, and other engines and tools may not follow it at all. refaudit records it as a redirect and leaves it out of the content checks.',
    fix: 'Answer these URLs with an HTTP 301 to the target, or remove them and the links to them.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter(isMetaRefreshRedirect)
      .map((p) => item('meta-refresh-redirect', { target: p.finalUrl, linkedFrom: p.inlinks }, { url: p.url })),
);
