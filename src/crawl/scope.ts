/**
 * Which URLs belong to the audit: the start URL's host (or, with --subdomains, every host of its
 * registrable domain), filtered by --include / --exclude patterns on the path and query.
 */
import picomatch from 'picomatch';

// Second-level labels under which registrations happen (co.uk, com.au, co.ma...): enough for the
// markets refaudit targets; a full public-suffix list is not worth a dependency here.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'gouv', 'asso', 'press', 'ne', 'or']);

export function registrableDomain(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const keep = SECOND_LEVEL.has(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function compile(pattern: string): (path: string) => boolean {
  const re = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  if (re) {
    const rx = new RegExp(re[1]!, re[2]);
    return (p) => rx.test(p);
  }
  const glob = picomatch(pattern, { dot: true });
  return (p) => glob(p) || glob(p.split('?')[0]!);
}

/**
 * The hostname of an absolute URL. Normalised hrefs (scheme://host[:port]/...) are read as strings,
 * since this runs for every link of every page; anything else goes through the URL parser.
 */
export function hostnameOf(url: string): string | null {
  const m = /^https?:\/\/([a-z0-9.-]+)(?::\d+)?\//.exec(url);
  if (m) return m[1]!;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export interface Scope {
  inScope(url: string): boolean;
  /** Same site (host rules) regardless of include/exclude: used to tell internal from external links. */
  isInternal(url: string): boolean;
}

export function makeScope(startUrl: string, opts: { subdomains: boolean; include: string[]; exclude: string[] }): Scope {
  const start = new URL(startUrl);
  const host = start.hostname;
  const domain = registrableDomain(host);
  const includes = opts.include.map(compile);
  const excludes = opts.exclude.map(compile);
  const isInternal = (url: string) => {
    const h = hostnameOf(url);
    if (h === null) return false;
    if (h === host) return true;
    return opts.subdomains && (h === domain || h.endsWith(`.${domain}`));
  };
  return {
    isInternal,
    inScope(url) {
      if (!isInternal(url)) return false;
      const u = new URL(url);
      const path = u.pathname + u.search;
      if (includes.length && !includes.some((m) => m(path))) return false;
      return !excludes.some((m) => m(path));
    },
  };
}
