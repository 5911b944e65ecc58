/**
 * Every rule refaudit runs: over the snapshot (grouped by step), then over the analyses' results.
 * Ids are stable: renaming one breaks users' JSON. test/rules/registry.test.ts holds these lists
 * against the rule modules on disk.
 */
import type { AnalysisRule, Rule, RuleMeta } from './types.js';
import { directoryLinkMissing, directoryListingPartial, engineBotBlocked, engineMissesJsContent, indexNowKeyMissing } from './analyses/coverage.js';
import { competitorMoreRelevant, keywordCannibalisation, keywordGap, keywordLandingMismatch, keywordNotOnSite, queryWithoutPage } from './analyses/relevance.js';
import { rankingNotRanked, rankingStrikingDistance } from './analyses/ranking.js';
import { page4xx } from './content/page-4xx.js';
import { page5xx } from './content/page-5xx.js';
import { fetchFailed } from './content/fetch-failed.js';
import { bodyTruncated } from './content/body-truncated.js';
import { slowResponse } from './content/slow-response.js';
import { redirectChain } from './content/redirect-chain.js';
import { redirectLoop } from './content/redirect-loop.js';
import { metaRefreshRedirect } from './content/meta-refresh-redirect.js';
import { titleMissing } from './content/title-missing.js';
import { titleDuplicate } from './content/title-duplicate.js';
import { titleTooLong } from './content/title-too-long.js';
import { titleTooShort } from './content/title-too-short.js';
import { descriptionMissing } from './content/meta-description-missing.js';
import { descriptionDuplicate } from './content/meta-description-duplicate.js';
import { h1Missing } from './content/h1-missing.js';
import { h1Multiple } from './content/h1-multiple.js';
import { thinContent } from './content/thin-content.js';
import { langMissing } from './content/lang-missing.js';
import { langContradictsText } from './content/lang-contradicts-text.js';
import { imageAltMissing } from './content/image-alt-missing.js';
import { headClosedEarly } from './content/head-closed-early.js';
import { pageTooDeep } from './content/page-too-deep.js';
import { orphanPage } from './content/orphan-page.js';
import { internalLinkBroken } from './content/internal-link-broken.js';
import { internalLinkRedirect } from './content/internal-link-redirect.js';
import { linkNotCrawlable } from './content/link-not-crawlable.js';
import { resourceBroken } from './content/resource-broken.js';
import { canonicalToNon200 } from './content/canonical-to-non-200.js';
import { canonicalMultiple } from './content/canonical-multiple.js';
import { canonicalOffHost } from './content/canonical-off-host.js';
import { canonicalRelative } from './content/canonical-relative.js';
import { hreflangInvalid } from './content/hreflang-invalid.js';
import { nearDuplicatePages } from './landing-pages/near-duplicate-pages.js';
import { doorwayPages } from './landing-pages/doorway-pages.js';
import { robotsMissing } from './submission/robots-txt-missing.js';
import { robotsUnreachable } from './submission/robots-txt-unreachable.js';
import { robotsMalformed } from './submission/robots-txt-malformed.js';
import { robotsHtml } from './submission/robots-txt-html.js';
import { robotsBlocksBot } from './submission/robots-blocks-bot.js';
import { robotsTxtBelowRoot } from './submission/robots-txt-below-root.js';
import { sitemapMissing } from './submission/sitemap-missing.js';
import { sitemapInvalid } from './submission/sitemap-invalid.js';
import { sitemapLocInvalid } from './submission/sitemap-loc-invalid.js';
import { sitemapOverLimit } from './submission/sitemap-over-limit.js';
import { sitemapUrlNoindex } from './submission/sitemap-url-noindex.js';
import { sitemapUrlNon200 } from './submission/sitemap-url-non-200.js';
import { sitemapUrlBlocked } from './submission/sitemap-url-blocked.js';
import { sitemapNotInRobots } from './submission/sitemap-not-in-robots.js';
import { indexableNotInSitemap } from './submission/indexable-not-in-sitemap.js';
import { descriptionReady } from './submission/description-ready.js';
import { verificationMissing } from './submission/verification-missing.js';
import { indexNowKeyInvalid } from './submission/indexnow-key-invalid.js';
import { metaKeywordsPresent } from './submission/meta-keywords-present.js';
import { jsContentShell } from './javascript/js-content-shell.js';
import { jsRenderedContent } from './javascript/js-rendered-content.js';
import { jsCanonicalChanged } from './javascript/js-canonical-changed.js';
import { jsNoindexChanged } from './javascript/js-noindex-changed.js';
import { jsHeadChanged } from './javascript/js-head-changed.js';
import { renderFailed } from './javascript/render-failed.js';
import { sitemapUrlBeyondMaxDepth } from './submission/sitemap-url-beyond-max-depth.js';

export const ALL_RULES: Rule[] = [
  page4xx, page5xx, fetchFailed, bodyTruncated, slowResponse, redirectChain, redirectLoop, metaRefreshRedirect,
  titleMissing, titleDuplicate, titleTooLong, titleTooShort, descriptionMissing, descriptionDuplicate,
  h1Missing, h1Multiple, headClosedEarly, imageAltMissing, langMissing, langContradictsText, thinContent, pageTooDeep, orphanPage,
  canonicalToNon200, canonicalMultiple, canonicalOffHost, canonicalRelative, hreflangInvalid, internalLinkBroken, internalLinkRedirect, linkNotCrawlable, resourceBroken,
  nearDuplicatePages, doorwayPages,
  robotsMissing, robotsUnreachable, robotsMalformed, robotsHtml, robotsBlocksBot, robotsTxtBelowRoot,
  sitemapMissing, sitemapInvalid, sitemapLocInvalid, sitemapOverLimit, sitemapUrlNoindex, sitemapUrlNon200, sitemapUrlBlocked,
  sitemapNotInRobots, indexableNotInSitemap, descriptionReady, verificationMissing, indexNowKeyInvalid, metaKeywordsPresent,
  jsContentShell, jsRenderedContent, jsCanonicalChanged, jsNoindexChanged, jsHeadChanged, renderFailed,
  sitemapUrlBeyondMaxDepth,
];

export const ANALYSIS_RULES: AnalysisRule[] = [
  engineBotBlocked, indexNowKeyMissing, directoryLinkMissing, directoryListingPartial, engineMissesJsContent,
  keywordCannibalisation, keywordGap, keywordNotOnSite, keywordLandingMismatch, queryWithoutPage, competitorMoreRelevant,
  rankingStrikingDistance, rankingNotRanked,
];

/** Every check refaudit knows, rules over the snapshot first then those over the analyses. */
export function allRuleMetas(): RuleMeta[] {
  return [...ALL_RULES, ...ANALYSIS_RULES].map((r) => r.meta);
}
