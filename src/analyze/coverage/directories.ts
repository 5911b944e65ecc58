/**
 * Directories (annuaires): does each listed directory page link to the site, with which anchor and
 * rel, and where does the site stand in the listing's alphabetical order (directories usually
 * sort by name, so a name starting with "A" sits higher on the page). When the chosen category
 * page does not list the site, the entry's other pages (other categories, the directory's search)
 * are read to tell "listed elsewhere" from "absent".
 */
import { createRequire } from 'node:module';
import pLimit from 'p-limit';
import type { DirectoryEntry } from '../types.js';

export interface DirectoryCheck {
  name: string;
  url: string;
  category: string | null;
  status: number | null;
  error: string | null;
  listed: boolean;
  anchor: string | null;
  rel: string | null;
  /** 1-based rank of the site's anchor among the listing's external links, alphabetically. */
  alphaRank: number | null;
  listingSize: number;
  /** False when the category page could not be read: the listing is unknown, not absent. */
  read: boolean;
  /** The site's link carries no nofollow, ugc or sponsored (null when not listed). */
  followable: boolean | null;
  /** One of the entry's otherUrls that lists the site when the category page does not. */
  foundElsewhere: string | null;
  share: DirectoryEntry['share'];
  shareSource: string | null;
}

const NOT_FOLLOWED = /\b(?:nofollow|ugc|sponsored)\b/i;

// Loaded when a directory page is read: most audits list no directory, and cheerio takes ~80 ms to load.
const require = createRequire(import.meta.url);
const loadHtml = (html: string) => (require('cheerio/slim') as typeof import('cheerio/slim')).load(html);

export type TextFetcher = (url: string) => Promise<{ status: number | null; body: string | null; error?: string }>;

export function readDirectoryPage(entry: DirectoryEntry, siteUrl: string, status: number | null, html: string | null, error: string | null): DirectoryCheck {
  const base: DirectoryCheck = {
    name: entry.name, url: entry.url, category: entry.category, status, error, listed: false, anchor: null, rel: null, alphaRank: null, listingSize: 0,
    read: html !== null, followable: null, foundElsewhere: null, share: entry.share ?? null, shareSource: entry.shareSource ?? null,
  };
  if (!html) return base;
  const siteHost = new URL(siteUrl).host;
  const dirHost = (() => { try { return new URL(entry.url).host; } catch { return ''; } })();
  const $ = loadHtml(html);
  const links: { host: string; text: string; rel: string | null }[] = [];
  $('a[href]').each((_, el) => {
    try {
      const u = new URL($(el).attr('href') ?? '', entry.url);
      if (u.host !== dirHost) links.push({ host: u.host, text: $(el).text().replace(/\s+/g, ' ').trim(), rel: $(el).attr('rel') ?? null });
    } catch {
      /* not a URL: not a listing */
    }
  });
  // A listing links to the site's name, with or without www.: both reach the same site.
  const bare = (h: string) => h.replace(/^www\./, '');
  const mine = links.find((l) => bare(l.host) === bare(siteHost));
  const sorted = [...links].sort((a, b) => new Intl.Collator('fr').compare(a.text, b.text));
  return {
    ...base,
    listed: !!mine,
    anchor: mine?.text ?? null,
    rel: mine?.rel ?? null,
    followable: mine ? !NOT_FOLLOWED.test(mine.rel ?? '') : null,
    alphaRank: mine ? sorted.indexOf(mine) + 1 : null,
    listingSize: links.length,
  };
}

/** Directory pages are on other hosts: a few at a time is polite and quick. */
export async function checkDirectories(entries: DirectoryEntry[], siteUrl: string, fetchText: TextFetcher, concurrency = 4): Promise<DirectoryCheck[]> {
  const limit = pLimit(concurrency);
  return Promise.all(
    entries.map((e) =>
      limit(async () => {
        const res = await fetchText(e.url);
        const failed = res.status !== null && res.status >= 400;
        const check = readDirectoryPage(e, siteUrl, res.status, failed ? null : res.body, res.error ?? (failed ? `HTTP ${res.status}` : null));
        if (check.listed || !check.read) return check;
        const unreadOthers: string[] = [];
        for (const other of e.otherUrls ?? []) {
          const o = await fetchText(other);
          if (o.body === null || (o.status !== null && o.status >= 400)) {
            unreadOthers.push(`${other} (${o.error ?? `HTTP ${o.status}`})`);
            continue;
          }
          const there = readDirectoryPage({ ...e, url: other }, siteUrl, o.status, o.body, null);
          if (there.listed) return { ...check, anchor: there.anchor, rel: there.rel, followable: there.followable, foundElsewhere: other };
        }
        // Absent from the category page is established; only "listed elsewhere" could not be checked.
        return unreadOthers.length ? { ...check, error: `other pages not read: ${unreadOthers.join(', ')}` } : check;
      }),
    ),
  );
}
