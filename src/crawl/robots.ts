/**
 * robots.txt per origin, RFC 9309: a 2xx body is parsed (its first 500 KiB, the minimum the RFC
 * asks a parser to read), a 4xx means "no rules" (allow all), and a 5xx or no answer means the
 * origin is treated as fully disallowed. Matching (longest match wins, Allow wins ties, `*` and `$`,
 * percent-encoding) is robots-parser's, fed a text rewritten to group lines as Google's parser does
 * (robots-text.ts); this module adds the status rules, the per-bot view and the
 * checks a consultant wants to see (malformed lines, an HTML page served as robots.txt).
 */
import { createRequire } from 'node:module';
import type { Robot } from './robots-parser-types.js';
import type { FetchError, RobotsRecord } from '../site/types.js';
import { googleRulesText, stripBom } from './robots-text.js';

// robots-parser is CommonJS with a default-export typing that NodeNext cannot call: load it plainly.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, body: string) => Robot;

export const ROBOTS_MAX_BYTES = 500 * 1024;

export interface RobotsPolicy {
  record: RobotsRecord;
  isAllowed(url: string, token: string): boolean;
  crawlDelay(token: string): number | undefined;
}

export interface RobotsInput {
  origin: string;
  url: string;
  status: number | null;
  body: string | null;
  bytes: number;
  error?: FetchError;
}

const FIELD = /^\s*([A-Za-z-]+)\s*:(.*)$/;
const KNOWN_FIELDS = new Set(['user-agent', 'allow', 'disallow', 'sitemap', 'crawl-delay', 'host', 'clean-param', 'noindex', 'request-rate', 'visit-time']);

/** `refaudit/0.1 (+https://...)` → `refaudit`: the product token matched against user-agent lines. */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/;(]/)[0] ?? '').toLowerCase() || '*';
}

function problemsOf(body: string): string[] {
  const out: string[] = [];
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && out.length < 100; i++) {
    const line = (lines[i] ?? '').replace(/#.*$/, '').trim();
    if (!line) continue;
    const m = FIELD.exec(line);
    if (!m) out.push(`line ${i + 1}: not a "field: value" record: ${line.slice(0, 80)}`);
    else if (!KNOWN_FIELDS.has(m[1]!.toLowerCase())) out.push(`line ${i + 1}: unknown field "${m[1]}" (ignored by engines)`);
  }
  return out;
}

export function robotsPolicy(input: RobotsInput, botTokens: string[]): RobotsPolicy {
  const base: Omit<RobotsRecord, 'mode' | 'body' | 'sitemaps' | 'crawlDelay' | 'problems' | 'looksLikeHtml'> = {
    origin: input.origin,
    url: input.url,
    status: input.status,
    bytes: input.bytes,
  };
  if (input.error) base.error = input.error;
  const status = input.status;
  if (status === null || status >= 500 || (status >= 300 && status < 400)) {
    // 3xx here means redirects were not resolvable (followed upstream); unreachable = disallow all.
    const record: RobotsRecord = { ...base, mode: 'disallow-all', body: null, sitemaps: [], crawlDelay: {}, problems: [], looksLikeHtml: false };
    return { record, isAllowed: () => false, crawlDelay: () => undefined };
  }
  if (status >= 400) {
    const record: RobotsRecord = { ...base, mode: 'allow-all', body: null, sitemaps: [], crawlDelay: {}, problems: [], looksLikeHtml: false };
    return { record, isAllowed: () => true, crawlDelay: () => undefined };
  }
  const text = stripBom((input.body ?? '').slice(0, ROBOTS_MAX_BYTES));
  // Sitemaps and crawl-delay from the text as written; rules from the text as Google groups it.
  const parsed = robotsParser(input.url, text);
  const rules = robotsParser(input.url, googleRulesText(text));
  const crawlDelay: Record<string, number> = {};
  for (const token of [...botTokens, '*']) {
    const d = parsed.getCrawlDelay(token);
    if (typeof d === 'number' && Number.isFinite(d)) crawlDelay[token] = d;
  }
  const looksLikeHtml = /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text);
  const record: RobotsRecord = {
    ...base,
    mode: 'parsed',
    body: text,
    sitemaps: parsed.getSitemaps(),
    crawlDelay,
    problems: problemsOf(text),
    looksLikeHtml,
  };
  return {
    record,
    // robots-parser answers undefined for a URL of another origin: that origin has its own file.
    isAllowed: (url, token) => rules.isAllowed(url, token) !== false,
    crawlDelay: (token) => {
      const d = parsed.getCrawlDelay(token);
      return typeof d === 'number' && Number.isFinite(d) ? d : undefined;
    },
  };
}
