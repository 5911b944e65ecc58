/**
 * One pass over the candidate pages that keeps, per page, only what scoring needs: each field's
 * length, the counts of the terms some keyword or query holds, and which of their phrases occur.
 * Everything else a page's fields hold is handed to `onFields` (site terms) and dropped, so the
 * memory this takes grows with the number of pages, not with their text.
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import type { Analyzer } from '../../text/analyzer.js';
import { tokenize } from '../../text/normalize.js';
import { candidatePages, FIELDS, fieldsOf, inlinkAnchors, type Field, type PageFields } from './fields.js';

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

export function compactDoc(f: PageFields, wanted: Wanted): Doc {
  const counts = new Map<string, Int32Array>();
  FIELDS.forEach((field, fi) => {
    for (const t of f.terms[field]) {
      if (!wanted.terms.has(t)) continue;
      let c = counts.get(t);
      if (!c) counts.set(t, (c = new Int32Array(FIELDS.length)));
      c[fi]! += 1;
    }
  });
  const phrases = new Set<string>();
  if (wanted.phrasesByFirst.size) for (const field of PHRASE_FIELDS) phrasesIn(f.terms[field], wanted, phrases);
  const len = Object.fromEntries(FIELDS.map((field) => [field, f.terms[field].length])) as Record<Field, number>;
  return { page: f.page, lang: f.lang, analyzer: f.analyzer, len, counts, phrases };
}

/**
 * The compact documents of a snapshot's candidate pages, counting the terms of `texts` (keywords,
 * queries) as each page's analyzer reads them.
 */
export function collectDocs(snapshot: SiteSnapshot, marketLang: string | null, texts: string[], onFields?: (f: PageFields) => void): Doc[] {
  const anchors = inlinkAnchors(snapshot);
  const wanted = new Map<Analyzer, Wanted>();
  const docs: Doc[] = [];
  for (const page of candidatePages(snapshot)) {
    const f = fieldsOf(page, anchors.get(page.finalUrl) ?? [], marketLang);
    onFields?.(f);
    let w = wanted.get(f.analyzer);
    if (!w) wanted.set(f.analyzer, (w = wantedFor(f.analyzer, texts)));
    docs.push(compactDoc(f, w));
  }
  return docs;
}
