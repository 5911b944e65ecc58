/**
 * One streaming pass over an HTML page with htmlparser2's tokenizer callbacks (no DOM: a DOM costs
 * several times the parse), collecting every fact of HtmlFacts.
 *
 * Where it matters to search engines the pass follows the HTML parsing spec's "in head" rules: a
 * start tag not allowed in <head>, or non-blank text, ends the head, and head-only tags after that
 * point (meta robots, canonical) are ignored, as browsers and Google ignore them.
 */
import { Parser } from 'htmlparser2';
import { packHeadings, packLinks, packText } from '../../site/text-store.js';
import type { Heading, HtmlFacts, LinkRecord, UncrawlableLinks } from '../../site/types.js';
import { MAX_BODY_TOKENS, MAX_HEADINGS, MAX_LISTED_IMAGES, MAX_PAGE_RESOURCES, MAX_UNCRAWLABLE_EXAMPLES } from '../../site/types.js';
import { parseRefreshContent, type RawRefresh } from './meta-refresh.js';
import { scanTokens } from '../../text/normalize.js';
import { normalizeUrl } from '../url.js';
import { parseMetaRobots } from './robots-directives.js';
import { jsonLdTypes } from './structured-data.js';
import { simhash64 } from '../../text/simhash.js';
import { makeLinkResolver, type LinkResolver } from './link-resolver.js';
import { decodingEntities } from './entities.js';
import { ScriptSignalTracker } from './script-signals.js';

/** The fingerprint covers the tokens the snapshot keeps: enough to tell pages apart, and bounded cost. */
const SIMHASH_TOKENS = MAX_BODY_TOKENS;

export interface ExtractOptions {
  pageUrl: string;
  isInternal(url: string): boolean;
  stripTracking: boolean;
  botTokens: string[];
  intern?: (s: string) => string;
  /**
   * How texts are packed (default: deflated, src/site/text-store.ts). A parsing thread passes them
   * through unpacked and the main thread, which has time to spare, packs them (parse/pool.ts).
   */
  pack?: (text: string) => string;
  /** Resolves hrefs (default: each one anew); a parser of many pages passes one that remembers. */
  resolveLink?: LinkResolver;
}

const HEAD_TAGS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title', 'head', 'html']);
const HIDDEN_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'title', 'textarea', 'select']);
const INLINE = new Set(['a', 'span', 'b', 'i', 'em', 'strong', 'small', 'abbr', 'code', 'sub', 'sup', 'mark', 'u', 's', 'q', 'cite', 'time', 'label', 'font', 'bdi', 'bdo', 'kbd', 'var', 'dfn', 'data']);
const VERIFICATION = new Set([
  'google-site-verification',
  'msvalidate.01',
  'yandex-verification',
  'baidu-site-verification',
  'p:domain_verify',
  'facebook-domain-verification',
  'seznam-wmt',
  'naver-site-verification',
]);

type ResourceKind = 'i' | 's' | 'j';

/**
 * Each resource's kind-prefixed string, by resolved URL, built and interned once for the thread:
 * a template's images and scripts come back on every page, and the resolver hands back the same
 * URL string for the same href (a bound keeps the memory of a huge site in check).
 */
const KIND_URL: Record<ResourceKind, Map<string, string>> = { i: new Map(), s: new Map(), j: new Map() };
const KIND_URL_MAX = 50_000;

function kindUrl(kind: ResourceKind, url: string, intern: (s: string) => string): string {
  const m = KIND_URL[kind];
  let v = m.get(url);
  if (v === undefined) {
    if (m.size >= KIND_URL_MAX) m.clear();
    v = intern(kind + url);
    m.set(url, v);
  }
  return v;
}

/**
 * The site's own resources among a page's src/href values, each prefixed by its kind's letter
 * (i image, s stylesheet, j script), resolved with the page's link resolver (remembered answers:
 * a site's pages share their template's files) and interned with the prefix kept.
 */
function siteResources(hrefs: string[], kinds: ResourceKind[], base: string, resolveLink: LinkResolver, intern: (s: string) => string): string[] {
  if (!hrefs.length) return [];
  const out = new Set<string>();
  for (let k = 0; k < hrefs.length; k++) {
    const h = hrefs[k]!;
    if (h.startsWith('data:')) continue;
    const r = resolveLink(h, base);
    if (r && r.internal) out.add(kindUrl(kinds[k]!, r.url, intern));
  }
  return [...out];
}

/**
 * An element that says it is a control (a button, a menu toggle), not a way to another page: an
 * empty href on it is not a link engines miss.
 */
function declaresControl(attrs: Record<string, string>): boolean {
  return attrs.role === 'button' || attrs['aria-haspopup'] !== undefined || attrs['data-toggle'] !== undefined || attrs['data-bs-toggle'] !== undefined;
}

/**
 * Strings the parser hands over are slices of the whole page; storing one would keep the page's
 * HTML alive. Concatenating then slicing forces V8 to copy just the characters we keep.
 */
const flat = (s: string) => (s.length ? (' ' + s).slice(1) : s);
const collapse = (s: string) => flat(s.replace(/\s+/g, ' ').trim());
const MAX_HEADING_CHARS = 200;
/** A scheme and "//": Google asks for absolute canonicals; "/page", "page" and "//host/page" are not. */
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAX_H1_KEPT = 10;

export function extractHtml(html: string, opts: ExtractOptions): HtmlFacts {
  const intern = opts.intern ?? flat;
  const pack = opts.pack ?? packText;
  const resolveLink = opts.resolveLink ?? makeLinkResolver(opts);
  let headState: 'in-head' | 'after-head' = 'in-head';
  let headEndedByIntrusion = false;
  let sawHeadEndAfterIntrusion = false;
  const ignoredHeadTags: string[] = [];

  let title: string | null = null;
  let titleCount = 0;
  let titleBuf: string[] | null = null;
  let description: string | null = null;
  let descriptionCount = 0;
  let keywords: string | null = null;
  const robotsMetas: { name: string; content: string }[] = [];
  let canonicalRaw: string | null = null;
  let canonicalCount = 0;
  const hreflangRaw: { lang: string; href: string }[] = [];
  let lang: string | null = null;
  let baseHref: string | null = null;
  const verification: Record<string, string> = {};
  const headings: Heading[] = [];
  let heading: { level: Heading['level']; buf: string[]; depth: number } | null = null;
  const text: string[] = [];
  const internalLinks: LinkRecord[] = [];
  const externalLinks: LinkRecord[] = [];
  let anchor: { href: string; rel: string; buf: string[]; alt: string[]; depth: number } | null = null;
  const imagesMissingAlt: string[] = [];
  let imagesMissingAltCount = 0;
  let imageCount = 0;
  let headingCount = 0;
  let h1Kept = 0;
  const types = new Set<string>();
  let jsonLd: string[] | null = null;
  let refresh: RawRefresh | null = null;
  const sitemapHrefs: string[] = [];
  let uncrawlable: UncrawlableLinks | null = null;
  // Raw src/href values and their kinds, side by side: no string built per element.
  const resourceHrefs: string[] = [];
  const resourceKinds: ResourceKind[] = [];
  const noteUncrawlable = (example: string) => {
    uncrawlable ??= { count: 0, examples: [] };
    uncrawlable.count += 1;
    if (uncrawlable.examples.length < MAX_UNCRAWLABLE_EXAMPLES) uncrawlable.examples.push(flat(example.slice(0, 120)));
  };

  const scripts = new ScriptSignalTracker();
  let depth = 0;
  // Depth at which the innermost element hiding its content opened (-1: none).
  let hiddenAt = -1;

  const resolveBase = () => baseHref ?? opts.pageUrl;
  const endHead = (byIntrusion: boolean) => {
    if (headState === 'in-head') {
      headState = 'after-head';
      headEndedByIntrusion = byIntrusion;
    }
  };
  const pushText = (t: string) => {
    if (hiddenAt >= 0) return;
    text.push(t);
    heading?.buf.push(t);
    anchor?.buf.push(t);
  };

  const parser = new Parser(
    decodingEntities({
      onopentag(name, attrs) {
        depth += 1;
        const inHead = headState === 'in-head';
        if (inHead && !HEAD_TAGS.has(name)) endHead(true);
        if (name === 'body') endHead(false);
        scripts.open(name, attrs, depth, text.length);

        if (name === 'html' && lang === null && attrs.lang) lang = flat(attrs.lang.trim().toLowerCase()) || null;
        if (name === 'title') {
          titleCount += 1;
          titleBuf = [];
        } else if (name === 'base' && baseHref === null && attrs.href !== undefined) {
          baseHref = normalizeUrl(attrs.href, opts.pageUrl);
        } else if (name === 'meta') {
          const metaName = (attrs.name ?? '').trim().toLowerCase();
          const content = attrs.content ?? '';
          if (!metaName && refresh === null && attrs['http-equiv'] !== undefined && attrs['http-equiv'].trim().toLowerCase() === 'refresh') {
            refresh = parseRefreshContent(content);
          }
          if (metaName) {
            if (!inHead && (metaName === 'robots' || opts.botTokens.includes(metaName) || metaName === 'description')) {
              ignoredHeadTags.push(`meta ${metaName}`);
            } else if (metaName === 'description') {
              descriptionCount += 1;
              if (description === null) description = collapse(content);
            } else if (metaName === 'keywords') {
              keywords ??= collapse(content);
            } else if (metaName === 'robots' || opts.botTokens.includes(metaName)) {
              robotsMetas.push({ name: metaName, content });
            } else if (VERIFICATION.has(metaName)) {
              verification[flat(metaName)] = collapse(content);
            }
          }
        } else if (name === 'link') {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('canonical')) {
            if (!inHead) ignoredHeadTags.push('link canonical');
            else {
              canonicalCount += 1;
              canonicalRaw ??= attrs.href ?? '';
            }
          } else if (rel.includes('alternate') && attrs.hreflang && attrs.href && inHead) {
            hreflangRaw.push({ lang: flat(attrs.hreflang.trim().toLowerCase()), href: attrs.href });
          } else if (rel.includes('sitemap') && attrs.href) {
            sitemapHrefs.push(attrs.href);
          } else if (rel.includes('stylesheet') && attrs.href && resourceHrefs.length < MAX_PAGE_RESOURCES) {
            resourceHrefs.push(attrs.href);
            resourceKinds.push('s');
          }
        } else if (name === 'script' && (attrs.type ?? '').trim().toLowerCase() === 'application/ld+json') {
          jsonLd = [];
        } else if (name === 'script' && attrs.src && resourceHrefs.length < MAX_PAGE_RESOURCES) {
          resourceHrefs.push(attrs.src);
          resourceKinds.push('j');
        } else if (/^h[1-6]$/.test(name) && !heading) {
          heading = { level: Number(name[1]) as 1, buf: [], depth };
        } else if ((name === 'a' || name === 'area') && attrs.href !== undefined) {
          // '#' and 'j' first: one character compare for the hrefs that are neither.
          const h = attrs.href.trimStart();
          if (((h[0] === '#' && h.trim() === '#') || ((h[0] === 'j' || h[0] === 'J') && /^javascript:/i.test(h))) && !declaresControl(attrs)) noteUncrawlable(`href="${h.trim()}"`);
          if (anchor) finishAnchor();
          anchor = { href: attrs.href, rel: (attrs.rel ?? '').trim().toLowerCase(), buf: [], alt: [], depth };
          if (name === 'area') {
            if (attrs.alt) anchor.alt.push(attrs.alt);
            finishAnchor();
          }
        } else if (name === 'a' && (attrs.onclick !== undefined || attrs.role === 'link') && !declaresControl(attrs)) {
          noteUncrawlable(attrs.role === 'link' ? '<a role="link"> without href' : '<a onclick> without href');
        } else if (name === 'img') {
          imageCount += 1;
          if (attrs.src && resourceHrefs.length < MAX_PAGE_RESOURCES) {
            resourceHrefs.push(attrs.src);
            resourceKinds.push('i');
          }
          if (anchor && attrs.alt) anchor.alt.push(attrs.alt);
          if (attrs.alt === undefined) {
            imagesMissingAltCount += 1;
            if (imagesMissingAlt.length < MAX_LISTED_IMAGES) imagesMissingAlt.push(intern(normalizeUrl(attrs.src ?? '', resolveBase()) ?? (attrs.src ?? '')));
          }
        }
        if (attrs.itemtype) {
          const last = attrs.itemtype.trim().split(/[\s/#]+/).filter(Boolean).pop();
          if (last) types.add(flat(last));
        }
        if (hiddenAt < 0 && (HIDDEN_CONTENT.has(name) || attrs.hidden !== undefined)) hiddenAt = depth;
        if (!INLINE.has(name)) pushText(' ');
      },
      ontext(data) {
        if (titleBuf) titleBuf.push(data);
        if (jsonLd) jsonLd.push(data);
        if (hiddenAt >= 0) return;
        if (headState === 'in-head' && /\S/.test(data)) endHead(true);
        pushText(data);
      },
      onclosetag(name) {
        if (name === 'title' && titleBuf) {
          if (title === null) title = collapse(titleBuf.join(''));
          titleBuf = null;
        } else if (name === 'script' && jsonLd) {
          for (const t of jsonLdTypes(jsonLd.join(''))) types.add(t);
          jsonLd = null;
        } else if (name === 'head') {
          if (headState === 'after-head' && headEndedByIntrusion) sawHeadEndAfterIntrusion = true;
          endHead(false);
        }
        if (heading && depth === heading.depth) {
          headingCount += 1;
          // Every H1 matters to the H1 rules, even one after the first MAX_HEADINGS headings.
          const keep = headings.length < MAX_HEADINGS || (heading.level === 1 && h1Kept < MAX_H1_KEPT);
          if (keep) {
            if (heading.level === 1) h1Kept += 1;
            headings.push({ level: heading.level, text: collapse(heading.buf.join('').slice(0, MAX_HEADING_CHARS * 4)).slice(0, MAX_HEADING_CHARS) });
          }
          heading = null;
        }
        if (anchor && depth === anchor.depth) finishAnchor();
        if (!INLINE.has(name)) pushText(' ');
        scripts.close(depth, text.length);
        if (hiddenAt === depth) hiddenAt = -1;
        depth -= 1;
      },
    }),
    // Entities are decoded outside the tokenizer (entities.ts).
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );

  function finishAnchor(): void {
    const a = anchor;
    anchor = null;
    if (!a) return;
    const target = resolveLink(a.href, resolveBase());
    if (!target) return;
    let label = collapse(a.buf.join(''));
    if (!label && a.alt.length) label = collapse(a.alt.join(' '));
    const link: LinkRecord = { url: intern(target.url), text: label };
    if (a.rel) link.rel = intern(a.rel.replace(/\s+/g, ' '));
    (target.internal ? internalLinks : externalLinks).push(link);
  }

  parser.write(html);
  parser.end();
  if (anchor) finishAnchor();

  const written = new Set<string>();
  const { tokens, count: wordCount } = scanTokens(text.join(''), Math.max(MAX_BODY_TOKENS, SIMHASH_TOKENS), written);
  const base = resolveBase();
  const canonical = canonicalRaw !== null ? normalizeUrl(canonicalRaw, base) : null;
  const hreflang = hreflangRaw
    .map((h) => ({ lang: h.lang, url: normalizeUrl(h.href, base) }))
    .filter((h): h is { lang: string; url: string } => h.url !== null);
  const r = refresh as RawRefresh | null;
  const metaRefresh = r ? { delay: r.delay, url: r.href === null ? null : normalizeUrl(r.href, base) } : null;
  const resources = siteResources(resourceHrefs, resourceKinds, base, resolveLink, intern);
  const sitemapLinks = sitemapHrefs.map((h) => normalizeUrl(h, base)).filter((u): u is string => u !== null);

  return {
    title,
    titleCount,
    metaDescription: description,
    descriptionCount,
    metaKeywords: keywords,
    metaRobots: parseMetaRobots(robotsMetas, opts.botTokens),
    canonical,
    ...(canonical !== null && !ABSOLUTE_URL.test(canonicalRaw!.trim()) ? { canonicalRelative: true } : {}),
    canonicalCount,
    hreflang,
    lang,
    baseHref,
    headings: packHeadings(headings, pack),
    headingCount,
    wordCount,
    bodyTokensPacked: pack((tokens.length > MAX_BODY_TOKENS ? tokens.slice(0, MAX_BODY_TOKENS) : tokens).join(' ')),
    ...(written.size ? { writtenWordsPacked: pack([...written].join(' ')) } : {}),
    internalLinks: packLinks(internalLinks, pack),
    externalLinks: packLinks(externalLinks, pack),
    imagesMissingAlt,
    imagesMissingAltCount,
    imageCount,
    structuredDataTypes: [...types],
    verification,
    fingerprint: simhash64(tokens.length > SIMHASH_TOKENS ? tokens.slice(0, SIMHASH_TOKENS) : tokens),
    headClosedEarly: headEndedByIntrusion && (sawHeadEndAfterIntrusion || ignoredHeadTags.length > 0),
    ignoredHeadTags,
    metaRefresh,
    sitemapLinks,
    uncrawlableLinks: uncrawlable,
    resources,
    script: scripts.finish(text),
  };
}
