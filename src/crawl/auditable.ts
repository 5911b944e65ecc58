/**
 * Whether the crawl reached enough of the site to audit it; if not, one line saying why (exit 3).
 */
import type { FetchError, SiteSnapshot } from '../site/types.js';
import { isRedirect, landingPage } from '../site/redirects.js';
import { InputError } from '../util/errors.js';

/** Why a host gave no answer, in the words a user needs. */
function unreachable(e: FetchError | undefined): string {
  switch (e?.code) {
    case 'dns':
      return 'host name did not resolve';
    case 'refused':
      return 'connection refused';
    case 'timeout':
      return 'no answer within the timeout';
    default:
      return e?.message ?? 'no answer';
  }
}

export function assertAuditable(snap: SiteSnapshot): void {
  const start = landingPage(snap.pages, snap.startUrl);
  const where = snap.startUrl;
  if (!start) throw new InputError(`${where}: nothing could be crawled`, 3);
  const robots = snap.robots.find((r) => r.origin === new URL(start.url).origin);
  if (!start.crawlAllowed && robots?.status === null) {
    // robots.txt itself got no answer: the host is down, not closed to us.
    throw new InputError(`${where}: site unreachable: ${unreachable(robots.error)}`, 3);
  }
  if (!start.crawlAllowed && robots?.mode === 'disallow-all') {
    throw new InputError(`${where}: robots.txt answered HTTP ${robots.status}: engines (and refaudit) must treat the whole site as disallowed (RFC 9309)`, 3);
  }
  if (!start.crawlAllowed) {
    throw new InputError(`${where}: robots.txt disallows it for the user agent "${snap.settings.userAgent}"`, 3);
  }
  if (start.status === null) throw new InputError(`${where}: site unreachable: ${unreachable(start.error)}`, 3);
  if (start.error && (start.error.code === 'redirect-loop' || start.error.code === 'too-many-redirects')) {
    throw new InputError(`${where}: ${start.error.message}`, 3);
  }
  if (start.status >= 400) throw new InputError(`${where}: the start page answered HTTP ${start.status}`, 3);
  if (start.status >= 300 || isRedirect(start)) throw new InputError(`${where}: the start page redirects out of the audited site (to ${start.redirects.at(-1)?.location ?? start.finalUrl}); audit that URL instead`, 3);
  if (!start.html) throw new InputError(`${where}: the start page is not HTML (${start.contentType ?? 'no content type'})`, 3);
}
