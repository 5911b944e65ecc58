/** Rules over the relevance analysis (steps 2, keywords, and 5, landing pages). */
import type { RelevanceResult } from '../../analyze/relevance/relevance.js';
import type { AnalysisRule } from '../types.js';
import { item } from '../evidence.js';

/** A keyword's best score for comparisons: 0 when no page holds all its words. */
const siteBest = (k: RelevanceResult['keywords'][number]) => (k.notOnSite ? 0 : (k.best?.score ?? 0));

export const keywordCannibalisation: AnalysisRule<'relevance'> = {
  meta: {
    id: 'keyword-cannibalisation', step: 'landing-pages', severity: 'warning', title: 'Several pages compete for one keyword',
    help: 'Two or more pages that hold every word of the keyword score within 15 % of each other on it (unrounded BM25F scores): engines hesitate between them and neither ranks as well as one strong page would.',
    fix: 'Pick one landing page for the keyword; re-focus or merge the others and link them to it.',
  },
  check: ({ relevance: rel }) =>
    rel.keywords.filter((k) => k.cannibals.length).map((k) => item('keyword-cannibalisation', { keyword: k.keyword.keyword, score: k.best!.score, competing: k.cannibals.length, competingScores: k.cannibals.map((c) => c.score) }, { url: k.best!.url, related: k.cannibals.map((c) => c.url) })),
};

export const keywordGap: AnalysisRule<'relevance'> = {
  meta: {
    id: 'keyword-gap', step: 'keywords', severity: 'warning', title: 'No page is strong on a target keyword',
    help: 'No page that holds every word of the keyword scores 15/100 or more (the gap threshold of the relevance model; a page naming the keyword in its title, H1 and URL scores 20–50, a page only mentioning it in its text under 10): nothing on the site is a credible answer for the keyword.',
    fix: 'Create a dedicated landing page, or work the keyword into the title, H1 and body of the closest page.',
  },
  check: ({ relevance: rel }) =>
    rel.keywords.filter((k) => k.gap && !k.notOnSite).map((k) => item('keyword-gap', { keyword: k.keyword.keyword, score: k.best?.score ?? 0 }, k.best ? { url: k.best.url } : {})),
};

export const keywordNotOnSite: AnalysisRule<'relevance'> = {
  meta: {
    id: 'keyword-not-on-site', step: 'keywords', severity: 'warning', title: 'Target keyword the site never says',
    help: 'No indexable page that answers 200 holds every significant word of the keyword (stop words aside) in any field; the page holding most of them is named with the words it holds.',
    fix: 'Write about it, or drop it from the targets if the site does not offer it.',
  },
  check: ({ relevance: rel }) =>
    rel.keywords.filter((k) => k.notOnSite).map((k) => item('keyword-not-on-site', { keyword: k.keyword.keyword, matched: [...(k.best?.matched ?? [])], closestPage: !!k.best }, k.best ? { url: k.best.url } : {})),
};

export const keywordLandingMismatch: AnalysisRule<'relevance'> = {
  meta: {
    id: 'keyword-landing-mismatch', step: 'landing-pages', severity: 'notice', title: 'The ranking page is not the best landing page',
    help: 'Per the imported rankings, engines rank a page that scores clearly lower (below 85 % of the best page\'s score) than the one refaudit finds most relevant. A ranking page close to the best is not reported here.',
    fix: 'Strengthen internal links (with the keyword as anchor) to the intended page, or accept the ranking page and optimise it.',
  },
  check: ({ relevance: rel }) =>
    rel.keywords.filter((k) => k.mismatch).map((k) => item('keyword-landing-mismatch', { keyword: k.keyword.keyword, engine: k.mismatch!.engine, rankingScore: k.mismatch!.rankingScore, bestUrl: k.best!.url, bestScore: k.best!.score }, { url: k.mismatch!.rankingUrl, related: [k.best!.url] })),
};

export const queryWithoutPage: AnalysisRule<'relevance'> = {
  meta: {
    id: 'query-without-page', step: 'keywords', severity: 'notice', title: 'Visitors\' queries with no strong page',
    help: 'These queries already bring impressions (Search Console) but no page is strong on them: content opportunities.',
    fix: 'Add or extend a page for the most frequent of these queries.',
  },
  check: ({ relevance: rel }) => rel.queriesWithoutPage.map((q) => item('query-without-page', { query: q.query, impressions: q.impressions ?? null, score: q.bestScore })),
};

export const competitorMoreRelevant: AnalysisRule<'relevance'> = {
  meta: {
    id: 'competitor-more-relevant', step: 'keywords', severity: 'notice', title: 'A competitor is clearly more relevant on a keyword',
    help: 'A competitor\'s best page scores 20 points or more above the site\'s best page on the same keyword, with the same model.',
    fix: 'Study the competitor\'s page (fields matched, depth of content) and strengthen yours.',
  },
  check: ({ relevance: rel }) => {
    const margin = rel.weights.competitorMargin;
    return rel.competitors.flatMap((c) => rel.keywords.filter((k) => (c.best[k.keyword.keyword] ?? 0) - siteBest(k) >= margin).map((k) => item('competitor-more-relevant', { keyword: k.keyword.keyword, competitor: c.best[k.keyword.keyword] ?? 0, site: siteBest(k), notOnSite: k.notOnSite }, { url: c.url })));
  },
};
