/**
 * Directories (annuaires): does each listed directory page link to the site, with which anchor and
 * rel, and where does the site stand in the listing's alphabetical order (directories usually
 * sort by name, so a name starting with "A" sits higher on the page).
 */
import * as cheerio from 'cheerio/slim';
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
}

export type TextFetcher = (url: string) => Promise<{ status: number | null; body: string | null; error?: string }>;

export function readDirectoryPage(entry: DirectoryEntry, siteUrl: string, status: number | null, html: string | null, error: string | null): DirectoryCheck {
  const base: DirectoryCheck = { name: entry.name, url: entry.url, category: entry.category, status, error, listed: false, anchor: null, rel: null, alphaRank: null, listingSize: 0 };
  if (!html) return base;
  const siteHost = new URL(siteUrl).host;
  const dirHost = (() => { try { return new URL(entry.url).host; } catch { return ''; } })();
  const $ = cheerio.load(html);
  const links: { host: string; text: string; rel: string | null }[] = [];
  $('a[href]').each((_, el) => {
    try {
      const u = new URL($(el).attr('href') ?? '', entry.url);
      if (u.host !== dirHost) links.push({ host: u.host, text: $(el).text().replace(/\s+/g, ' ').trim(), rel: $(el).attr('rel') ?? null });
    } catch {
      /* not a URL: not a listing */
    }
  });
  const mine = links.find((l) => l.host === siteHost);
  const sorted = [...links].sort((a, b) => new Intl.Collator('fr').compare(a.text, b.text));
  return {
    ...base,
    listed: !!mine,
    anchor: mine?.text ?? null,
    rel: mine?.rel ?? null,
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
        return readDirectoryPage(e, siteUrl, res.status, failed ? null : res.body, res.error ?? (failed ? `HTTP ${res.status}` : null));
      }),
    ),
  );
}
