/**
 * Hand-written validation of the config file, so that every mistake is one line naming the file,
 * the field and what was expected (a schema validator's error lists are not that).
 */
import type { DirectoryEntry, Market, TargetKeyword } from '../analyze/types.js';
import { InputError } from '../util/errors.js';
import { bundledLanguages } from '../data/load.js';
import { sharesOver100 } from '../analyze/coverage/directory-share.js';

export class FieldReader {
  constructor(readonly file: string) {}

  fail(field: string, expected: string, got: unknown): never {
    const shown = typeof got === 'string' ? `"${got}"` : got === undefined ? 'nothing' : JSON.stringify(got);
    throw new InputError(`${this.file}: ${field}: expected ${expected}, got ${shown?.slice(0, 60)}`);
  }

  string(field: string, v: unknown): string {
    if (typeof v !== 'string' || !v.trim()) this.fail(field, 'a non-empty string', v);
    return v.trim();
  }

  optString(field: string, v: unknown): string | null {
    return v === undefined || v === null ? null : this.string(field, v);
  }

  number(field: string, v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.fail(field, `a number from ${min} to ${max}`, v);
    return v;
  }

  optNumber(field: string, v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    return v === undefined || v === null ? undefined : this.number(field, v, min, max);
  }

  bool(field: string, v: unknown): boolean {
    if (typeof v !== 'boolean') this.fail(field, 'true or false', v);
    return v;
  }

  array(field: string, v: unknown): unknown[] {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(field, 'a list', v);
    return v;
  }

  object(field: string, v: unknown): Record<string, unknown> {
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) this.fail(field, 'an object', v);
    return v as Record<string, unknown>;
  }

  strings(field: string, v: unknown): string[] {
    return this.array(field, v).map((s, i) => this.string(`${field}[${i}]`, s));
  }

  url(field: string, v: unknown): string {
    const s = this.string(field, v);
    try {
      const u = new URL(s);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      /* reported below */
    }
    return this.fail(field, 'an http(s) URL', s);
  }
}

const MARKET = /^(?:([a-z]{2,3})[-_])?([a-z]{2})$/i;

/**
 * `fr-MA`, `fr_ma`, `MA`, `WW` (worldwide), or a language alone: a bare lowercase code that
 * src/data/language-markets.json lists (`fr`, `en`…). `FR` (upper case) stays France.
 */
export function parseMarket(value: string): Market | null {
  const m = MARKET.exec(value.trim());
  if (!m) return null;
  if (!m[1] && m[2] === m[2]!.toLowerCase() && bundledLanguages().includes(m[2]!)) {
    return { id: m[2]!, country: 'WW', language: m[2]!, languageOnly: true };
  }
  const country = m[2]!.toUpperCase();
  const language = m[1]?.toLowerCase() ?? null;
  return { id: language ? `${language}-${country}` : country, country, language };
}

export function readMarkets(r: FieldReader, field: string, v: unknown): Market[] {
  return r.array(field, v).map((m, i) => {
    const s = r.string(`${field}[${i}]`, m);
    return parseMarket(s) ?? r.fail(`${field}[${i}]`, 'a market like "fr-MA" or "MA"', s);
  });
}

export function readKeyword(r: FieldReader, field: string, v: unknown, source: string): TargetKeyword {
  if (typeof v === 'string') return { keyword: r.string(field, v), priority: 2, volume: null, category: null, source };
  const o = r.object(field, v);
  const known = new Set(['keyword', 'priority', 'volume', 'category']);
  for (const k of Object.keys(o)) if (!known.has(k)) r.fail(`${field}.${k}`, 'one of keyword, priority, volume, category', k);
  const priority = r.optNumber(`${field}.priority`, o.priority, 1, 3) ?? 2;
  if (!Number.isInteger(priority)) r.fail(`${field}.priority`, '1, 2 or 3', o.priority);
  return {
    keyword: r.string(`${field}.keyword`, o.keyword),
    priority: priority as 1 | 2 | 3,
    volume: r.optNumber(`${field}.volume`, o.volume) ?? null,
    category: r.optString(`${field}.category`, o.category),
    source,
  };
}

export function readDirectory(r: FieldReader, field: string, v: unknown): DirectoryEntry {
  const o = r.object(field, v);
  const url = r.string(`${field}.url`, o.url);
  // A URL that does not parse can never be fetched, and without a name it would escape as a bare
  // TypeError ("internal error: Invalid URL"): one line naming the field instead.
  let host: string;
  try {
    host = new URL(url.replace(/^fixture:/, 'http://fixture/')).hostname;
  } catch {
    return r.fail(`${field}.url`, 'an absolute URL like "https://annuaire.example/voyages/"', url);
  }
  const entry: DirectoryEntry = { name: r.optString(`${field}.name`, o.name) ?? host, url, category: r.optString(`${field}.category`, o.category) };
  if (o.share !== undefined && o.share !== null) {
    if (typeof o.share === 'object' && !Array.isArray(o.share)) {
      const per: Record<string, number> = {};
      for (const [k, v] of Object.entries(o.share as Record<string, unknown>)) {
        if (!parseMarket(k)) r.fail(`${field}.share.${k}`, 'a market id like "fr-MA", a country like "MA" or a language like "fr" as the key', k);
        per[k] = r.number(`${field}.share.${k}`, v, 0, 100);
      }
      entry.share = per;
    } else {
      entry.share = r.number(`${field}.share`, o.share, 0, 100);
    }
    const src = o.shareSource;
    if (typeof src !== 'string' || !src.trim()) r.fail(`${field}.shareSource`, 'where the share comes from (a study, the directory\'s audience figures) since "share" is set', src);
    entry.shareSource = src.trim();
  } else if (o.shareSource !== undefined && o.shareSource !== null) {
    entry.shareSource = r.string(`${field}.shareSource`, o.shareSource);
  }
  if (o.otherUrls !== undefined && o.otherUrls !== null) {
    entry.otherUrls = r.strings(`${field}.otherUrls`, o.otherUrls).map((u, j) => {
      try {
        new URL(u.replace(/^fixture:/, 'http://fixture/'));
        return u;
      } catch {
        return r.fail(`${field}.otherUrls[${j}]`, 'an absolute URL', u);
      }
    });
  }
  return entry;
}

/**
 * Directory shares past 100 % in a market leave nothing for the engines: a config mistake. Checked
 * for the given markets and for every market the share keys name (and their crossings).
 */
export function checkDirectoryShares(r: FieldReader, entries: DirectoryEntry[], markets: Market[]): void {
  const keys = entries.flatMap((e) => (e.share && typeof e.share === 'object' ? Object.keys(e.share) : []));
  const parsed = keys.map((k) => parseMarket(k)).filter((m): m is Market => !!m);
  const langs = new Set(parsed.map((m) => m.language).filter((l): l is string => !!l));
  const countries = new Set(parsed.filter((m) => !m.languageOnly).map((m) => m.country));
  const crossed = [...langs].flatMap((l) => [...countries].map((c) => parseMarket(`${l}-${c}`)!));
  const any: Market = { id: 'every market', country: 'WW', language: null };
  const over = sharesOver100(entries, [any, ...markets, ...parsed, ...crossed]);
  if (over) {
    throw new InputError(`${r.file}: directories[${over.index}].share: directory shares in ${over.market} add up to ${Math.round(over.total * 10) / 10} % (${over.parts}), over 100`);
  }
}

/** Levenshtein distance, for "did you mean" on unknown keys. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function suggest(key: string, known: readonly string[]): string {
  const best = known.map((k) => [k, editDistance(key.toLowerCase(), k.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? ` (did you mean "${best[0]}"?)` : '';
}
