/**
 * One pass over the candidate pages that keeps, per page, only what scoring needs: each field's
 * length, the counts of the terms some keyword or query holds, and which of their phrases occur.
 * Everything else a page's fields hold is handed to `onFields` (site terms) and dropped, so the
 * memory this takes grows with the number of pages, not with their text.
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import type { Analyzer } from '../../text/analyzer.js';
import { tokenize } from '../../text/normalize.js';
import { linkTexts } from '../../site/links.js';
import { analyzerFor } from '../../text/analyzer.js';
import { candidatePages, FIELDS, fieldsOf, isCandidate, languageOf, type Field, type PageFields } from './fields.js';

export interface Doc {
  page: PageRecord;
  lang: string;
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
  /** First term → the phrases (2+ terms) that start with it. */
  phrasesByFirst: Map<string, string[][]>;
}

const PHRASE_FIELDS: Field[] = ['title', 'h1', 'body'];

function wantedFor(analyzer: Analyzer, texts: string[]): Wanted {
  const terms = new Set<string>();
  const phrasesByFirst = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const text of texts) {
    const q = analyzer.terms(tokenize(text));
    for (const t of q) terms.add(t);
    const key = q.join(' ');
    if (q.length < 2 || seen.has(key)) continue;
    seen.add(key);
    const list = phrasesByFirst.get(q[0]!);
    if (list) list.push(q);
    else phrasesByFirst.set(q[0]!, [q]);
  }
  return { terms, phrasesByFirst };
}

function phrasesIn(hay: string[], wanted: Wanted, into: Set<string>): void {
  for (let i = 0; i < hay.length; i++) {
    const candidates = wanted.phrasesByFirst.get(hay[i]!);
    if (!candidates) continue;
    next: for (const p of candidates) {
      if (i + p.length > hay.length) continue;
      for (let j = 1; j < p.length; j++) if (hay[i + j] !== p[j]) continue next;
      into.add(p.join(' '));
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
  if (wanted.phrasesByFirst.size) {
    const found = new Set<string>();
    for (const field of PHRASE_FIELDS) phrasesIn(f.terms[field], wanted, found);
    if (found.size) phrases = found;
  }
  const len = Object.fromEntries(FIELDS.map((field) => [field, f.terms[field].length])) as Record<Field, number>;
  return { page: f.page, lang: f.lang, analyzer: f.analyzer, len, counts, phrases };
}

/**
 * Builds the compact documents page by page. The audit feeds it each page as the crawl delivers
 * it, so this work runs while the crawl waits on the network and the parsing threads; `finish`
 * then covers any page not fed (all of them for a snapshot read from a file) and adds the anchors
 * field, which needs every page's links.
 */
export class DocCollector {
  private readonly wantedByAnalyzer = new Map<Analyzer, Wanted>();
  private readonly built = new Map<PageRecord, Doc>();

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

  /** Counts a page now if it is a candidate (indexable HTML); other pages are ignored. */
  add(page: PageRecord): void {
    if (!isCandidate(page) || this.built.has(page)) return;
    this.built.set(page, this.build(page));
  }

  /** The page's document (anchors aside), for a page the caller knows to be a candidate. */
  build(page: PageRecord): Doc {
    const f = fieldsOf(page, this.marketLang);
    this.onFields?.(f);
    return compactDoc(f, this.wanted(f.analyzer));
  }

  /** Takes a page's document built elsewhere (a relevance thread), with the same inputs. */
  adopt(page: PageRecord, doc: Omit<Doc, 'page' | 'analyzer'>): void {
    const counts = doc.counts.size ? doc.counts : NO_COUNTS;
    const phrases = doc.phrases.size ? doc.phrases : NO_PHRASES;
    // Spelled out, not spread: spread objects each get a hidden class of their own (see crawl/page-record.ts).
    this.built.set(page, { page, lang: doc.lang, analyzer: analyzerFor(doc.lang), len: doc.len, counts, phrases });
  }

  /** The documents of the snapshot's candidate pages, in snapshot order. */
  finish(snapshot: SiteSnapshot): Doc[] {
    const candidates = candidatePages(snapshot);
    for (const page of candidates) this.add(page);
    const anchors = anchorCounts(snapshot, candidates, this.marketLang, (a) => this.wanted(a));
    const anchorsAt = FIELDS.indexOf('anchors');
    return candidates.map((page) => {
      const doc = this.built.get(page)!;
      const a = anchors.get(page.finalUrl);
      if (a) {
        doc.len.anchors = a.len;
        if (a.counts && doc.counts === NO_COUNTS) doc.counts = new Map();
        for (const [t, n] of a.counts ?? []) {
          let c = doc.counts.get(t);
          if (!c) doc.counts.set(t, (c = new Int32Array(FIELDS.length)));
          c[anchorsAt] = n;
        }
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

interface AnchorCount {
  analyzer: Analyzer;
  len: number;
  counts: Map<string, number> | null;
}

/**
 * The anchors field of every candidate page, from the links pointing to it (a redirected target
 * counts for its final URL), analyzed link by link in the target's language: only the counts are
 * kept, never the million anchor texts of a big site at once.
 */
function anchorCounts(snapshot: SiteSnapshot, candidates: PageRecord[], marketLang: string | null, wanted: (a: Analyzer) => Wanted): Map<string, AnchorCount> {
  const out = new Map<string, AnchorCount>();
  for (const page of candidates) out.set(page.finalUrl, { analyzer: analyzerFor(languageOf(page, marketLang)), len: 0, counts: null });
  const finalOf = new Map<string, string>();
  for (const p of snapshot.pages) if (p.finalUrl !== p.url) finalOf.set(p.url, p.finalUrl);
  for (const p of snapshot.pages) {
    if (!p.html?.internalLinks.urls.length) continue;
    const { urls } = p.html.internalLinks;
    const texts = linkTexts(p.html.internalLinks);
    for (let i = 0; i < urls.length; i++) {
      const text = texts[i];
      if (!text) continue;
      const target = out.get(finalOf.get(urls[i]!) ?? urls[i]!);
      if (!target) continue;
      const terms = target.analyzer.terms(tokenize(text));
      target.len += terms.length;
      const w = wanted(target.analyzer).terms;
      for (const t of terms) if (w.has(t)) (target.counts ??= new Map()).set(t, (target.counts.get(t) ?? 0) + 1);
    }
  }
  return out;
}
