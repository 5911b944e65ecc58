/** Rules over the coverage analysis (step 3, engines). */
import { javascriptPointsLost } from '../../analyze/coverage/javascript.js';
import { listingState } from '../../analyze/coverage/market-coverage.js';
import type { CoverageResult } from '../../analyze/coverage/coverage.js';
import type { AnalysisRule } from '../types.js';
import { item } from '../evidence.js';

const lost = (cov: CoverageResult, engine: string) => Math.max(0, ...cov.markets.map((m) => m.lost[engine] ?? 0));
const audience = (cov: CoverageResult, engine: string) => Math.max(0, ...cov.markets.map((m) => m.shares[engine] ?? 0));

/** Points as the report shows them (one decimal). */
const round1 = (x: number) => Math.round(x * 10) / 10;

/** What a directory's listing costs, market by market (no market: no share configured, not counted). */
function listingCost(cov: CoverageResult, url: string) {
  const rows = cov.markets.flatMap((m) => m.directories.filter((d) => d.url === url).map((d) => ({ m: m.market, d })));
  return { markets: rows.map((r) => r.m), pointsLost: rows.map((r) => round1(r.d.lost)), shares: rows.map((r) => round1(r.d.share)), shareSources: rows.map((r) => r.d.shareSource) };
}

export const engineBotBlocked: AnalysisRule<'coverage' | 'snapshot'> = {
  meta: {
    id: 'engine-bot-blocked', step: 'engines', severity: 'critical', title: 'An engine\'s crawler cannot reach the home page',
    help: 'robots.txt (or an error) keeps this engine\'s bot from the home page: the site is all but absent from that engine and its audience is lost.',
    fix: 'Allow the engine\'s bot in robots.txt, unless excluding that engine is a deliberate choice.',
  },
  check: ({ coverage: cov, snapshot }) =>
    cov.engines.filter((e) => !e.homeReachable && audience(cov, e.engine) > 0).map((e) => item('engine-bot-blocked', { engine: e.engine, name: e.name, bot: e.bot ?? null, pointsLost: round1(lost(cov, e.engine)) }, { url: snapshot.homeUrl })),
};

// Missing verification tags are one finding, verification-missing (submission step); the
// engine-reachability table's Verified column shows which engines and audience that leaves out.
export const indexNowKeyMissing: AnalysisRule<'coverage' | 'snapshot'> = {
  meta: {
    id: 'indexnow-key-missing', step: 'engines', severity: 'notice', title: 'No valid IndexNow key for engines that use it',
    help: 'Bing, Yandex, Seznam and Naver accept IndexNow pings: new and changed pages reach their index within minutes instead of at the next crawl.',
    fix: 'Create an IndexNow key, publish <key>.txt at the site root and set "indexNowKey" in the config.',
  },
  check: ({ coverage: cov, snapshot }) => {
    const engines = cov.engines.filter((e) => e.indexNow === false && audience(cov, e.engine) > 0);
    return engines.length ? [item('indexnow-key-missing', { engines: engines.map((e) => e.name) }, { url: snapshot.homeUrl })] : [];
  },
};

// A directory whose page was not read is unknown, not missing: step 3 says so in a note.
export const directoryLinkMissing: AnalysisRule<'coverage'> = {
  meta: {
    id: 'directory-link-missing', step: 'engines', severity: 'warning', title: 'A chosen directory does not list the site',
    help: 'The directory page configured for the site has no link to it. With an audience share in the config, that share of the market\'s search audience is lost: a missing listing in a 20 % directory costs 20 coverage points.',
    fix: 'Submit the site to that directory category, with the prepared title and description.',
  },
  check: ({ coverage: cov }) =>
    cov.directories.filter((d) => listingState(d) === 'absent').map((d) => item('directory-link-missing', { directory: d.name, listedSites: d.listingSize, error: d.error ?? null, ...listingCost(cov, d.url) }, { url: d.url })),
};

export const directoryListingPartial: AnalysisRule<'coverage'> = {
  meta: {
    id: 'directory-listing-partial', step: 'engines', severity: 'notice', title: 'A directory lists the site without a followable link or outside the chosen category',
    help: 'The listing earns only part of the directory\'s audience (directory-presence.json): a nofollow/ugc/sponsored link passes nothing to the engines, and a listing in another category is missed by the visitors of the chosen one.',
    fix: 'Ask the directory for a plain link in the chosen category.',
  },
  check: ({ coverage: cov }) =>
    cov.directories
      .filter((d) => !['absent', 'listed', 'unknown'].includes(listingState(d)))
      .map((d) => item('directory-listing-partial', { directory: d.name, otherCategory: !!d.foundElsewhere, rel: d.followable === false ? String(d.rel) : null, ...listingCost(cov, d.url) }, { url: d.foundElsewhere ?? d.url })),
};

/** Points lost below this print as 0.0: not worth an action. */
const MIN_POINTS = 0.05;

export const engineMissesJsContent: AnalysisRule<'coverage' | 'snapshot'> = {
  meta: {
    id: 'engine-misses-js-content', step: 'engines', severity: 'warning', title: 'Engines that do not render JavaScript miss content that needs it',
    help: 'Some pages have their text or H1 only once scripts run. Engines whose documentation does not say they render (src/data/engines.json, "javascript") are taken to index the HTML as served, so those pages reach their users without their content. The points are the audience-weighted coverage this costs.',
    fix: 'Serve the content in the HTML (server-side rendering, static generation or prerendering) so every engine indexes it.',
  },
  check: ({ coverage: cov, snapshot }) => {
    const lostTo = javascriptPointsLost(cov);
    return cov.engines
      .filter((e) => e.javascript && e.javascript.pagesNeedingJs > 0 && e.javascript.sees === 'raw' && (lostTo.get(e.engine) ?? 0) >= MIN_POINTS)
      .map((e) =>
        item(
          'engine-misses-js-content',
          { engine: e.engine, name: e.name, renders: String(e.javascript!.renders), pagesNeedingJs: e.javascript!.pagesNeedingJs, crawlablePages: e.javascript!.crawlablePages, pointsLost: round1(lostTo.get(e.engine)!) },
          { url: snapshot.homeUrl },
        ),
      );
  },
};
