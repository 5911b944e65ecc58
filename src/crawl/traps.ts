/**
 * Crawler-trap guard: URLs are grouped by a pattern (digit runs and long ids in the path become `*`,
 * query values are dropped), and each pattern may yield a bounded number of URLs. A calendar that
 * links to the next month forever, or faceted navigation exploding into combinations, hits the
 * cap; the rest of the site does not.
 */
export const DEFAULT_PATTERN_CAP = 200;

export function urlPattern(url: string): string {
  const u = new URL(url);
  const path = u.pathname
    .split('/')
    .map((seg) => seg.replace(/[0-9a-f]{12,}/gi, '*').replace(/\d+/g, '*'))
    .join('/');
  const keys = [...new Set([...u.searchParams.keys()])].sort();
  return keys.length ? `${u.host}${path}?${keys.join('&')}` : `${u.host}${path}`;
}

export class TrapGuard {
  private readonly counts = new Map<string, number>();
  private readonly dropped = new Map<string, number>();
  constructor(private readonly cap = DEFAULT_PATTERN_CAP) {}

  /** True when the URL may be queued; false when its pattern is full. */
  admit(url: string): boolean {
    const p = urlPattern(url);
    const n = this.counts.get(p) ?? 0;
    if (n >= this.cap) {
      this.dropped.set(p, (this.dropped.get(p) ?? 0) + 1);
      return false;
    }
    this.counts.set(p, n + 1);
    return true;
  }

  report(): { pattern: string; dropped: number }[] {
    return [...this.dropped].map(([pattern, dropped]) => ({ pattern, dropped })).sort((a, b) => b.dropped - a.dropped);
  }
}
