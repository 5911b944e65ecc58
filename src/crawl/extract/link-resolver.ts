/**
 * Resolving a page's links, with the answers remembered. A site's pages link to the same few
 * thousand URLs, mostly written root-relative ("/p/12") or absolute; resolving each through the
 * WHATWG parser on every page would cost a good part of a parsing thread's time. Only hrefs whose resolution
 * cannot depend on the page's path are remembered: those starting with "/" or "\" (root- or
 * scheme-relative, which the parser reads alike for http and https) and those with a scheme and
 * "//". Their answer depends on the base's origin alone, so the memory is per origin.
 */
import { normalizeUrl } from '../url.js';

export interface ResolvedLink {
  url: string;
  internal: boolean;
}

export type LinkResolver = (href: string, base: string) => ResolvedLink | null;

const ORIGIN_ONLY = /^\s*(?:[/\\]|[a-z][a-z0-9+.-]*:[/\\]{2})/i;
/** Entries kept per origin: a few megabytes at most; past it the memory starts again. */
const MAX_ENTRIES = 20_000;

/** scheme://host[:port] of a normalised absolute URL. */
function originOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash < 0 ? url : url.slice(0, slash);
}

export function makeLinkResolver(opts: { stripTracking: boolean; isInternal(url: string): boolean }): LinkResolver {
  const resolve = (href: string, base: string): ResolvedLink | null => {
    const url = normalizeUrl(href, base, { stripTracking: opts.stripTracking });
    return url === null ? null : { url, internal: opts.isInternal(url) };
  };
  let origin = '';
  // A page's links all share its base: its origin is cut once, not once a link.
  let lastBase = '';
  let lastOrigin = '';
  let known = new Map<string, ResolvedLink | null>();
  return (href, base) => {
    if (!ORIGIN_ONLY.test(href)) return resolve(href, base);
    if (base !== lastBase) {
      lastBase = base;
      lastOrigin = originOf(base);
    }
    const o = lastOrigin;
    if (o !== origin || known.size >= MAX_ENTRIES) {
      origin = o;
      known = new Map();
    }
    let r = known.get(href);
    if (r === undefined) {
      r = resolve(href, base);
      // A copy of the key: the href is a slice of the page's HTML, which must not stay alive.
      known.set((' ' + href).slice(1), r);
    }
    return r;
  };
}
