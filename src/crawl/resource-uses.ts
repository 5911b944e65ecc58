/**
 * The site's images, stylesheets and scripts, counted as pages are recorded: for each, how many
 * pages use it and a few of them. A page's list (HtmlFacts.resources) is dropped once counted: a
 * template's thirty files on every page of a 100,000-page site would be three million entries
 * held until the end, for a finding that names ten pages.
 *
 * The pages named are the first MAX_EXAMPLES by (URL length, URL): the same whatever order the
 * pages arrived in, and short URLs (the home page, section pages) first.
 */
import type { ResourceCheck } from '../site/types.js';

export const MAX_EXAMPLES = 10;

const KINDS: Record<string, ResourceCheck['kind']> = { i: 'image', s: 'stylesheet', j: 'script' };

/** A resource as the pages use it, before it is checked. */
export interface ResourceUse {
  url: string;
  kind: ResourceCheck['kind'];
  pages: number;
  /** Up to MAX_EXAMPLES pages using it, in (URL length, URL) order. */
  usedOn: string[];
}

const before = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b);

export class ResourceUses {
  /** By entry: kind letter + absolute URL, as the extractor writes it. */
  private readonly uses = new Map<string, { pages: number; usedOn: string[] }>();

  add(pageUrl: string, entries: readonly string[]): void {
    for (const entry of entries) {
      let use = this.uses.get(entry);
      if (!use) this.uses.set(entry, (use = { pages: 0, usedOn: [] }));
      use.pages += 1;
      const on = use.usedOn;
      if (on.length === MAX_EXAMPLES && !before(pageUrl, on[MAX_EXAMPLES - 1]!)) continue;
      let at = on.length;
      while (at > 0 && before(pageUrl, on[at - 1]!)) at--;
      on.splice(at, 0, pageUrl);
      if (on.length > MAX_EXAMPLES) on.pop();
    }
  }

  /**
   * One use per URL, the most used first, then by URL: the order they are checked in. A file used
   * as two kinds (rare: a stylesheet also loaded as a script) keeps its more frequent kind and
   * that kind's count of pages, so that no page is counted twice.
   */
  list(): ResourceUse[] {
    const byUrl = new Map<string, ResourceUse>();
    for (const entry of [...this.uses.keys()].sort()) {
      const { pages, usedOn } = this.uses.get(entry)!;
      const url = entry.slice(1);
      const seen = byUrl.get(url);
      if (!seen || pages > seen.pages) byUrl.set(url, { url, kind: KINDS[entry[0]!] ?? 'image', pages, usedOn });
    }
    return [...byUrl.values()].sort((a, b) => b.pages - a.pages || (a.url < b.url ? -1 : 1));
  }
}
