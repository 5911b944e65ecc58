/** Findings drawn from the coverage analysis, with stable ids like the rules'. */
import type { Finding, RuleMeta } from '../../rules/types.js';
import { findingFrom, metaById } from '../../rules/finding.js';
import type { CoverageResult } from './coverage.js';

export const COVERAGE_FINDINGS: RuleMeta[] = [
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
    help: 'The directory page configured for the site has no link to it.',
    fix: 'Submit the site to that directory category, with the prepared title and description.',
  },
];

const finding = (id: string, evidence: Finding['evidence']): Finding => findingFrom(metaById(COVERAGE_FINDINGS, id), evidence);

export function coverageFindings(cov: CoverageResult, homeUrl: string): Finding[] {
  const out: Finding[] = [];
  const lost = (engine: string) => Math.max(0, ...cov.markets.map((m) => m.lost[engine] ?? 0));
  const audience = (engine: string) => Math.max(0, ...cov.markets.map((m) => m.shares[engine] ?? 0));
  const blocked = cov.engines.filter((e) => !e.homeReachable && audience(e.engine) > 0);
  if (blocked.length) out.push(finding('engine-bot-blocked', blocked.map((e) => ({ url: homeUrl, detail: `${e.name} (${e.bot ?? 'no bot'}): up to ${lost(e.engine).toFixed(1)} coverage points lost` }))));
  // Missing verification tags are one finding, verification-missing (submission step); the
  // engine-reachability table's Verified column shows which engines and audience that leaves out.
  const noIndexNow = cov.engines.filter((e) => e.indexNow === false && audience(e.engine) > 0);
  if (noIndexNow.length) out.push(finding('indexnow-key-missing', [{ url: homeUrl, detail: noIndexNow.map((e) => e.name).join(', ') }]));
  const missing = cov.directories.filter((d) => !d.listed);
  if (missing.length) out.push(finding('directory-link-missing', missing.map((d) => ({ url: d.url, detail: d.error ? `${d.name}: ${d.error}` : `${d.name}: no link among ${d.listingSize} listed sites` }))));
  return out;
}
