/**
 * Inputs shared by the analyses (coverage, relevance, ranking) and the config.
 */

/** A market: a country (ISO 3166-1 alpha-2, uppercase, or `WW` for worldwide) and an optional language. */
export interface Market {
  /** `fr-MA`, `en-GB`, `MA`, `WW`: the form the user wrote, normalised (language lowercase, country uppercase). */
  id: string;
  country: string;
  language: string | null;
  /** `--market fr`: a language alone. Coverage reads the markets of that language (src/data/language-markets.json); elsewhere it counts as worldwide (country `WW`) in that language. */
  languageOnly?: boolean;
}

export interface TargetKeyword {
  keyword: string;
  /** 1 = priority keyword (counts in objectives), 2 = secondary, 3 = long tail. */
  priority: 1 | 2 | 3;
  /** Monthly searches, when known (config or keywords file). */
  volume: number | null;
  category: string | null;
  /** Where it came from: config file path, keywords file path, or `--keyword`. */
  source: string;
}

/** One observed ranking: a keyword on an engine in a market, on a date. */
export interface RankObservation {
  keyword: string;
  /** Lowercase engine id (`google`, `bing`, ...). */
  engine: string;
  /** Market id (`fr-MA`) or country code. */
  market: string;
  /** 1-based organic position; null = not in the results fetched. */
  position: number | null;
  /** The site's URL that ranks, when known. */
  url: string | null;
  /** ISO date (YYYY-MM-DD) when known. */
  date: string | null;
  volume: number | null;
  /** The file or provider it was imported from. */
  source: string;
}

/** A directory (annuaire) category page where the site should be listed. */
export interface DirectoryEntry {
  name: string;
  url: string;
  category: string | null;
  /** Percent of the market's search audience that reaches sites through this directory: one figure for every market, or per market id (`{"fr-MA": 20}`, a country `{"MA": 20}` also matches). Null: not counted in coverage. */
  share?: number | Record<string, number> | null;
  /** Where the share comes from (required with a share): shown as its origin. */
  shareSource?: string | null;
  /** Other pages of the directory (other categories, its search page) read when the chosen category page does not list the site. */
  otherUrls?: string[];
}
