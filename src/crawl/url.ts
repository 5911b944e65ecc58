/**
 * URL normalisation: one form per page, so that the frontier never fetches a page twice under two
 * spellings. WHATWG URL already lowercases scheme and host, punycodes IDN hosts, drops default ports
 * and resolves dot segments; on top of it we drop the fragment and, on request, tracking parameters.
 */
const TRACKING = /^(utm_[a-z]+|gclid|gclsrc|dclid|fbclid|msclkid|mc_eid|mc_cid|_ga|_gl|yclid|igshid)$/i;

export function normalizeUrl(input: string, base?: string, opts: { stripTracking?: boolean } = {}): string | null {
  const raw = input.trim();
  if (!raw) return base ? normalizeUrl(base, undefined, opts) : null;
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // The setter re-parses the URL: only call it when there is a fragment to drop.
  if (url.hash || url.href.endsWith('#')) url.hash = '';
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  if (opts.stripTracking && url.search) {
    const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k));
    url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  }
  // A bare "?" (empty query) carries nothing; a query that is itself "?" does.
  const href = url.href;
  return url.search === '' && href.endsWith('?') ? href.slice(0, -1) : href;
}

export function originOf(url: string): string {
  return new URL(url).origin;
}
