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
import { ROOT_DEPTH, ScriptSignalTracker } from './script-signals.js';

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

/**
 * What the pass does with each tag name, read with one lookup a tag instead of a set or a string
 * comparison per question: the family picks the start-tag handler, the flags say whether the tag
 * may stay in <head>, hides its content from the text, or runs inline (no word break around it).
 * A name not in the table (div, p, custom elements) is 0: none of these.
 */
const IN_HEAD = 1;
const HIDES = 2;
const INLINE = 4;
const FAMILY_SHIFT = 3;
const enum Family {
  Other,
  Html,
  Title,
  Base,
  Meta,
  Link,
  Script,
  Heading,
  Anchor,
  Area,
  Img,
  Body,
  Main,
}
const TAGS = new Map<string, number>();
const tag = (names: string, bits: number) => {
  for (const n of names.split(' ')) TAGS.set(n, (TAGS.get(n) ?? 0) | bits);
};
tag('base basefont bgsound link meta noscript script style template title head html', IN_HEAD);
tag('script style noscript template svg iframe object title textarea select', HIDES);
tag('a span b i em strong small abbr code sub sup mark u s q cite time label font bdi bdo kbd var dfn data', INLINE);
tag('html', Family.Html << FAMILY_SHIFT);
tag('title', Family.Title << FAMILY_SHIFT);
tag('base', Family.Base << FAMILY_SHIFT);
tag('meta', Family.Meta << FAMILY_SHIFT);
tag('link', Family.Link << FAMILY_SHIFT);
tag('script', Family.Script << FAMILY_SHIFT);
tag('h1 h2 h3 h4 h5 h6', Family.Heading << FAMILY_SHIFT);
tag('a', Family.Anchor << FAMILY_SHIFT);
tag('area', Family.Area << FAMILY_SHIFT);
tag('img', Family.Img << FAMILY_SHIFT);
tag('body', Family.Body << FAMILY_SHIFT);
tag('main', Family.Main << FAMILY_SHIFT);
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
const NON_ASCII = /[^\x00-\x7f]/;
const MAX_H1_KEPT = 10;

type HeadState = 'in-head' | 'after-head';
interface OpenHeading {
  level: Heading['level'];
  buf: string[];
  depth: number;
}
interface OpenAnchor {
  href: string;
  rel: string;
  buf: string[];
  alt: string[];
  depth: number;
}

export function extractHtml(html: string, opts: ExtractOptions): HtmlFacts {
  const pass = new PagePass(opts);
  const parser = new Parser(
    decodingEntities(pass),
    // Entities are decoded outside the tokenizer (entities.ts).
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return pass.facts();
}

/**
 * The state of one pass over a page and its handlers, one per element family. A class rather than
 * closures over locals: every page's pass has the same shape, and each handler is a unit of its own.
 */
class PagePass {
  private readonly intern: (s: string) => string;
  private readonly pack: (text: string) => string;
  private readonly resolveLink: LinkResolver;
  private headState: HeadState = 'in-head';
  private headEndedByIntrusion = false;
  private sawHeadEndAfterIntrusion = false;
  private readonly ignoredHeadTags: string[] = [];

  private title: string | null = null;
  private titleCount = 0;
  private titleBuf: string[] | null = null;
  private description: string | null = null;
  private descriptionCount = 0;
  private keywords: string | null = null;
  private readonly robotsMetas: { name: string; content: string }[] = [];
  private canonicalRaw: string | null = null;
  private canonicalCount = 0;
  private readonly hreflangRaw: { lang: string; href: string }[] = [];
  private lang: string | null = null;
  private baseHref: string | null = null;
  private readonly verification: Record<string, string> = {};
  private readonly headings: Heading[] = [];
  private heading: OpenHeading | null = null;
  private headingCount = 0;
  private h1Kept = 0;
  private readonly text: string[] = [];
  private readonly internalLinks: LinkRecord[] = [];
  private readonly externalLinks: LinkRecord[] = [];
  private anchor: OpenAnchor | null = null;
  private readonly imagesMissingAlt: string[] = [];
  private imagesMissingAltCount = 0;
  private imageCount = 0;
  private readonly types = new Set<string>();
  private jsonLd: string[] | null = null;
  private refresh: RawRefresh | null = null;
  private readonly sitemapHrefs: string[] = [];
  private uncrawlable: UncrawlableLinks | null = null;
  // Raw src/href values and their kinds, side by side: no string built per element.
  private readonly resourceHrefs: string[] = [];
  private readonly resourceKinds: ResourceKind[] = [];
  private readonly scripts = new ScriptSignalTracker();
  private depth = 0;
  // Depth at which the innermost element hiding its content opened (-1: none).
  private hiddenAt = -1;

  constructor(private readonly opts: ExtractOptions) {
    this.intern = opts.intern ?? flat;
    this.pack = opts.pack ?? packText;
    this.resolveLink = opts.resolveLink ?? makeLinkResolver(opts);
  }

  private base(): string {
    return this.baseHref ?? this.opts.pageUrl;
  }

  private endHead(byIntrusion: boolean): void {
    if (this.headState === 'in-head') {
      this.headState = 'after-head';
      this.headEndedByIntrusion = byIntrusion;
    }
  }

  private pushText(t: string): void {
    if (this.hiddenAt >= 0) return;
    this.text.push(t);
    this.heading?.buf.push(t);
    this.anchor?.buf.push(t);
  }

  private noteUncrawlable(example: string): void {
    const u = (this.uncrawlable ??= { count: 0, examples: [] });
    u.count += 1;
    if (u.examples.length < MAX_UNCRAWLABLE_EXAMPLES) u.examples.push(flat(example.slice(0, 120)));
  }

  private addResource(href: string, kind: ResourceKind): void {
    if (this.resourceHrefs.length >= MAX_PAGE_RESOURCES) return;
    this.resourceHrefs.push(href);
    this.resourceKinds.push(kind);
  }

  onopentag(name: string, attrs: Record<string, string>): void {
    const depth = ++this.depth;
    const info = TAGS.get(name) ?? 0;
    const family = (info >> FAMILY_SHIFT) as Family;
    const inHead = this.headState === 'in-head';
    if (inHead && !(info & IN_HEAD)) this.endHead(true);
    if (family === Family.Body) this.endHead(false);
    // Script signals look at scripts, <main> and the top few levels only (script-signals.ts); there,
    // not at links, images or headings, which no framework mounts on (a page's main holds hundreds).
    if (family === Family.Script || family === Family.Main || (depth <= ROOT_DEPTH && (family <= Family.Html || family === Family.Body))) {
      this.scripts.open(name, attrs, depth, this.text.length);
    }
    switch (family) {
      case Family.Html:
        if (this.lang === null && attrs.lang) this.lang = flat(attrs.lang.trim().toLowerCase()) || null;
        break;
      case Family.Title:
        this.titleCount += 1;
        this.titleBuf = [];
        break;
      case Family.Base:
        if (this.baseHref === null && attrs.href !== undefined) this.baseHref = normalizeUrl(attrs.href, this.opts.pageUrl);
        break;
      case Family.Meta:
        this.openMeta(attrs, inHead);
        break;
      case Family.Link:
        this.openLink(attrs, inHead);
        break;
      case Family.Script:
        if ((attrs.type ?? '').trim().toLowerCase() === 'application/ld+json') this.jsonLd = [];
        else if (attrs.src) this.addResource(attrs.src, 'j');
        break;
      case Family.Heading:
        if (!this.heading) this.heading = { level: (name.charCodeAt(1) - 48) as Heading['level'], buf: [], depth };
        break;
      case Family.Anchor:
      case Family.Area:
        this.openAnchor(family, attrs);
        break;
      case Family.Img:
        this.openImage(attrs);
        break;
    }
    if (attrs.itemtype) {
      const last = attrs.itemtype.trim().split(/[\s/#]+/).filter(Boolean).pop();
      if (last) this.types.add(flat(last));
    }
    if (this.hiddenAt < 0 && (info & HIDES || attrs.hidden !== undefined)) this.hiddenAt = depth;
    if (!(info & INLINE)) this.pushText(' ');
  }

  private openMeta(attrs: Record<string, string>, inHead: boolean): void {
    const metaName = (attrs.name ?? '').trim().toLowerCase();
    const content = attrs.content ?? '';
    if (!metaName) {
      if (this.refresh === null && attrs['http-equiv'] !== undefined && attrs['http-equiv'].trim().toLowerCase() === 'refresh') this.refresh = parseRefreshContent(content);
      return;
    }
    const bot = metaName === 'robots' || this.opts.botTokens.includes(metaName);
    if (!inHead && (bot || metaName === 'description')) {
      this.ignoredHeadTags.push(`meta ${metaName}`);
    } else if (metaName === 'description') {
      this.descriptionCount += 1;
      if (this.description === null) this.description = collapse(content);
    } else if (metaName === 'keywords') {
      this.keywords ??= collapse(content);
    } else if (bot) {
      this.robotsMetas.push({ name: metaName, content });
    } else if (VERIFICATION.has(metaName)) {
      this.verification[flat(metaName)] = collapse(content);
    }
  }

  private openLink(attrs: Record<string, string>, inHead: boolean): void {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      if (!inHead) this.ignoredHeadTags.push('link canonical');
      else {
        this.canonicalCount += 1;
        this.canonicalRaw ??= attrs.href ?? '';
      }
    } else if (rel.includes('alternate') && attrs.hreflang && attrs.href && inHead) {
      this.hreflangRaw.push({ lang: flat(attrs.hreflang.trim().toLowerCase()), href: attrs.href });
    } else if (rel.includes('sitemap') && attrs.href) {
      this.sitemapHrefs.push(attrs.href);
    } else if (rel.includes('stylesheet') && attrs.href) {
      this.addResource(attrs.href, 's');
    }
  }

  private openAnchor(family: Family, attrs: Record<string, string>): void {
    if (attrs.href === undefined) {
      if (family === Family.Anchor && (attrs.onclick !== undefined || attrs.role === 'link') && !declaresControl(attrs)) {
        this.noteUncrawlable(attrs.role === 'link' ? '<a role="link"> without href' : '<a onclick> without href');
      }
      return;
    }
    // '#' and 'j' first: one character compare for the hrefs that are neither.
    const h = attrs.href.trimStart();
    if (((h[0] === '#' && h.trim() === '#') || ((h[0] === 'j' || h[0] === 'J') && /^javascript:/i.test(h))) && !declaresControl(attrs)) this.noteUncrawlable(`href="${h.trim()}"`);
    if (this.anchor) this.finishAnchor();
    const a: OpenAnchor = { href: attrs.href, rel: (attrs.rel ?? '').trim().toLowerCase(), buf: [], alt: [], depth: this.depth };
    this.anchor = a;
    if (family === Family.Area) {
      if (attrs.alt) a.alt.push(attrs.alt);
      this.finishAnchor();
    }
  }

  private openImage(attrs: Record<string, string>): void {
    this.imageCount += 1;
    if (attrs.src) this.addResource(attrs.src, 'i');
    if (this.anchor && attrs.alt) this.anchor.alt.push(attrs.alt);
    if (attrs.alt === undefined) {
      this.imagesMissingAltCount += 1;
      if (this.imagesMissingAlt.length < MAX_LISTED_IMAGES) this.imagesMissingAlt.push(this.intern(normalizeUrl(attrs.src ?? '', this.base()) ?? (attrs.src ?? '')));
    }
  }

  ontext(data: string): void {
    if (this.titleBuf) this.titleBuf.push(data);
    if (this.jsonLd) this.jsonLd.push(data);
    if (this.hiddenAt >= 0) return;
    if (this.headState === 'in-head' && /\S/.test(data)) this.endHead(true);
    this.pushText(data);
  }

  onclosetag(name: string): void {
    const depth = this.depth;
    if (name === 'title' && this.titleBuf) {
      if (this.title === null) this.title = collapse(this.titleBuf.join(''));
      this.titleBuf = null;
    } else if (name === 'script' && this.jsonLd) {
      for (const t of jsonLdTypes(this.jsonLd.join(''))) this.types.add(t);
      this.jsonLd = null;
    } else if (name === 'head') {
      if (this.headState === 'after-head' && this.headEndedByIntrusion) this.sawHeadEndAfterIntrusion = true;
      this.endHead(false);
    }
    if (this.heading && depth === this.heading.depth) this.closeHeading();
    if (this.anchor && depth === this.anchor.depth) this.finishAnchor();
    if (!((TAGS.get(name) ?? 0) & INLINE)) this.pushText(' ');
    this.scripts.close(depth, this.text.length);
    if (this.hiddenAt === depth) this.hiddenAt = -1;
    this.depth = depth - 1;
  }

  private closeHeading(): void {
    const heading = this.heading!;
    this.headingCount += 1;
    // Every H1 matters to the H1 rules, even one after the first MAX_HEADINGS headings.
    const keep = this.headings.length < MAX_HEADINGS || (heading.level === 1 && this.h1Kept < MAX_H1_KEPT);
    if (keep) {
      if (heading.level === 1) this.h1Kept += 1;
      this.headings.push({ level: heading.level, text: collapse(heading.buf.join('').slice(0, MAX_HEADING_CHARS * 4)).slice(0, MAX_HEADING_CHARS) });
    }
    this.heading = null;
  }

  private finishAnchor(): void {
    const a = this.anchor;
    this.anchor = null;
    if (!a) return;
    const target = this.resolveLink(a.href, this.base());
    if (!target) return;
    let label = collapse(a.buf.join(''));
    if (!label && a.alt.length) label = collapse(a.alt.join(' '));
    const link: LinkRecord = { url: this.intern(target.url), text: label };
    if (a.rel) link.rel = this.intern(a.rel.replace(/\s+/g, ' '));
    (target.internal ? this.internalLinks : this.externalLinks).push(link);
  }

  /** The page's facts, once the parser has ended. */
  facts(): HtmlFacts {
    if (this.anchor) this.finishAnchor();
    const pack = this.pack;
    const written = new Set<string>();
    const { tokens, count: wordCount } = scanTokens(this.text.join(''), Math.max(MAX_BODY_TOKENS, SIMHASH_TOKENS), written);
    // The title and description are shown in the report too: their accented words count as written.
    if (this.title !== null && NON_ASCII.test(this.title)) scanTokens(this.title, Infinity, written);
    if (this.description !== null && NON_ASCII.test(this.description)) scanTokens(this.description, Infinity, written);
    const base = this.base();
    const canonical = this.canonicalRaw !== null ? normalizeUrl(this.canonicalRaw, base) : null;
    const hreflang = this.hreflangRaw
      .map((h) => ({ lang: h.lang, url: normalizeUrl(h.href, base) }))
      .filter((h): h is { lang: string; url: string } => h.url !== null);
    const r = this.refresh;
    const facts: HtmlFacts = {
      title: this.title,
      titleCount: this.titleCount,
      metaDescription: this.description,
      descriptionCount: this.descriptionCount,
      metaKeywords: this.keywords,
      metaRobots: parseMetaRobots(this.robotsMetas, this.opts.botTokens),
      canonical,
      canonicalCount: this.canonicalCount,
      hreflang,
      lang: this.lang,
      baseHref: this.baseHref,
      headings: packHeadings(this.headings, pack),
      headingCount: this.headingCount,
      wordCount,
      bodyTokensPacked: pack((tokens.length > MAX_BODY_TOKENS ? tokens.slice(0, MAX_BODY_TOKENS) : tokens).join(' ')),
      internalLinks: packLinks(this.internalLinks, pack),
      externalLinks: packLinks(this.externalLinks, pack),
      imagesMissingAlt: this.imagesMissingAlt,
      imagesMissingAltCount: this.imagesMissingAltCount,
      imageCount: this.imageCount,
      structuredDataTypes: [...this.types],
      verification: this.verification,
      fingerprint: simhash64(tokens.length > SIMHASH_TOKENS ? tokens.slice(0, SIMHASH_TOKENS) : tokens),
      headClosedEarly: this.headEndedByIntrusion && (this.sawHeadEndAfterIntrusion || this.ignoredHeadTags.length > 0),
      ignoredHeadTags: this.ignoredHeadTags,
      metaRefresh: r ? { delay: r.delay, url: r.href === null ? null : normalizeUrl(r.href, base) } : null,
      sitemapLinks: this.sitemapHrefs.map((h) => normalizeUrl(h, base)).filter((u): u is string => u !== null),
      uncrawlableLinks: this.uncrawlable,
      resources: siteResources(this.resourceHrefs, this.resourceKinds, base, this.resolveLink, this.intern),
      script: this.scripts.finish(this.text),
    };
    // Set after the literal: a spread inside it costs every page a slower, per-property build.
    if (canonical !== null && !ABSOLUTE_URL.test(this.canonicalRaw!.trim())) facts.canonicalRelative = true;
    if (written.size) facts.writtenWords = [...written].join(' ');
    return facts;
  }
}
