/**
 * The model data (engines, audience shares, CTR curve) with its sources, from the bundled files
 * under src/data, merged with a user's override file (--engines-file / "enginesFile"): any of
 * `engines`, `markets`, `positions` given there replaces or extends the bundled values.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DataSource, Origin } from '../shared/origin.js';
import { InputError } from '../util/errors.js';

export interface EngineProfile {
  id: string;
  name: string;
  bots: string[];
  resultsPerPage: number;
  pagination: string;
  verificationMeta: string | null;
  /** A verification file of fixed name at the root (BingSiteAuth.xml), or null. */
  verificationFile: string | null;
  indexNow: boolean;
  webmasterTools: string | null;
  /** How the engine handles JavaScript, per its own documentation (src/data/engines.json `javascript`). */
  javascript: EngineJavaScript;
}

export interface EngineJavaScript {
  /** yes: documented to render; partial: left to its bot; no: documented not to; unknown: no documentation found. */
  renders: 'yes' | 'partial' | 'no' | 'unknown';
  note: string;
  /** The engine's page that says so (null when none was found). */
  source: string | null;
  /** When it was read. */
  date: string | null;
}

const JS_RENDERS = ['yes', 'partial', 'no', 'unknown'] as const;

function checkJavaScript(file: string, i: number, v: unknown): EngineJavaScript {
  if (v === undefined) return { renders: 'unknown', note: 'not stated in the engines file', source: null, date: null };
  const o = v as Partial<EngineJavaScript> | null;
  if (!o || typeof o !== 'object' || !JS_RENDERS.includes(o.renders as EngineJavaScript['renders'])) {
    throw new InputError(`${file}: engines[${i}].javascript.renders: expected one of ${JS_RENDERS.join(', ')}`);
  }
  return { renders: o.renders!, note: typeof o.note === 'string' ? o.note : '', source: typeof o.source === 'string' ? o.source : null, date: typeof o.date === 'string' ? o.date : null };
}

export interface ModelData {
  engines: EngineProfile[];
  /** market (country code or WW) → engine id → percent. */
  shares: Record<string, Record<string, number>>;
  /** CTR percent for positions 1.. (index 0 = position 1). */
  ctr: number[];
  ctrDecay: number;
  ctrPerEngine: Record<string, number[]>;
  /** language → its markets (country → weight), for coverage by language. */
  languages: Record<string, LanguageMarkets>;
  /** Presence a directory listing earns, by what its page shows (src/data/directory-presence.json). */
  directoryPresence: DirectoryPresence;
  sources: DataSource[];
  origins: { engines: Origin; shares: Origin; ctr: Origin; languages: Origin; directoryPresence: Origin };
}

export interface LanguageMarkets {
  name: string;
  /** country code → weight (internet users using the language, millions: see the file's source). */
  markets: Record<string, number>;
}

export interface DirectoryPresence {
  listed: number;
  notFollowable: number;
  otherCategory: number;
  otherCategoryNotFollowable: number;
  absent: number;
}

// Resolves to src/data both from src/ (tests) and from dist/ (the built CLI): one copy of the data.
const DATA_DIR = fileURLToPath(new URL('../../src/data/', import.meta.url));

interface Meta { what?: string; source?: string; url?: string; date?: string }

function readJson(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`data file ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected an object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`data file ${file}: not valid JSON (${(err as Error).message})`);
  }
}

function source(file: string, m: Meta): DataSource {
  return { file, what: m.what ?? '', source: m.source ?? 'unknown', date: m.date ?? 'unknown' };
}

function modelOrigin(s: DataSource): Origin {
  return { kind: 'model', file: s.file, source: s.source, date: s.date };
}

function checkEngines(file: string, v: unknown): EngineProfile[] {
  if (!Array.isArray(v)) throw new InputError(`${file}: engines: expected a list`);
  return v.map((e, i) => {
    const o = e as Partial<EngineProfile>;
    if (!o || typeof o.id !== 'string' || !o.id) throw new InputError(`${file}: engines[${i}].id: expected an engine id like "google"`);
    if (typeof o.resultsPerPage !== 'number' || o.resultsPerPage < 1) throw new InputError(`${file}: engines[${i}].resultsPerPage: expected a number ≥ 1`);
    return {
      id: o.id.toLowerCase(),
      name: typeof o.name === 'string' ? o.name : o.id,
      bots: Array.isArray(o.bots) ? o.bots.map(String) : [],
      resultsPerPage: o.resultsPerPage,
      pagination: typeof o.pagination === 'string' ? o.pagination : 'paged',
      verificationMeta: typeof o.verificationMeta === 'string' ? o.verificationMeta : null,
      verificationFile: typeof o.verificationFile === 'string' ? o.verificationFile : null,
      indexNow: o.indexNow === true,
      webmasterTools: typeof o.webmasterTools === 'string' ? o.webmasterTools : null,
      javascript: checkJavaScript(file, i, o.javascript),
    };
  });
}

function checkShares(file: string, v: unknown): Record<string, Record<string, number>> {
  if (!v || typeof v !== 'object') throw new InputError(`${file}: markets: expected an object of market → engine → percent`);
  const out: Record<string, Record<string, number>> = {};
  for (const [m, shares] of Object.entries(v as Record<string, unknown>)) {
    if (!shares || typeof shares !== 'object') throw new InputError(`${file}: markets.${m}: expected engine → percent`);
    let sum = 0;
    const row: Record<string, number> = {};
    for (const [e, pct] of Object.entries(shares as Record<string, unknown>)) {
      if (typeof pct !== 'number' || pct < 0 || pct > 100) throw new InputError(`${file}: markets.${m}.${e}: expected a percent from 0 to 100`);
      row[e.toLowerCase()] = pct;
      sum += pct;
    }
    if (sum > 100.5) throw new InputError(`${file}: markets.${m}: shares add up to ${sum.toFixed(1)} %, over 100`);
    out[m.toUpperCase()] = row;
  }
  return out;
}

function checkLanguages(file: string, v: unknown): Record<string, LanguageMarkets> {
  if (!v || typeof v !== 'object') throw new InputError(`${file}: languages: expected language → {name, markets}`);
  const out: Record<string, LanguageMarkets> = {};
  for (const [lang, entry] of Object.entries(v as Record<string, unknown>)) {
    const e = entry as { name?: unknown; markets?: unknown } | null;
    if (!e || typeof e.markets !== 'object' || !e.markets) throw new InputError(`${file}: languages.${lang}.markets: expected country → weight`);
    const markets: Record<string, number> = {};
    for (const [c, w] of Object.entries(e.markets as Record<string, unknown>)) {
      if (typeof w !== 'number' || !(w > 0)) throw new InputError(`${file}: languages.${lang}.markets.${c}: expected a weight above 0`);
      markets[c.toUpperCase()] = w;
    }
    out[lang.toLowerCase()] = { name: typeof e.name === 'string' ? e.name : lang, markets };
  }
  return out;
}

function checkPresence(file: string, v: unknown): DirectoryPresence {
  const o = (v ?? {}) as Record<string, unknown>;
  const keys = ['listed', 'notFollowable', 'otherCategory', 'otherCategoryNotFollowable', 'absent'] as const;
  for (const k of keys) if (typeof o[k] !== 'number' || (o[k] as number) < 0 || (o[k] as number) > 1) throw new InputError(`${file}: presence.${k}: expected a number from 0 to 1`);
  return o as unknown as DirectoryPresence;
}

function checkCtr(file: string, v: unknown): number[] {
  if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'number' || x < 0 || x > 100)) {
    throw new InputError(`${file}: positions: expected a list of click-through percents for positions 1, 2, 3...`);
  }
  return v as number[];
}

export function loadModelData(opts: { enginesFile?: string | null } = {}): ModelData {
  const ef = `${DATA_DIR}engines.json`;
  const sf = `${DATA_DIR}audience-shares.json`;
  const cf = `${DATA_DIR}ctr-curve.json`;
  const lf = `${DATA_DIR}language-markets.json`;
  const pf = `${DATA_DIR}directory-presence.json`;
  const e = readJson(ef);
  const s = readJson(sf);
  const c = readJson(cf);
  const l = readJson(lf);
  const p = readJson(pf);
  const srcL = source('src/data/language-markets.json', l as Meta);
  const srcP = source('src/data/directory-presence.json', p as Meta);
  const srcE = source('src/data/engines.json', e as Meta);
  const srcS = source('src/data/audience-shares.json', s as Meta);
  const srcC = source('src/data/ctr-curve.json', c as Meta);
  const data: ModelData = {
    engines: checkEngines(ef, e.engines),
    shares: checkShares(sf, s.markets),
    ctr: checkCtr(cf, c.positions),
    ctrDecay: typeof c.decayAfter === 'number' ? c.decayAfter : 0.85,
    ctrPerEngine: {},
    languages: checkLanguages(lf, l.languages),
    directoryPresence: checkPresence(pf, p.presence),
    sources: [srcE, srcS, srcC, srcL, srcP],
    origins: { engines: modelOrigin(srcE), shares: modelOrigin(srcS), ctr: modelOrigin(srcC), languages: modelOrigin(srcL), directoryPresence: modelOrigin(srcP) },
  };
  if (opts.enginesFile) {
    const file = opts.enginesFile;
    const o = readJson(file);
    const known = ['what', 'source', 'url', 'date', 'note', 'engines', 'markets', 'positions', 'decayAfter', 'perEngine', 'languages'];
    for (const k of Object.keys(o)) if (!known.includes(k)) throw new InputError(`${file}: ${k}: unknown field (expected engines, markets, positions, perEngine, languages)`);
    const src = source(file, o as Meta);
    if (!(o as Meta).source || !(o as Meta).date) throw new InputError(`${file}: "source" and "date" are required: every model value says where it comes from`);
    const origin = modelOrigin(src);
    if (o.engines !== undefined) {
      const over = checkEngines(file, o.engines);
      data.engines = [...data.engines.filter((x) => !over.some((y) => y.id === x.id)), ...over];
      data.origins.engines = origin;
    }
    if (o.markets !== undefined) {
      data.shares = { ...data.shares, ...checkShares(file, o.markets) };
      data.origins.shares = origin;
    }
    if (o.languages !== undefined) {
      data.languages = { ...data.languages, ...checkLanguages(file, o.languages) };
      data.origins.languages = origin;
    }
    if (o.positions !== undefined) {
      data.ctr = checkCtr(file, o.positions);
      data.origins.ctr = origin;
    }
    if (o.perEngine !== undefined) {
      for (const [eng, curve] of Object.entries(o.perEngine as Record<string, unknown>)) data.ctrPerEngine[eng.toLowerCase()] = checkCtr(file, curve);
      data.origins.ctr = origin;
    }
    if (typeof o.decayAfter === 'number') data.ctrDecay = o.decayAfter;
    data.sources.push(src);
  }
  return data;
}

/** CTR (percent) at a 1-based position on an engine: the curve, then geometric decay past its end. */
export function ctrAt(data: ModelData, position: number, engine?: string): number {
  const curve = (engine && data.ctrPerEngine[engine]) || data.ctr;
  if (position < 1) return 0;
  if (position <= curve.length) return curve[position - 1]!;
  return curve[curve.length - 1]! * data.ctrDecay ** (position - curve.length);
}

/** Audience shares (percent) for a market: the country's row, else worldwide. */
export function sharesFor(data: ModelData, country: string): { shares: Record<string, number>; market: string } {
  const c = country.toUpperCase();
  const row = data.shares[c];
  return row ? { shares: row, market: c } : { shares: data.shares.WW ?? {}, market: 'WW' };
}

let languagesCache: string[] | null = null;

/** The languages the bundled data groups markets for: a bare lowercase `--market fr` is one of them. */
export function bundledLanguages(): string[] {
  languagesCache ??= Object.keys(((readJson(`${DATA_DIR}language-markets.json`).languages ?? {}) as Record<string, unknown>)).map((l) => l.toLowerCase());
  return languagesCache;
}
