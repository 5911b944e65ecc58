/** The part of robots-parser's API refaudit uses (its bundled typings do not load under NodeNext). */
export interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
