/**
 * Where a figure comes from. Every number the report prints carries one (DESIGN.md, Conventions).
 */
export type Origin =
  | { kind: 'measured'; by: string } // e.g. 'crawl', 'robots.txt', 'analysis:relevance'
  | { kind: 'imported'; file: string } // the file (or provider) the value was read from
  | { kind: 'model'; file: string; source: string; date: string } // a data file and its published source
  | { kind: 'config'; file: string }; // a target or value the user set

/** A number with its origin. */
export interface Figure {
  value: number | null;
  unit?: '%' | 'pages' | 'clicks' | 'ms' | 'bytes' | 'score' | 'position' | 'count';
  origin: Origin;
}

/** A model data file used for figures in a report. */
export interface DataSource {
  file: string;
  what: string;
  source: string;
  date: string;
}

export const measured = (by: string): Origin => ({ kind: 'measured', by });
