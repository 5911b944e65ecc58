/** Findings drawn from the coverage analysis, with stable ids like the rules'. */
import type { Finding, RuleMeta } from '../../rules/types.js';
import { findingFrom, metaById } from '../../rules/finding.js';
import type { CoverageResult } from './coverage.js';
import { listingState } from './market-coverage.js';
import { item } from '../../rules/evidence.js';

export const COVERAGE_FINDINGS = [
  {
    id: 'engine-bot-blocked', step: 'engines', severity: 'critical', title: 'An engine\'s crawler cannot reach the home page',
    help: 'robots.txt (or an error) keeps this engine\'s bot from the home page: the site is all but absent from that engine and its audience is lost.',
    fix: 'Allow the engine\'s bot in robots.txt, unless excluding that engine is a deliberate choice.',
  },
  {
    id: 'indexnow-key-missing', step: 'engines', severity: 'notice', title: 'No valid IndexNow key for engines that use it',
    help: 'Bing, Yandex, Seznam and Naver accept IndexNow pings: new and changed pages reach their index within minutes instead of at the next crawl.',
    fix: 'Create an IndexNow key, publish <key>.txt at the site root and set "indexNowKey" in the config.',
  },
  {
    id: 'directory-link-missing', step: 'engines', severity: 'warning', title: 'A chosen directory does not list the site',
    help: 'The directory page configured for the site has no link to it. With an audience share in the config, that share of the market\'s search audience is lost: a missing listing in a 20 % directory costs 20 coverage points.',
    fix: 'Submit the site to that directory category, with the prepared title and description.',
  },
  {
    id: 'directory-listing-partial', step: 'engines', severity: 'notice', title: 'A directory lists the site without a followable link or outside the chosen category',
    help: 'The listing earns only part of the directory\'s audience (directory-presence.json): a nofollow/ugc/sponsored link passes nothing to the engines, and a listing in another category is missed by the visitors of the chosen one.',
    fix: 'Ask the directory for a plain link in the chosen category.',
  },
] as const satisfies readonly RuleMeta[];

export type CoverageFindingId = (typeof COVERAGE_FINDINGS)[number]['id'];

/** Points as the report shows them (one decimal). */
const round1 = (x: number) => Math.round(x * 10) / 10;

const finding = (id: CoverageFindingId, evidence: Finding['evidence']): Finding => findingFrom(metaById(COVERAGE_FINDINGS, id), evidence);

export function coverageFindings(cov: CoverageResult, homeUrl: string): Finding[] {
  const out: Finding[] = [];
  const lost = (engine: string) => Math.max(0, ...cov.markets.map((m) => m.lost[engine] ?? 0));
  const audience = (engine: string) => Math.max(0, ...cov.markets.map((m) => m.shares[engine] ?? 0));
  const blocked = cov.engines.filter((e) => !e.homeReachable && audience(e.engine) > 0);
  if (blocked.length) out.push(finding('engine-bot-blocked', blocked.map((e) => item('engine-bot-blocked', { engine: e.engine, name: e.name, bot: e.bot ?? null, pointsLost: round1(lost(e.engine)) }, { url: homeUrl }))));
  // Missing verification tags are one finding, verification-missing (submission step); the
  // engine-reachability table's Verified column shows which engines and audience that leaves out.
  const noIndexNow = cov.engines.filter((e) => e.indexNow === false && audience(e.engine) > 0);
  if (noIndexNow.length) out.push(finding('indexnow-key-missing', [item('indexnow-key-missing', { engines: noIndexNow.map((e) => e.name) }, { url: homeUrl })]));
  // What a directory's listing costs, market by market (no market: no share configured, not counted).
  const cost = (url: string) => {
    const rows = cov.markets.flatMap((m) => m.directories.filter((d) => d.url === url).map((d) => ({ m: m.market, d })));
    return { markets: rows.map((r) => r.m), pointsLost: rows.map((r) => round1(r.d.lost)), shares: rows.map((r) => round1(r.d.share)), shareSources: rows.map((r) => r.d.shareSource) };
  };
  // A directory whose page was not read is unknown, not missing: step 3 says so in a note.
  const missing = cov.directories.filter((d) => listingState(d) === 'absent');
  if (missing.length) out.push(finding('directory-link-missing', missing.map((d) => item('directory-link-missing', { directory: d.name, listedSites: d.listingSize, error: d.error ?? null, ...cost(d.url) }, { url: d.url }))));
  const partial = cov.directories.filter((d) => !['absent', 'listed', 'unknown'].includes(listingState(d)));
  if (partial.length) out.push(finding('directory-listing-partial', partial.map((d) => item('directory-listing-partial', { directory: d.name, otherCategory: !!d.foundElsewhere, rel: d.followable === false ? String(d.rel) : null, ...cost(d.url) }, { url: d.foundElsewhere ?? d.url }))));
  return out;
}
