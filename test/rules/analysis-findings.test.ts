/**
 * A passing and a failing case for each rule over the analyses (coverage, JavaScript coverage,
 * relevance, ranking), with the evidence each failing case must carry: URL, detail and related URLs.
 * The analysis results are built by hand, so each case shows the one fact that raises the finding.
 */
import type { CoverageResult, EngineCoverage } from '../../src/analyze/coverage/coverage.js';
import type { DirectoryCheck } from '../../src/analyze/coverage/directories.js';
import type { MarketCoverage } from '../../src/analyze/coverage/market-coverage.js';
import type { RankingResult } from '../../src/analyze/ranking/ranking.js';
import type { KeywordRelevance, RelevanceResult } from '../../src/analyze/relevance/relevance.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { directoryLinkMissing, directoryListingPartial, engineBotBlocked, engineMissesJsContent, indexNowKeyMissing } from '../../src/rules/analyses/coverage.js';
import { rankingNotRanked, rankingStrikingDistance } from '../../src/rules/analyses/ranking.js';
import { competitorMoreRelevant, keywordCannibalisation, keywordGap, keywordLandingMismatch, keywordNotOnSite, queryWithoutPage } from '../../src/rules/analyses/relevance.js';
import { makeSnapshot } from '../support/make-snapshot.js';
import { testAnalysisRule } from './tester.js';

const U = (p: string) => `https://ex.test${p}`;
const HOME = U('/');
const DIR = 'https://annuaire.test/voyage/';

// Coverage: one market where Bing holds 10 % of the audience.
const engine = (over: Partial<EngineCoverage>): EngineCoverage => ({
  engine: 'bing', name: 'Bing', bot: 'bingbot', homeReachable: true, crawlableShare: 1, sitemap: true, verified: true, indexNow: true,
  observedShare: null, observed: null, provider: null, indexable: 10, reachability: 1, ...over,
});
const market = (over: Partial<MarketCoverage> = {}): MarketCoverage => ({
  market: 'fr-FR', dataMarket: 'FR', score: 90, shares: { bing: 10 }, lost: { bing: 10 }, directories: [], unknownShare: 0, ...over,
});
const directory = (over: Partial<DirectoryCheck>): DirectoryCheck => ({
  name: 'Annuaire', url: DIR, category: 'voyage', status: 200, error: null, listed: true, anchor: 'Voyages', rel: null, alphaRank: 3,
  listingSize: 12, read: true, followable: true, foundElsewhere: null, share: 20, shareSource: 'config', ...over,
});
const coverage = (over: Partial<CoverageResult>): CoverageResult => ({
  engines: [engine({})], markets: [market()], score: 90, costliest: null, costliestDirectory: null, directories: [], ...over,
});
const withDirectory = (d: DirectoryCheck) => coverage({
  directories: [d],
  markets: [market({ directories: [{ name: d.name, url: d.url, share: 20, shareSource: 'config', state: 'absent', presence: 0, lost: 20 }] })],
});
const snapshot = { ...makeSnapshot([]), homeUrl: HOME };
const onCoverage = (cov: CoverageResult) => ({ coverage: cov, snapshot });

testAnalysisRule(engineBotBlocked, {
  valid: [
    { name: 'home page reachable', context: onCoverage(coverage({})) },
    { name: 'blocked for an engine with no audience in the markets', context: onCoverage(coverage({ engines: [engine({ homeReachable: false })], markets: [market({ shares: { bing: 0 }, lost: { bing: 0 } })] })) },
  ],
  invalid: [{ name: 'Bingbot kept from the home page', context: onCoverage(coverage({ engines: [engine({ homeReachable: false })] })), expect: [{ url: HOME, detail: 'Bing (bingbot): up to 10.0 coverage points lost' }] }],
});
testAnalysisRule(indexNowKeyMissing, {
  valid: [
    { name: 'valid key', context: onCoverage(coverage({})) },
    { name: 'an engine that does not use IndexNow', context: onCoverage(coverage({ engines: [engine({ indexNow: null })] })) },
  ],
  invalid: [{ name: 'no key for Bing', context: onCoverage(coverage({ engines: [engine({ indexNow: false })] })), expect: [{ url: HOME, detail: 'Bing' }] }],
});
testAnalysisRule(directoryLinkMissing, {
  valid: [
    { name: 'listed', context: onCoverage(withDirectory(directory({}))) },
    { name: 'page not read: unknown, not missing', context: onCoverage(withDirectory(directory({ read: false, listed: false, status: null, error: 'timeout' }))) },
  ],
  invalid: [{
    name: 'no link on the category page',
    context: onCoverage(withDirectory(directory({ listed: false, anchor: null, alphaRank: null, followable: null }))),
    expect: [{ url: DIR, detail: 'Annuaire: no link among 12 listed sites; costs 20.0 points in fr-FR (share 20.0 %, source: config)' }],
  }],
});
testAnalysisRule(directoryListingPartial, {
  valid: [{ name: 'a followable link in the category', context: onCoverage(withDirectory(directory({}))) }],
  invalid: [
    { name: 'a nofollow link', context: onCoverage(withDirectory(directory({ followable: false, rel: 'nofollow' }))), expect: [{ url: DIR, detail: 'Annuaire: rel="nofollow"; costs 20.0 points in fr-FR (share 20.0 %, source: config)' }] },
    {
      name: 'listed in another category',
      context: onCoverage(withDirectory(directory({ listed: false, foundElsewhere: 'https://annuaire.test/hotels/' }))),
      expect: [{ url: 'https://annuaire.test/hotels/', detail: 'Annuaire: in another category; costs 20.0 points in fr-FR (share 20.0 %, source: config)' }],
    },
  ],
});

// JavaScript coverage: Bing, the only engine with a share here, taken to index the served HTML where 4 of
// 10 pages have no content: 100 × 10 ÷ 10 (its share of the engines) × (1 − 0.6) = 40 points.
const js = (pagesNeedingJs: number) => coverage({
  engines: [engine({ reachability: 0.6, javascript: { renders: 'partial', sees: 'raw', pagesNeedingJs, crawlablePages: 10, factor: (10 - pagesNeedingJs) / 10 } as EngineCoverage['javascript'] })],
});
testAnalysisRule(engineMissesJsContent, {
  valid: [{ name: 'no page needs JavaScript', context: onCoverage(js(0)) }],
  invalid: [{ name: '4 pages need JavaScript', context: onCoverage(js(4)), expect: [{ url: HOME, detail: 'Bing (renders: partial): 4 of 10 pages need JavaScript, 40.0 coverage points lost' }] }],
});

// Relevance: one keyword, the site's best page for it and what else competes.
const KW: TargetKeyword = { keyword: 'riad fès', priority: 1 } as TargetKeyword;
const page = (path: string, score: number, matched = ['riad', 'fès']) => ({ url: U(path), score, fields: [], matched, absent: false }) as KeywordRelevance['best'] & object;
const kw = (over: Partial<KeywordRelevance>): KeywordRelevance => ({
  keyword: KW, best: page('/a', 40), runnersUp: [], cannibals: [], gap: false, notOnSite: false, mismatch: null, lang: 'fr', ...over,
});
const relevance = (over: Partial<RelevanceResult>): RelevanceResult => ({
  keywords: [kw({})], score: 40, siteTerms: [], sitePhrases: [], untargetedTerms: [], queriesWithoutPage: [], queriesNotScored: { count: 0, budget: 0 }, competitors: [],
  weights: { competitorMargin: 20 } as RelevanceResult['weights'], candidatePages: 3, rejected: [], languages: [], mainLanguage: 'fr', contradictions: [], readings: new Map(),
  ...over,
});

testAnalysisRule(keywordCannibalisation, {
  valid: [{ name: 'one strong page', context: { relevance: relevance({}) } }],
  invalid: [{ name: 'two pages within 15 %', context: { relevance: relevance({ keywords: [kw({ cannibals: [page('/b', 36)] })] }) }, expect: [{ url: U('/a'), detail: '"riad fès": 40 vs 36', related: [U('/b')] }] }],
});
testAnalysisRule(keywordGap, {
  valid: [
    { name: 'a strong page', context: { relevance: relevance({}) } },
    { name: 'a keyword the site never says is keyword-not-on-site\'s', context: { relevance: relevance({ keywords: [kw({ gap: true, notOnSite: true, best: page('/a', 2, ['riad']) })] }) } },
  ],
  invalid: [{ name: 'best page under 15/100', context: { relevance: relevance({ keywords: [kw({ gap: true, best: page('/a', 9) })] }) }, expect: [{ url: U('/a'), detail: '"riad fès": best 9/100' }] }],
});
testAnalysisRule(keywordNotOnSite, {
  valid: [{ name: 'a page holds every word', context: { relevance: relevance({}) } }],
  invalid: [
    { name: 'the closest page holds one word', context: { relevance: relevance({ keywords: [kw({ gap: true, notOnSite: true, best: page('/a', 2, ['riad']) })] }) }, expect: [{ url: U('/a'), detail: '"riad fès": absent; the closest page holds only "riad"' }] },
    { name: 'no page holds any word', context: { relevance: relevance({ keywords: [kw({ gap: true, notOnSite: true, best: null })] }) }, expect: [{ detail: '"riad fès": absent; no page holds any of its words' }] },
  ],
});
testAnalysisRule(keywordLandingMismatch, {
  valid: [{ name: 'the ranking page is the best one', context: { relevance: relevance({}) } }],
  invalid: [{
    name: 'Google ranks a weaker page',
    context: { relevance: relevance({ keywords: [kw({ mismatch: { rankingUrl: U('/b'), rankingScore: 12, engine: 'google' } })] }) },
    expect: [{ url: U('/b'), detail: `"riad fès" ranks on google with this page (12/100); best is ${U('/a')} (40/100)`, related: [U('/a')] }],
  }],
});
testAnalysisRule(queryWithoutPage, {
  valid: [{ name: 'every query has a page', context: { relevance: relevance({}) } }],
  invalid: [{ name: 'a query with impressions and no strong page', context: { relevance: relevance({ queriesWithoutPage: [{ query: 'riad pas cher', impressions: 120, bestScore: 4, bestUrl: null }] }) }, expect: [{ detail: '"riad pas cher": 120 impressions, best page 4/100' }] }],
});
testAnalysisRule(competitorMoreRelevant, {
  valid: [{ name: 'a competitor 15 points ahead (under the 20-point margin)', context: { relevance: relevance({ competitors: [{ url: 'https://rival.test/', pages: 10, best: { 'riad fès': 55 } }] }) } }],
  invalid: [{ name: 'a competitor 20 points ahead', context: { relevance: relevance({ competitors: [{ url: 'https://rival.test/', pages: 10, best: { 'riad fès': 60 } }] }) }, expect: [{ url: 'https://rival.test/', detail: '"riad fès": 60 vs 40' }] }],
});

// Ranking: imported positions, with the page-break arithmetic of src/analyze/ranking/ranking.ts already done.
const ranking = (over: Partial<RankingResult>) => ({ observations: [], strikingDistance: [], ...over }) as unknown as RankingResult;
const striking = { url: U('/a'), keyword: 'riad fès', engine: 'google', market: 'fr-MA', position: 11, page: 2, placesToBreak: 1, gainToBreak: 12.5 };
testAnalysisRule(rankingStrikingDistance, {
  valid: [{ name: 'nothing just past a break', context: { ranking: ranking({}) } }],
  invalid: [{ name: '#11 on a 10-result page', context: { ranking: ranking({ strikingDistance: [striking] as unknown as RankingResult['strikingDistance'] }) }, expect: [{ url: U('/a'), detail: '"riad fès" google fr-MA: #11, 1 place(s) from page 1, +12.5 clicks/month' }] }],
});
const unranked = (keyword: string) => ranking({ observations: [{ keyword, engine: 'bing', market: 'fr-MA', position: null }] as unknown as RankingResult['observations'] });
testAnalysisRule(rankingNotRanked, {
  valid: [{ name: 'a priority-2 keyword not ranked', context: { ranking: unranked('riad marrakech') , keywords: [KW, { keyword: 'riad marrakech', priority: 2 } as TargetKeyword] }}],
  invalid: [{ name: 'a priority-1 keyword not ranked (case aside)', context: { ranking: unranked('Riad Fès'), keywords: [KW, { keyword: 'riad marrakech', priority: 2 } as TargetKeyword] }, expect: [{ detail: '"Riad Fès" on bing (fr-MA)' }] }],
});
