/**
 * Reads and validates refaudit.config.json (or .yaml/.yml). Relative paths resolve against the
 * config file's folder, so a config and its data files can move together.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../util/errors.js';
import type { FailOn, RefauditConfig } from './types.js';
import { FieldReader, checkDirectoryShares, readDirectory, readKeyword, readMarkets, suggest } from './validate.js';
import { readKeywordsFile } from '../inputs/read.js';
import { emptyConfig } from './empty.js';

export const CONFIG_KEYS = [
  '$schema', '$comment', 'site', 'markets', 'keywords', 'keywordsFile', 'competitors', 'engines', 'directories',
  'objectives', 'crawl', 'rankings', 'queries', 'indexedPages', 'enginesFile', 'indexNowKey', 'history', 'reportLang', 'failOn',
] as const;

const OBJECTIVE_KEYS = ['$comment', 'coverageMin', 'relevanceMin', 'rankingMin', 'page1Keywords', 'maxCritical', 'maxWarnings'];
const CRAWL_KEYS = ['$comment', 'userAgent', 'concurrency', 'rate', 'maxPages', 'maxDepth', 'maxBytes', 'timeoutMs', 'timeBudgetMs', 'subdomains', 'include', 'exclude', 'stripTracking', 'threads', 'render', 'renderConcurrency', 'renderTimeoutMs', 'renderThirdParty', 'chromium'];
const FAIL_ON: FailOn[] = ['critical', 'warning', 'regression', 'objectives'];

function parseText(file: string, text: string): unknown {
  if (/\.ya?ml$/i.test(file)) {
    try {
      return parseYaml(text);
    } catch (err) {
      throw new InputError(`${file}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message.replace(/\s+/g, ' ');
    const where = jsonErrorLocation(text, msg);
    const what = msg.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new InputError(`${file}${where ? `:${where.line}:${where.column}` : ''}: not valid JSON: ${what}`);
  }
}

/** Line and column of a JSON.parse error: V8 gives a position, a line and column, or a snippet. */
function jsonErrorLocation(text: string, msg: string): { line: number; column: number } | null {
  const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  let index = -1;
  const pos = /position (\d+)/.exec(msg);
  if (pos) index = Number(pos[1]);
  else {
    const snip = /"(?:\.\.\.)?(.*?)(?:\.\.\.)?" is not valid JSON/.exec(msg);
    const token = /Unexpected token '(.)'/.exec(msg)?.[1];
    if (snip?.[1]) {
      const flat = text.replace(/\s+/g, ' ');
      const at = flat.indexOf(snip[1]);
      if (at >= 0) index = mapFlatIndex(text, at + Math.max(0, token ? snip[1].indexOf(token) : 0));
    }
  }
  if (index < 0) return null;
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}


/** Index in the original text of the character at `flatIndex` once whitespace runs were folded. */
function mapFlatIndex(text: string, flatIndex: number): number {
  let f = 0;
  for (let i = 0; i < text.length; i++) {
    if (f === flatIndex) return i;
    if (/\s/.test(text[i]!)) {
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) i++;
    }
    f++;
  }
  return text.length;
}

function checkKeys(r: FieldReader, prefix: string, obj: Record<string, unknown>, known: readonly string[]): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) throw new InputError(`${r.file}: ${prefix}${k}: unknown field${suggest(k, known)}`);
  }
}

export interface LoadOptions {
  /** --skip-bad-input: an unusable keywordsFile is a problem in the report instead of exit 2. */
  skipBadInput?: boolean;
}

export function loadConfig(path: string, opts: LoadOptions = {}): RefauditConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`config ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return validateConfig(parseText(path, text), resolve(path), opts);
}

export function validateConfig(data: unknown, file: string, opts: LoadOptions = {}): RefauditConfig {
  const r = new FieldReader(file);
  const dir = dirname(file);
  const at = (p: string) => resolve(dir, p);
  const root = r.object('(root)', data);
  checkKeys(r, '', root, CONFIG_KEYS);
  const cfg = emptyConfig();
  cfg.file = file;
  cfg.site = root.site === undefined || root.site === null ? null : r.url('site', root.site);
  cfg.markets = readMarkets(r, 'markets', root.markets);
  cfg.keywords = r.array('keywords', root.keywords).map((k, i) => readKeyword(r, `keywords[${i}]`, k, file));
  if (root.keywordsFile !== undefined) {
    const kf = at(r.string('keywordsFile', root.keywordsFile));
    // Read as the --keywords flag's file is: missing, unreadable, empty or without one usable line
    // is an input error before the crawl (exit 2), unless --skip-bad-input.
    let parsed: ReturnType<typeof readKeywordsFile>;
    try {
      parsed = readKeywordsFile(kf, opts);
    } catch (err) {
      if (err instanceof InputError) throw new InputError(`${file}: keywordsFile: ${err.message}`);
      throw err;
    }
    cfg.keywords.push(...parsed.keywords);
    cfg.problems.push(...parsed.problems);
  }
  cfg.competitors = r.array('competitors', root.competitors).map((c, i) => r.string(`competitors[${i}]`, c));
  cfg.engines = r.strings('engines', root.engines).map((e) => e.toLowerCase());
  cfg.directories = r.array('directories', root.directories).map((d, i) => readDirectory(r, `directories[${i}]`, d));
  checkDirectoryShares(r, cfg.directories, cfg.markets);

  const obj = r.object('objectives', root.objectives);
  checkKeys(r, 'objectives.', obj, OBJECTIVE_KEYS);
  const p1 = obj.page1Keywords === undefined ? undefined : r.object('objectives.page1Keywords', obj.page1Keywords);
  cfg.objectives = {
    ...(obj.coverageMin !== undefined ? { coverageMin: r.number('objectives.coverageMin', obj.coverageMin, 0, 100) } : {}),
    ...(obj.relevanceMin !== undefined ? { relevanceMin: r.number('objectives.relevanceMin', obj.relevanceMin, 0, 100) } : {}),
    ...(obj.rankingMin !== undefined ? { rankingMin: r.number('objectives.rankingMin', obj.rankingMin, 0, 100) } : {}),
    ...(obj.maxCritical !== undefined ? { maxCritical: r.number('objectives.maxCritical', obj.maxCritical) } : {}),
    ...(obj.maxWarnings !== undefined ? { maxWarnings: r.number('objectives.maxWarnings', obj.maxWarnings) } : {}),
    ...(p1
      ? {
          page1Keywords: {
            count: r.number('objectives.page1Keywords.count', p1.count, 0),
            engines: r.strings('objectives.page1Keywords.engines', p1.engines).map((e) => e.toLowerCase()),
          },
        }
      : {}),
  };

  const crawl = r.object('crawl', root.crawl);
  checkKeys(r, 'crawl.', crawl, CRAWL_KEYS);
  cfg.crawl = {};
  if (crawl.userAgent !== undefined) cfg.crawl.userAgent = r.string('crawl.userAgent', crawl.userAgent);
  for (const k of ['concurrency', 'maxPages', 'maxDepth', 'maxBytes', 'timeoutMs', 'timeBudgetMs', 'threads'] as const) {
    if (crawl[k] !== undefined) cfg.crawl[k] = r.number(`crawl.${k}`, crawl[k], k === 'maxDepth' || k === 'threads' ? 0 : 1);
  }
  if (crawl.rate !== undefined) cfg.crawl.rate = r.number('crawl.rate', crawl.rate, 0.01);
  if (crawl.subdomains !== undefined) cfg.crawl.subdomains = r.bool('crawl.subdomains', crawl.subdomains);
  if (crawl.stripTracking !== undefined) cfg.crawl.stripTracking = r.bool('crawl.stripTracking', crawl.stripTracking);
  if (crawl.render !== undefined) cfg.crawl.render = r.bool('crawl.render', crawl.render);
  if (crawl.renderThirdParty !== undefined) cfg.crawl.renderThirdParty = r.bool('crawl.renderThirdParty', crawl.renderThirdParty);
  if (crawl.renderConcurrency !== undefined) cfg.crawl.renderConcurrency = r.number('crawl.renderConcurrency', crawl.renderConcurrency, 1, 32);
  if (crawl.renderTimeoutMs !== undefined) cfg.crawl.renderTimeoutMs = r.number('crawl.renderTimeoutMs', crawl.renderTimeoutMs, 100);
  if (crawl.chromium !== undefined) cfg.crawl.chromium = at(r.string('crawl.chromium', crawl.chromium));
  if (crawl.include !== undefined) cfg.crawl.include = r.strings('crawl.include', crawl.include);
  if (crawl.exclude !== undefined) cfg.crawl.exclude = r.strings('crawl.exclude', crawl.exclude);

  const rk = r.object('rankings', root.rankings);
  checkKeys(r, 'rankings.', rk, ['$comment', 'files', 'provider']);
  cfg.rankings = { files: r.strings('rankings.files', rk.files).map(at) };
  if (rk.provider !== undefined) {
    const p = r.object('rankings.provider', rk.provider);
    checkKeys(r, 'rankings.provider.', p, ['name', 'baseUrl', 'apiKeyEnv', 'engines', 'depth', 'presence', 'presencePages']);
    const name = r.string('rankings.provider.name', p.name);
    if (name !== 'serpapi') r.fail('rankings.provider.name', '"serpapi"', name);
    cfg.rankings.provider = { name };
    if (p.baseUrl !== undefined) cfg.rankings.provider.baseUrl = r.url('rankings.provider.baseUrl', p.baseUrl);
    if (p.apiKeyEnv !== undefined) cfg.rankings.provider.apiKeyEnv = r.string('rankings.provider.apiKeyEnv', p.apiKeyEnv);
    if (p.engines !== undefined) cfg.rankings.provider.engines = r.strings('rankings.provider.engines', p.engines);
    if (p.depth !== undefined) cfg.rankings.provider.depth = r.number('rankings.provider.depth', p.depth, 10, 100);
    if (p.presence !== undefined) cfg.rankings.provider.presence = r.bool('rankings.provider.presence', p.presence);
    if (p.presencePages !== undefined) {
      const n = r.number('rankings.provider.presencePages', p.presencePages, 0, 50);
      if (!Number.isInteger(n)) r.fail('rankings.provider.presencePages', 'a whole number from 0 to 50', n);
      cfg.rankings.provider.presencePages = n;
    }
  }
  cfg.queries = r.strings('queries', root.queries).map(at);
  const idx = r.object('indexedPages', root.indexedPages);
  cfg.indexedPages = Object.fromEntries(Object.entries(idx).map(([k, v]) => [k.toLowerCase(), at(r.string(`indexedPages.${k}`, v))]));
  cfg.enginesFile = root.enginesFile === undefined || root.enginesFile === null ? null : at(r.string('enginesFile', root.enginesFile));
  cfg.indexNowKey = r.optString('indexNowKey', root.indexNowKey);
  if (cfg.indexNowKey && !/^[a-zA-Z0-9-]{8,128}$/.test(cfg.indexNowKey)) r.fail('indexNowKey', '8 to 128 letters, digits or dashes (the IndexNow key format)', cfg.indexNowKey);
  cfg.history = root.history === undefined || root.history === null ? null : at(r.string('history', root.history));
  const lang = r.optString('reportLang', root.reportLang);
  cfg.reportLang = lang === null ? null : lang === 'fr' || lang === 'en' ? lang : r.fail('reportLang', 'fr or en', lang);
  cfg.failOn = r.strings('failOn', root.failOn).map((f, i) => (FAIL_ON.includes(f as FailOn) ? (f as FailOn) : r.fail(`failOn[${i}]`, FAIL_ON.join(', '), f)));
  return cfg;
}
