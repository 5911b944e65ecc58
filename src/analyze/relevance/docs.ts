/**
 * One pass over the candidate pages that keeps, per page, only what scoring needs: each field's
 * length, the counts of the terms some keyword or query holds, and which of their phrases occur.
 * Everything else a page's fields hold is handed to `onFields` (site terms) and dropped, so the
 * memory this takes grows with the number of pages, not with their text.
 */
import type { PageLinks, PageRecord, SiteSnapshot } from '../../site/types.js';
import type { Analyzer } from '../../text/analyzer.js';
import type { LanguageReading } from '../../text/language.js';
import { tokenize } from '../../text/normalize.js';
import { anchorTexts } from '../../site/page-text.js';
import { analyzerFor } from '../../text/analyzer.js';
import { candidatePages, FIELDS, fieldsOf, isCandidate, LanguageTally, type Field, type PageFields } from './fields.js';

export interface Doc {
  page: PageRecord;
  lang: string;
  /** How the page's language was read (declared, detected, contradiction). */
  reading: LanguageReading;
  analyzer: Analyzer;
  /** Terms in each field. */
  len: Record<Field, number>;
  /** Wanted term → its count in each field (FIELDS order). */
  counts: Map<string, Int32Array>;
  /** Wanted phrases (terms joined by one space) found in the title, H1 or body. */
  phrases: Set<string>;
}

interface Wanted {
  terms: Set<string>;
  /** The phrases (2+ terms) as a trie over their terms: a page's words walk it once each. */
  phrases: PhraseNode;
}

interface PhraseNode {
  /** Null on a node no longer phrase goes through (most of them: 200,000 queries end in 200,000 leaves). */
  next: Map<string, PhraseNode> | null;
  /** Whether a phrase ends here; its text is made when a page holds it, not for every phrase wanted. */
  end: boolean;
}

const PHRASE_FIELDS: Field[] = ['title', 'h1', 'body'];

function wantedFor(analyzer: Analyzer, texts: string[]): Wanted {
  const terms = new Set<string>();
  const phrases: PhraseNode = { next: new Map(), end: false };
  for (const text of texts) {
    const q = analyzer.terms(tokenize(text));
    for (const t of q) terms.add(t);
    if (q.length < 2) continue;
    let node = phrases;
    for (const t of q) {
      let child = (node.next ??= new Map()).get(t);
      if (!child) node.next.set(t, (child = { next: null, end: false }));
      node = child;
    }
    node.end = true;
  }
  return { terms, phrases };
}

/** Only the terms: what the anchors tally needs of the texts (no phrase is looked for in anchors). */
function wantedTermsFor(analyzer: Analyzer, texts: string[]): Set<string> {
  const terms = new Set<string>();
  for (const text of texts) for (const t of analyzer.terms(tokenize(text))) terms.add(t);
  return terms;
}

/**
 * The wanted phrases found in `hay`, as their terms joined by one space. A trie, not a list of
 * phrases per first word: 40,000 visitor queries starting with "riad" made each "riad" on every
 * page compare thousands of phrases.
 */
function phrasesIn(hay: string[], wanted: Wanted, into: Set<string>): void {
  for (let i = 0; i < hay.length; i++) {
    let node = wanted.phrases.next!.get(hay[i]!);
    for (let j = i + 1; node?.next && j < hay.length; j++) {
      node = node.next.get(hay[j]!);
      if (node?.end) into.add(hay.slice(i, j + 1).join(' '));
    }
  }
}

// Most pages hold no keyword term: they share these (never written to: see DocCollector.finish).
const NO_COUNTS: Map<string, Int32Array> = new Map();
const NO_PHRASES: Set<string> = new Set();

export function compactDoc(f: PageFields, wanted: Wanted): Doc {
  let counts = NO_COUNTS;
  if (wanted.terms.size) {
    FIELDS.forEach((field, fi) => {
      for (const t of f.terms[field]) {
        if (!wanted.terms.has(t)) continue;
        if (counts === NO_COUNTS) counts = new Map();
        let c = counts.get(t);
        if (!c) counts.set(t, (c = new Int32Array(FIELDS.length)));
        c[fi]! += 1;
      }
    });
  }
  let phrases = NO_PHRASES;
  if (wanted.phrases.next!.size) {
    const found = new Set<string>();
    for (const field of PHRASE_FIELDS) phrasesIn(f.terms[field], wanted, found);
    if (found.size) phrases = found;
  }
  const len = Object.fromEntries(FIELDS.map((field) => [field, f.terms[field].length])) as Record<Field, number>;
  return { page: f.page, lang: f.lang, reading: f.reading, analyzer: f.analyzer, len, counts, phrases };
}

/**
 * Builds the compact documents page by page. The audit feeds it each page as the crawl delivers
 * it, so this work runs while the crawl waits on the network and the parsing threads; `finish`
 * then covers any page not fed (all of them for a snapshot read from a file) and adds the anchors
 * field, which needs every page's links.
 */
export class DocCollector {
  private readonly wantedByAnalyzer = new Map<Analyzer, Wanted>();
  private readonly termsByAnalyzer = new Map<Analyzer, Set<string>>();
  private readonly built = new Map<PageRecord, Doc>();
  /** The anchors field, when counted beforehand (the relevance thread's feed, thread.ts). */
  private anchors: { plan: AnchorPlan; tally: AnchorTally } | null = null;
  private readonly languages = new LanguageTally();

  constructor(
    private readonly marketLang: string | null,
    private readonly texts: string[],
    private readonly onFields?: (f: PageFields) => void,
  ) {}

  private wanted(a: Analyzer): Wanted {
    let w = this.wantedByAnalyzer.get(a);
    if (!w) this.wantedByAnalyzer.set(a, (w = wantedFor(a, this.texts)));
    return w;
  }

  private wantedTerms(a: Analyzer): Set<string> {
    const w = this.wantedByAnalyzer.get(a)?.terms ?? this.termsByAnalyzer.get(a);
    if (w) return w;
    const terms = wantedTermsFor(a, this.texts);
    this.termsByAnalyzer.set(a, terms);
    return terms;
  }

  /** Counts a page now if it is a candidate (indexable HTML); other pages are ignored. */
  add(page: PageRecord): void {
    if (!isCandidate(page) || this.built.has(page)) return;
    this.built.set(page, this.build(page));
  }

  /** The page's document (anchors aside), for a page the caller knows to be a candidate. */
  build(page: PageRecord): Doc {
    const f = fieldsOf(page, this.marketLang, this.languages);
    this.onFields?.(f);
    return compactDoc(f, this.wanted(f.analyzer));
  }

  /** Takes a page's document built elsewhere (a relevance thread), with the same inputs. */
  adopt(page: PageRecord, doc: Omit<Doc, 'page' | 'analyzer'>): void {
    const counts = doc.counts.size ? doc.counts : NO_COUNTS;
    const phrases = doc.phrases.size ? doc.phrases : NO_PHRASES;
    // Spelled out, not spread: spread objects each get a hidden class of their own (see crawl/page-record.ts).
    this.built.set(page, { page, lang: doc.lang, reading: doc.reading, analyzer: analyzerFor(doc.lang), len: doc.len, counts, phrases });
  }

  /** The anchors field's slots (one per candidate final URL) and each slot's language. */
  anchorPlan(snapshot: SiteSnapshot, candidates = candidatePages(snapshot)): AnchorPlan {
    for (const page of candidates) this.add(page);
    return planAnchors(snapshot, candidates, (page) => this.built.get(page)!.lang);
  }

  /** An empty tally of the anchors field over a plan's slots, counting this collector's wanted terms. */
  anchorTally(langs: readonly string[]): AnchorTally {
    return new AnchorTally(langs.map((l) => analyzerFor(l)), (a) => this.wantedTerms(a));
  }

  /** Takes the anchors field counted elsewhere over `plan` (see thread.ts), instead of counting it in finish. */
  adoptAnchors(plan: AnchorPlan, tally: AnchorTally): void {
    this.anchors = { plan, tally };
  }

  /** The documents of the snapshot's candidate pages, in snapshot order. */
  finish(snapshot: SiteSnapshot): Doc[] {
    const candidates = candidatePages(snapshot);
    for (const page of candidates) this.add(page);
    let anchors = this.anchors;
    if (!anchors) {
      const plan = this.anchorPlan(snapshot, candidates);
      const tally = this.anchorTally(plan.langs);
      for (const page of snapshot.pages) if (page.html) tally.addLinks(plan, page.html.internalLinks);
      anchors = { plan, tally };
    }
    const { plan, tally } = anchors;
    const anchorsAt = FIELDS.indexOf('anchors');
    return candidates.map((page) => {
      const doc = this.built.get(page)!;
      const slot = plan.slotOf.get(page.finalUrl)!;
      doc.len.anchors = tally.len[slot]!;
      const counts = tally.countsOf(slot);
      if (counts && doc.counts === NO_COUNTS) doc.counts = new Map();
      for (const [t, n] of counts ?? []) {
        let c = doc.counts.get(t);
        if (!c) doc.counts.set(t, (c = new Int32Array(FIELDS.length)));
        c[anchorsAt] = n;
      }
      return doc;
    });
  }
}

/**
 * The compact documents of a snapshot's candidate pages, counting the terms of `texts` (keywords,
 * queries) as each page's analyzer reads them.
 */
export function collectDocs(snapshot: SiteSnapshot, marketLang: string | null, texts: string[], onFields?: (f: PageFields) => void): Doc[] {
  return new DocCollector(marketLang, texts, onFields).finish(snapshot);
}

/**
 * Where the anchors field is counted: a slot per distinct final URL of a candidate page (a
 * redirected link counts for its target's final URL), with the language its page is analyzed in.
 */
export interface AnchorPlan {
  slotOf: Map<string, number>;
  langs: string[];
  /** URL → final URL, for the crawled URLs that redirected. */
  finalOf: Map<string, string>;
}

function planAnchors(snapshot: SiteSnapshot, candidates: PageRecord[], langOf: (page: PageRecord) => string): AnchorPlan {
  const slotOf = new Map<string, number>();
  const langs: string[] = [];
  for (const page of candidates) {
    let slot = slotOf.get(page.finalUrl);
    if (slot === undefined) slotOf.set(page.finalUrl, (slot = langs.length));
    // Pages sharing a final URL: the last one's language, as one entry per URL always had.
    langs[slot] = langOf(page);
  }
  const finalOf = new Map<string, string>();
  for (const p of snapshot.pages) if (p.finalUrl !== p.url) finalOf.set(p.url, p.finalUrl);
  return { slotOf, langs, finalOf };
}

/** The slot each link of a page points to, -1 for a link to no candidate page. */
export function linkTargets(plan: AnchorPlan, urls: readonly string[]): Int32Array {
  const out = new Int32Array(urls.length);
  for (let i = 0; i < urls.length; i++) out[i] = plan.slotOf.get(plan.finalOf.get(urls[i]!) ?? urls[i]!) ?? -1;
  return out;
}

/**
 * What a tally holds, as it crosses between threads: the wanted-term counts in columns (entry k is
 * terms[k] counted counts[k] times toward slot slots[k]), not an array an entry.
 */
export interface AnchorPart {
  len: Int32Array;
  slots: Int32Array;
  terms: string[];
  counts: Int32Array;
}

/**
 * The anchors field of every candidate page, from the links pointing to it, analyzed link by link
 * in the target's language: only lengths and wanted-term counts are kept, never the million anchor
 * texts of a big site at once. Tallies of disjoint sets of pages add up (merge).
 */
export class AnchorTally {
  readonly len: Int32Array;
  private readonly counts: (Map<string, number> | undefined)[];
  /**
   * Each slot's wanted terms, looked up once a slot rather than once a link, and only for a slot
   * this tally counts links to: the audit's tally beside the relevance thread's may count none,
   * and reading 200,000 visitor queries in each language costs seconds.
   */
  private readonly wantedOf: (Set<string> | undefined)[];

  constructor(
    private readonly analyzers: Analyzer[],
    private readonly wanted: (a: Analyzer) => Set<string>,
  ) {
    this.len = new Int32Array(analyzers.length);
    this.counts = new Array<Map<string, number> | undefined>(analyzers.length);
    this.wantedOf = new Array<Set<string> | undefined>(analyzers.length);
  }

  /** One page's internal links: their target slots (linkTargets) and texts. */
  addPage(targets: ArrayLike<number>, texts: readonly string[]): void {
    for (let i = 0; i < targets.length; i++) {
      const slot = targets[i]!;
      const text = texts[i];
      if (slot < 0 || !text) continue;
      const analyzer = this.analyzers[slot]!;
      const tokens = tokenize(text);
      const w = (this.wantedOf[slot] ??= this.wanted(analyzer));
      if (!w.size) {
        // The field's length is its terms, which are the tokens that are not stop words: no stemming.
        for (const t of tokens) if (!analyzer.isStop(t)) this.len[slot]! += 1;
        continue;
      }
      const terms = analyzer.terms(tokens);
      this.len[slot]! += terms.length;
      for (const t of terms) {
        if (!w.has(t)) continue;
        const c = (this.counts[slot] ??= new Map());
        c.set(t, (c.get(t) ?? 0) + 1);
      }
    }
  }

  /** One page's internal links, their target slots found through `plan`. */
  addLinks(plan: AnchorPlan, links: PageLinks): void {
    if (links.urls.length) this.addPage(linkTargets(plan, links.urls), anchorTexts(links));
  }

  countsOf(slot: number): Map<string, number> | undefined {
    return this.counts[slot];
  }

  part(): AnchorPart {
    const slots: number[] = [];
    const terms: string[] = [];
    const counts: number[] = [];
    this.counts.forEach((c, slot) =>
      c?.forEach((n, t) => {
        slots.push(slot);
        terms.push(t);
        counts.push(n);
      }),
    );
    return { len: this.len, slots: Int32Array.from(slots), terms, counts: Int32Array.from(counts) };
  }

  merge(part: AnchorPart): void {
    for (let slot = 0; slot < this.len.length; slot++) this.len[slot]! += part.len[slot]!;
    for (let k = 0; k < part.terms.length; k++) {
      const c = (this.counts[part.slots[k]!] ??= new Map());
      const t = part.terms[k]!;
      c.set(t, (c.get(t) ?? 0) + part.counts[k]!);
    }
  }
}
