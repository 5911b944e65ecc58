import type { RefauditConfig } from './types.js';

/** The config when there is no file: everything from flags and defaults. */
export function emptyConfig(): RefauditConfig {
  return {
    file: null,
    site: null,
    markets: [],
    keywords: [],
    competitors: [],
    engines: [],
    directories: [],
    objectives: {},
    crawl: {},
    rankings: { files: [] },
    queries: [],
    indexedPages: {},
    enginesFile: null,
    indexNowKey: null,
    history: null,
    reportLang: null,
    failOn: [],
    problems: [],
  };
}
