/**
 * Every page record is built by this one literal, in one property order. V8 gives objects made by
 * spreading another (`{ ...base, status }`) a hidden class outside the usual transition tree, and
 * a property added later (`page.html = …`) then forks a class of its own for every page: ten
 * thousand pages meant ten thousand classes (about a kilobyte each) and megamorphic property reads
 * in every analysis. Built here, all pages share a handful of classes.
 */
import type { PageRecord } from '../site/types.js';

type Core = Omit<PageRecord, 'error' | 'sitemapLastmod' | 'html'>;

export function pageRecord(p: Core): PageRecord {
  return {
    url: p.url,
    finalUrl: p.finalUrl,
    source: p.source,
    depth: p.depth,
    foundOn: p.foundOn,
    status: p.status,
    redirects: p.redirects,
    contentType: p.contentType,
    bytes: p.bytes,
    truncated: p.truncated,
    responseMs: p.responseMs,
    contentEncoding: p.contentEncoding,
    xRobotsTag: p.xRobotsTag,
    headerRobots: p.headerRobots,
    robotsAllowed: p.robotsAllowed,
    crawlAllowed: p.crawlAllowed,
    inSitemap: p.inSitemap,
    inlinks: p.inlinks,
  };
}
