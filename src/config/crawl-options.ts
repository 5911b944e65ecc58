/** The config's `crawl` section as the crawler's options. */
import type { CrawlConfig } from './types.js';
import type { CrawlSettings } from '../site/types.js';
import type { RenderOptions } from '../crawl/render/options.js';

type CrawlerOptions = Partial<Omit<CrawlSettings, 'render'>> & RenderOptions & { threads?: number };

/** The config's crawl keys are the crawler's own names: only unset ones are dropped. */
export function crawlOptionsFrom(c: CrawlConfig): CrawlerOptions {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as CrawlerOptions;
}
