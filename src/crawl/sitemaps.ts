/**
 * Sitemaps (sitemaps.org protocol): XML urlsets and sitemap indexes, plain-text lists, gzip files.
 * The protocol's limits are enforced and reported: 50,000 entries and 50 MiB uncompressed per file
 * (a gzip bomb stops at that size), indexes followed at most three levels deep.
 */
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import type { FetchError, SitemapRecord, SitemapUrl } from '../site/types.js';
import { normalizeUrl } from './url.js';

export const SITEMAP_MAX_ENTRIES = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
const MAX_INDEX_DEPTH = 3;
/** <loc> values named per sitemap as examples of a defect; the counts stay exact. */
const MAX_LOC_EXAMPLES = 5;

export type BodyFetcher = (
  url: string,
) => Promise<{ status: number | null; body: Buffer | null; contentType: string | null; error?: FetchError }>;

export interface ParsedSitemap {
  kind: 'urlset' | 'index' | 'invalid';
  /** Relative <loc> values (left out: sitemaps.org requires absolute URLs) and the first few as written. */
  relative?: { count: number; examples: string[] };
  urls: { url: string; lastmod?: string }[];
  sitemaps: string[];
  overLimit: boolean;
  problems: string[];
  gzip: boolean;
}

const xml = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
});

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

function asEntries(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

export function parseSitemapBody(body: Buffer, url: string): ParsedSitemap {
  const problems: string[] = [];
  let gzip = false;
  let overLimit = false;
  let raw = body;
  if (isGzip(body)) {
    gzip = true;
    try {
      raw = gunzipSync(body, { maxOutputLength: SITEMAP_MAX_BYTES });
    } catch (err) {
      const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
      const message = tooBig ? 'decompresses to more than 50 MiB (the sitemaps.org limit): ignored' : `not valid gzip: ${(err as Error).message}`;
      return { kind: 'invalid', urls: [], sitemaps: [], overLimit: tooBig, problems: [message], gzip };
    }
  } else if (raw.length > SITEMAP_MAX_BYTES) {
    overLimit = true;
    problems.push('larger than 50 MiB (the sitemaps.org limit): read up to the limit');
    raw = raw.subarray(0, SITEMAP_MAX_BYTES);
  }
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('<')) return parsePlainText(text, url, { gzip, overLimit, problems });

  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(text, true) as Record<string, unknown>;
  } catch (err) {
    const msg = String((err as Error).message ?? err).split('\n')[0];
    return { kind: 'invalid', urls: [], sitemaps: [], overLimit, problems: [...problems, `malformed XML: ${msg}`], gzip };
  }
  const urlset = doc.urlset as Record<string, unknown> | undefined;
  const index = doc.sitemapindex as Record<string, unknown> | undefined;
  if (!urlset && !index) {
    return { kind: 'invalid', urls: [], sitemaps: [], overLimit, problems: [...problems, 'neither <urlset> nor <sitemapindex> at the root'], gzip };
  }
  const entries = asEntries(urlset ? urlset.url : index!.sitemap);
  if (entries.length > SITEMAP_MAX_ENTRIES) {
    overLimit = true;
    problems.push(`${entries.length} entries: over the 50,000 limit, the rest ignored`);
  }
  const urls: ParsedSitemap['urls'] = [];
  const sitemaps: string[] = [];
  let bad = 0;
  const relative = { count: 0, examples: [] as string[] };
  for (const e of entries.slice(0, SITEMAP_MAX_ENTRIES)) {
    const raw = typeof e.loc === 'string' ? e.loc.trim() : '';
    if (raw && !/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
      // Resolved against the sitemap's URL it might point somewhere, but no engine reads it so.
      relative.count += 1;
      if (relative.examples.length < MAX_LOC_EXAMPLES) relative.examples.push(raw.slice(0, 200));
      continue;
    }
    const loc = raw ? normalizeUrl(raw, url) : null;
    if (!loc) {
      bad += 1;
      continue;
    }
    if (urlset) {
      const entry: { url: string; lastmod?: string } = { url: loc };
      if (typeof e.lastmod === 'string' && e.lastmod) entry.lastmod = e.lastmod;
      urls.push(entry);
    } else sitemaps.push(loc);
  }
  if (bad) problems.push(`${bad} entries without a valid <loc> URL`);
  if (relative.count) problems.push(`${relative.count} relative <loc> URLs, left out (sitemaps.org requires absolute URLs)`);
  return { kind: urlset ? 'urlset' : 'index', urls, sitemaps, overLimit, problems, gzip, ...(relative.count ? { relative } : {}) };
}

function parsePlainText(text: string, url: string, st: { gzip: boolean; overLimit: boolean; problems: string[] }): ParsedSitemap {
  const urls: ParsedSitemap['urls'] = [];
  let bad = 0;
  let overLimit = st.overLimit;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    if (urls.length >= SITEMAP_MAX_ENTRIES) {
      overLimit = true;
      break;
    }
    const u = /^https?:\/\//i.test(t) ? normalizeUrl(t, url) : null;
    if (u) urls.push({ url: u });
    else bad += 1;
  }
  const problems = [...st.problems];
  if (overLimit && urls.length >= SITEMAP_MAX_ENTRIES) problems.push('over the 50,000 URL limit, the rest ignored');
  if (!urls.length) return { kind: 'invalid', urls, sitemaps: [], overLimit, problems: [...problems, 'not XML and no URL lines'], gzip: st.gzip };
  if (bad) problems.push(`${bad} lines that are not absolute URLs`);
  return { kind: 'urlset', urls, sitemaps: [], overLimit, problems, gzip: st.gzip };
}

export async function discoverSitemaps(
  seeds: { url: string; source: SitemapRecord['source'] }[],
  fetchBody: BodyFetcher,
  opts: { maxSitemaps?: number; isInScope?(url: string): boolean; signal?: AbortSignal; parse?: (body: Buffer, url: string) => Promise<ParsedSitemap> } = {},
): Promise<{ records: SitemapRecord[]; urls: SitemapUrl[] }> {
  const max = opts.maxSitemaps ?? 1000;
  const seen = new Set<string>();
  const records: SitemapRecord[] = [];
  const urls: SitemapUrl[] = [];
  const seenUrls = new Set<string>();
  let queue: { url: string; source: SitemapRecord['source']; parent: string | null; level: number }[] = seeds.map((s) => ({
    ...s,
    parent: null,
    level: 0,
  }));
  while (queue.length && records.length < max && !opts.signal?.aborted) {
    const next: typeof queue = [];
    for (const item of queue) {
      if (opts.signal?.aborted) break;
      if (seen.has(item.url) || records.length >= max) continue;
      seen.add(item.url);
      const res = await fetchBody(item.url);
      const record: SitemapRecord = {
        url: item.url,
        source: item.source,
        parent: item.parent,
        status: res.status,
        kind: 'unreachable',
        gzip: false,
        bytes: res.body?.length ?? 0,
        entries: 0,
        overLimit: false,
        problems: [],
      };
      if (res.error) record.error = res.error;
      records.push(record);
      if (res.status === null || res.status >= 400 || !res.body) {
        if (res.status !== null) record.problems.push(`HTTP ${res.status}`);
        continue;
      }
      const parsed = opts.parse ? await opts.parse(res.body, item.url) : parseSitemapBody(res.body, item.url);
      Object.assign(record, { kind: parsed.kind, gzip: parsed.gzip, overLimit: parsed.overLimit, problems: parsed.problems });
      record.entries = parsed.kind === 'index' ? parsed.sitemaps.length : parsed.urls.length;
      let outOfScope = 0;
      const offHost: string[] = [];
      const inScope = (u: string) => {
        if (!opts.isInScope || opts.isInScope(u)) return true;
        outOfScope += 1;
        if (offHost.length < MAX_LOC_EXAMPLES) offHost.push(u);
        return false;
      };
      for (const u of parsed.urls) {
        if (!inScope(u.url)) continue;
        if (seenUrls.has(u.url)) continue;
        seenUrls.add(u.url);
        urls.push(u.lastmod ? { url: u.url, lastmod: u.lastmod, sitemap: item.url } : { url: u.url, sitemap: item.url });
      }
      // A child sitemap on another host is not fetched: the crawl stays on the audited site.
      const children = parsed.kind === 'index' ? parsed.sitemaps.filter(inScope) : [];
      if (outOfScope) record.problems.push(`${outOfScope} URLs outside the audited site, left out (sitemaps may only list URLs of their own host)`);
      if (outOfScope || parsed.relative) {
        record.badLocs = { relative: parsed.relative?.count ?? 0, otherHost: outOfScope, examples: [...(parsed.relative?.examples ?? []), ...offHost].slice(0, MAX_LOC_EXAMPLES) };
      }
      if (parsed.kind === 'index') {
        if (item.level + 1 > MAX_INDEX_DEPTH) record.problems.push('sitemap index nested more than 3 levels: children ignored');
        else for (const s of children) next.push({ url: s, source: 'index', parent: item.url, level: item.level + 1 });
      }
    }
    queue = next;
  }
  return { records, urls };
}
