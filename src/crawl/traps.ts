/**
 * Crawler-trap guard: URLs are grouped by a pattern (digit runs and long ids in the path become `*`,
 * query values are dropped). A trap is a pattern that keeps leading deeper into itself: a calendar
 * linking to the next month forever, a "next page" chain without end. So a pattern is closed once
 * its URLs are found DEFAULT_MAX_CHAIN clicks deeper than its first one. A catalogue of 100,000
 * /produit/123 pages sits at a few depths and is never cut. An optional hard cap per pattern
 * (the crawler's patternCap option) bounds faceted navigation as well.
 */
export const DEFAULT_MAX_CHAIN = 25;

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
  private readonly firstDepth = new Map<string, number>();
  private readonly dropped = new Map<string, number>();
  constructor(
    private readonly cap: number | null = null,
    private readonly maxChain = DEFAULT_MAX_CHAIN,
  ) {}

  /** True when the URL may be queued; false when its pattern looks like a trap. */
  admit(url: string, depth: number): boolean {
    const p = urlPattern(url);
    const n = this.counts.get(p) ?? 0;
    const first = this.firstDepth.get(p) ?? depth;
    if ((this.cap !== null && n >= this.cap) || depth - first >= this.maxChain) {
      this.dropped.set(p, (this.dropped.get(p) ?? 0) + 1);
      return false;
    }
    this.counts.set(p, n + 1);
    if (!this.firstDepth.has(p)) this.firstDepth.set(p, depth);
    return true;
  }

  report(): { pattern: string; dropped: number }[] {
    return [...this.dropped].map(([pattern, dropped]) => ({ pattern, dropped })).sort((a, b) => b.dropped - a.dropped);
  }
}
