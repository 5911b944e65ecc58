/** Every rule refaudit runs, grouped by step. Ids are stable: renaming one breaks users' JSON. */
import type { Rule } from './types.js';
import { bodyTruncated, fetchFailed, page4xx, page5xx, slowResponse } from './content/status.js';
import { redirectChain, redirectLoop } from './content/redirects.js';
import { descriptionDuplicate, descriptionMissing, titleDuplicate, titleMissing, titleTooLong, titleTooShort } from './content/titles.js';
import { h1Missing, h1Multiple, headClosedEarly, imageAltMissing, langMissing, orphanPage, pageTooDeep, thinContent } from './content/headings.js';
import { canonicalMultiple, canonicalToNon200, hreflangInvalid, internalLinkBroken, internalLinkRedirect } from './content/links.js';
import { doorwayPages, nearDuplicatePages } from './landing-pages/near-duplicates.js';
import { robotsBlocksBot, robotsHtml, robotsMalformed, robotsMissing, robotsUnreachable } from './submission/robots.js';
import {
  descriptionReady, indexableNotInSitemap, sitemapInvalid, sitemapMissing, sitemapNotInRobots, sitemapOverLimit,
  sitemapUrlBlocked, sitemapUrlNoindex, sitemapUrlNon200,
} from './submission/sitemaps.js';
import { indexNowKeyInvalid, metaKeywordsPresent, verificationMissing } from './submission/engines.js';

export const ALL_RULES: Rule[] = [
  page4xx, page5xx, fetchFailed, bodyTruncated, slowResponse, redirectChain, redirectLoop,
  titleMissing, titleDuplicate, titleTooLong, titleTooShort, descriptionMissing, descriptionDuplicate,
  h1Missing, h1Multiple, headClosedEarly, imageAltMissing, langMissing, thinContent, pageTooDeep, orphanPage,
  canonicalToNon200, canonicalMultiple, hreflangInvalid, internalLinkBroken, internalLinkRedirect,
  nearDuplicatePages, doorwayPages,
  robotsMissing, robotsUnreachable, robotsMalformed, robotsHtml, robotsBlocksBot,
  sitemapMissing, sitemapInvalid, sitemapOverLimit, sitemapUrlNoindex, sitemapUrlNon200, sitemapUrlBlocked,
  sitemapNotInRobots, indexableNotInSitemap, descriptionReady, verificationMissing, indexNowKeyInvalid, metaKeywordsPresent,
];
