/** Rules over the coverage analysis (step 3, engines). */
import { javascriptPointsLost } from '../../analyze/coverage/javascript.js';
import { listingState } from '../../analyze/coverage/market-coverage.js';
import type { CoverageResult } from '../../analyze/coverage/coverage.js';
import type { AnalysisRule } from '../types.js';

const lost = (cov: CoverageResult, engine: string) => Math.max(0, ...cov.markets.map((m) => m.lost[engine] ?? 0));
const audience = (cov: CoverageResult, engine: string) => Math.max(0, ...cov.markets.map((m) => m.shares[engine] ?? 0));

/** What a directory's listing costs, market by market: "costs 20.0 points in fr-MA (share 20 %, source: …)". */
function listingCost(cov: CoverageResult, url: string): string {
  const rows = cov.markets.flatMap((m) => m.directories.filter((d) => d.url === url).map((d) => ({ m: m.market, d })));
  if (!rows.length) return 'no audience share configured, not counted in coverage';
  return rows.map(({ m, d }) => `costs ${d.lost.toFixed(1)} points in ${m} (share ${d.share.toFixed(1)} %, source: ${d.shareSource})`).join('; ');
}

export const engineBotBlocked: AnalysisRule<'coverage' | 'snapshot'> = {
  meta: {
    id: 'engine-bot-blocked', step: 'engines', severity: 'critical', title: 'An engine\'s crawler cannot reach the home page',
    help: 'robots.txt (or an error) keeps this engine\'s bot from the home page: the site is all but absent from that engine and its audience is lost.',
    fix: 'Allow the engine\'s bot in robots.txt, unless excluding that engine is a deliberate choice.',
  },
  check: ({ coverage: cov, snapshot }) =>
    cov.engines.filter((e) => !e.homeReachable && audience(cov, e.engine) > 0).map((e) => ({ url: snapshot.homeUrl, detail: `${e.name} (${e.bot ?? 'no bot'}): up to ${lost(cov, e.engine).toFixed(1)} coverage points lost` })),
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
    return engines.length ? [{ url: snapshot.homeUrl, detail: engines.map((e) => e.name).join(', ') }] : [];
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
    cov.directories.filter((d) => listingState(d) === 'absent').map((d) => ({ url: d.url, detail: `${d.name}: no link among ${d.listingSize} listed sites${d.error ? ` (${d.error})` : ''}; ${listingCost(cov, d.url)}` })),
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
      .map((d) => ({ url: d.foundElsewhere ?? d.url, detail: `${d.name}: ${d.foundElsewhere ? 'in another category' : ''}${d.foundElsewhere && d.followable === false ? ', ' : ''}${d.followable === false ? `rel="${d.rel}"` : ''}; ${listingCost(cov, d.url)}` })),
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
      .map((e) => ({
        url: snapshot.homeUrl,
        detail: `${e.name} (renders: ${e.javascript!.renders}): ${e.javascript!.pagesNeedingJs} of ${e.javascript!.crawlablePages} pages need JavaScript, ${lostTo.get(e.engine)!.toFixed(1)} coverage points lost`,
      }));
  },
};
