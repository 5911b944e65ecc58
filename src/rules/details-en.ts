/**
 * Each finding item's detail in English, worded from its facts (src/rules/facts.ts): one template a
 * rule. `null` for a rule whose items say nothing beyond their URL. The report's JSON keeps this
 * English detail beside the facts; src/i18n/details-fr.ts words the same facts in French.
 */
import type { FactsOf, FindingId } from './facts.js';

export type DetailTemplates = { [Id in FindingId]: ((f: FactsOf<Id>) => string) | null };

const s = (n: number) => (n === 1 ? '' : 's');
const quoted = (xs: string[]) => xs.map((t) => `"${t}"`).join(', ');
const duplicate = (f: { value: string; pages: number }) => `"${f.value}" on ${f.pages} pages`;
const directoryCost = (f: { markets: string[]; pointsLost: number[]; shares: number[]; shareSources: string[] }) =>
  f.markets.length
    ? f.markets.map((m, i) => `costs ${f.pointsLost[i]!.toFixed(1)} points in ${m} (share ${f.shares[i]!.toFixed(1)} %, source: ${f.shareSources[i]})`).join('; ')
    : 'no audience share configured, not counted in coverage';

/** The words of a script-shell page (src/site/script-shell.ts says which raw pages are shells). */
function shell(f: FactsOf<'js-content-shell'>): string {
  const words = `${f.words} word${s(f.words)}`;
  const why = [f.emptyAppRoot ? `empty app root ${f.appRoot}` : '', f.emptyMain ? 'empty <main>, no <h1>' : '', f.fewWords ? words : ''].filter(Boolean);
  const seen = [words, ...(f.hasH1 ? [] : ['no <h1>']), ...(f.appRoot ? [`app root ${f.appRoot}`] : []), `${f.bundles} script bundle${s(f.bundles)}`, ...(f.hydration.length ? [`hydration: ${f.hydration.join(', ')}`] : [])];
  return `${why.join('; ')} (${seen.filter((x) => !why.some((w) => w.includes(x))).join(', ')})`;
}

function renderedOnly(f: FactsOf<'js-rendered-content'>): string {
  const parts = [
    f.h1Added ? 'the H1' : '',
    f.wordsAdded ? `${f.wordsAdded} of ${f.words} words (raw HTML: ${f.rawWords})` : '',
    f.linksAdded ? `${f.linksAdded} internal link${s(f.linksAdded)}` : '',
  ].filter(Boolean);
  return `only after rendering: ${parts.join(', ')}`;
}

export const EN_DETAILS: DetailTemplates = {
  'page-4xx': (f) => `HTTP ${f.status}, found via ${f.source}`,
  'page-5xx': (f) => `HTTP ${f.status}`,
  'fetch-failed': (f) => `${f.code}: ${f.message}`,
  'body-truncated': (f) => `${f.bytes} bytes kept${f.reason ? ` (${f.reason})` : ''}`,
  'slow-response': (f) => `${f.ms} ms`,
  'redirect-chain': (f) => `${f.hops} hops to ${f.target}`,
  'redirect-loop': (f) => (f.loop ? (f.target ? `redirect loop back to ${f.target}` : 'redirect loop') : f.limit !== null ? `more than ${f.limit} redirects` : 'too many redirects'),
  'meta-refresh-redirect': (f) => `meta refresh to ${f.target}${f.linkedFrom ? `, linked from ${f.linkedFrom} page${s(f.linkedFrom)}` : ''}`,
  'title-missing': null,
  'title-duplicate': duplicate,
  'title-too-long': (f) => `${f.characters} characters`,
  'title-too-short': (f) => `"${f.title}"`,
  'meta-description-missing': null,
  'meta-description-duplicate': duplicate,
  'h1-missing': null,
  'h1-multiple': (f) => quoted(f.h1s),
  'head-closed-early': (f) => `ignored: ${f.ignored.join(', ') || '</head> after body content'}`,
  'image-alt-missing': (f) => `${f.missingAlt} of ${f.images} images`,
  'lang-missing': null,
  'lang-contradicts-text': (f) => `lang="${f.declared}", text reads as ${f.detected}`,
  'thin-content': (f) => `${f.words} words`,
  'page-too-deep': (f) => `depth ${f.depth}`,
  'orphan-page': null,
  'canonical-to-non-200': (f) => `canonical ${f.canonical}: ${f.status === null ? (f.error ?? 'not fetched') : f.redirect !== null ? `redirects (${f.redirect})` : `HTTP ${f.status}`}`,
  'canonical-multiple': (f) => `${f.canonicals} canonicals`,
  'canonical-off-host': (f) => `canonical on host ${f.host} (${f.pagesOnHost} pages${f.localAudit ? '; audited at a local address: right if that is the published host' : ''}): ${f.canonical}`,
  'canonical-relative': (f) => `resolved to ${f.canonical}`,
  'hreflang-invalid': (f) => (f.problem === 'bad-code' ? `bad code "${f.code}"` : `${f.code} → ${f.target} has no return link`),
  'internal-link-broken': (f) => `HTTP ${f.status}, linked from ${f.linkedFrom} ${f.linkedFrom === 1 ? 'page' : 'pages'}`,
  'internal-link-redirect': (f) => `${f.metaRefresh ? 'meta refresh' : 'redirects'} to ${f.target}, linked from ${f.linkedFrom} page${s(f.linkedFrom)}`,
  'link-not-crawlable': (f) => `${f.links} link${s(f.links)}: ${f.examples.join(', ')}`,
  'resource-broken': (f) => `${f.kind}, HTTP ${f.status}, used on ${f.usedOn} page${s(f.usedOn)}`,
  'near-duplicate-pages': (f) => `cluster of ${f.cluster} pages`,
  'doorway-pages': (f) => `"${f.title}" (${f.words} words)`,
  'robots-txt-missing': (f) => `HTTP ${f.status}`,
  'robots-txt-unreachable': (f) => (f.status === null ? (f.error ?? 'no answer') : `HTTP ${f.status}`),
  'robots-txt-malformed': (f) => `${f.problems} problem${s(f.problems)}`,
  'robots-txt-html': null,
  'robots-blocks-bot': (f) => `${f.bot}: ${f.pages} indexable pages disallowed`,
  'robots-txt-below-root': (f) =>
    `${f.sitemaps.length ? `declares Sitemap: ${f.sitemaps.join(', ')}` : 'declares no sitemap'}; /robots.txt: ${!f.rootRead ? 'not read' : f.rootStatus === null ? 'no answer' : `HTTP ${f.rootStatus}`}`,
  'sitemap-missing': () => 'no sitemap',
  'sitemap-invalid': (f) => f.problem ?? f.error ?? (f.status ? `HTTP ${f.status}` : 'unreachable'),
  'sitemap-loc-invalid': (f) => {
    const parts = [f.relative ? `${f.relative} relative <loc>${s(f.relative)}` : '', f.otherHost ? `${f.otherHost} <loc>${s(f.otherHost)} on another host${f.localAudit ? ' (audited at a local address: right if that is the published host)' : ''}` : ''];
    return `${parts.filter(Boolean).join(', ')}, left out; e.g. ${f.examples.slice(0, 3).join(', ')}`;
  },
  'sitemap-over-limit': (f) => f.problems.join('; '),
  'sitemap-url-noindex': null,
  'sitemap-url-non-200': (f) => (f.redirectsTo ? `redirects to ${f.redirectsTo}` : f.status === null ? (f.error ?? 'no answer') : `HTTP ${f.status}`),
  'sitemap-url-blocked': (f) => `blocked for ${f.bots.join(', ')}`,
  'sitemap-not-in-robots': () => 'no Sitemap: line',
  'indexable-not-in-sitemap': null,
  'description-ready': (f) => `${f.characters} characters`,
  'verification-missing': (f) => f.tools.map((t, i) => `${t}: no <meta name="${f.metas[i]}">`).join('; '),
  'indexnow-key-invalid': (f) => (f.contentDiffers ? 'content differs from the key' : `HTTP ${f.status ?? 'no answer'}`),
  'meta-keywords-present': (f) => f.keywords,
  'sitemap-url-beyond-max-depth': (f) => `not fetched (--max-depth ${f.maxDepth ?? ''})`,
  'js-content-shell': shell,
  'js-rendered-content': renderedOnly,
  'js-canonical-changed': (f) => `raw: ${f.raw ?? 'none'} → rendered: ${f.rendered ?? 'none'}`,
  'js-noindex-changed': (f) => {
    const who = f.robots.length ? f.robots.join(', ') : 'all robots';
    return f.added ? `noindex added by script (${who})` : `noindex removed by script (${who}): the served HTML says noindex`;
  },
  'js-head-changed': (f) =>
    [f.titleChanged ? `title "${f.rawTitle ?? ''}" → "${f.title ?? ''}"` : '', f.description === 'added' ? 'description only after rendering' : f.description === 'changed' ? 'description changed by script' : '']
      .filter(Boolean)
      .join('; '),
  'render-failed': (f) => f.error ?? 'failed',
  'engine-bot-blocked': (f) => `${f.name} (${f.bot ?? 'no bot'}): up to ${f.pointsLost.toFixed(1)} coverage points lost`,
  'indexnow-key-missing': (f) => f.engines.join(', '),
  'directory-link-missing': (f) => `${f.directory}: no link among ${f.listedSites} listed sites${f.error ? ` (${f.error})` : ''}; ${directoryCost(f)}`,
  'directory-listing-partial': (f) =>
    `${f.directory}: ${f.otherCategory ? 'in another category' : ''}${f.otherCategory && f.rel !== null ? ', ' : ''}${f.rel !== null ? `rel="${f.rel}"` : ''}; ${directoryCost(f)}`,
  'engine-misses-js-content': (f) => `${f.name} (renders: ${f.renders}): ${f.pagesNeedingJs} of ${f.crawlablePages} pages need JavaScript, ${f.pointsLost.toFixed(1)} coverage points lost`,
  'keyword-cannibalisation': (f) => `"${f.keyword}": ${f.score} vs ${f.competingScores.join(', ')}`,
  'keyword-gap': (f) => `"${f.keyword}": best ${f.score}/100`,
  'keyword-not-on-site': (f) =>
    f.closestPage ? `"${f.keyword}": absent; the closest page holds only ${quoted(f.matched) || 'none of its words'}` : `"${f.keyword}": absent; no page holds any of its words`,
  'keyword-landing-mismatch': (f) => `"${f.keyword}" ranks on ${f.engine} with this page (${f.rankingScore}/100); best is ${f.bestUrl} (${f.bestScore}/100)`,
  'query-without-page': (f) => `"${f.query}": ${f.impressions ?? '?'} impressions, best page ${f.score}/100`,
  'competitor-more-relevant': (f) => `"${f.keyword}": ${f.competitor} vs ${f.notOnSite ? 'absent' : f.site}`,
  'ranking-striking-distance': (f) =>
    `"${f.keyword}" ${f.engine} ${f.market}: #${f.position}, ${f.placesToBreak} place(s) from page ${f.previousPage}` + (f.gainToBreak !== null ? `, +${f.gainToBreak} clicks/month` : ''),
  'ranking-not-ranked': (f) => `"${f.keyword}" on ${f.engine} (${f.market})`,
};
