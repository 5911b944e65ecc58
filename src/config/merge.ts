/**
 * Command-line flags over the config file: a flag given wins; repeatable flags replace the
 * file's list rather than adding to it, so one run can narrow a config down.
 */
import { resolve } from 'node:path';
import { InputError } from '../util/errors.js';
import type { CrawlConfig, FailOn, RefauditConfig } from './types.js';
import { FieldReader, checkDirectoryShares, parseMarket } from './validate.js';
import { readKeywordsFile } from '../inputs/read.js';

export interface FlagValues {
  site: string;
  market: string[];
  keyword: string[];
  keywords: string;
  rankings: string[];
  queries: string[];
  competitor: string[];
  enginesFile: string;
  history: string;
  failOn: FailOn[];
  crawl: CrawlConfig;
}

export function mergeFlags(config: RefauditConfig, flags: Partial<FlagValues>, cwd = process.cwd(), opts: { skipBadInput?: boolean } = {}): RefauditConfig {
  const out: RefauditConfig = { ...config, crawl: { ...config.crawl, ...(flags.crawl ?? {}) }, problems: [...config.problems] };
  if (flags.site) out.site = flags.site;
  if (flags.market?.length) {
    out.markets = flags.market.map((m) => parseMarket(m) ?? (() => { throw new InputError(`--market: expected a market like "fr-MA", "MA" or a language like "fr", got "${m}"`); })());
    checkDirectoryShares(new FieldReader(config.file ?? 'config'), out.directories, out.markets);
  }
  if (flags.keyword?.length || flags.keywords) {
    out.keywords = (flags.keyword ?? []).map((k) => ({ keyword: k, priority: 2 as const, volume: null, category: null, source: '--keyword' }));
    if (flags.keywords) {
      const parsed = readKeywordsFile(resolve(cwd, flags.keywords), opts);
      out.keywords.push(...parsed.keywords);
      out.problems.push(...parsed.problems);
    }
  }
  if (flags.rankings?.length) out.rankings = { ...out.rankings, files: flags.rankings.map((f) => resolve(cwd, f)) };
  if (flags.queries?.length) out.queries = flags.queries.map((f) => resolve(cwd, f));
  if (flags.competitor?.length) out.competitors = flags.competitor;
  if (flags.enginesFile) out.enginesFile = resolve(cwd, flags.enginesFile);
  if (flags.history) out.history = resolve(cwd, flags.history);
  if (flags.failOn?.length) out.failOn = flags.failOn;
  return out;
}
