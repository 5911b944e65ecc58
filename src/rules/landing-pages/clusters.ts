import { msg, type Message } from '../../shared/message.js';
/**
 * Near-duplicate pages. The simhash fingerprints the crawl stores pick candidate pairs, then the
 * exact Jaccard similarity of the pages' 3-word shingles decides: ≥ 0.8 is a near duplicate. Near
 * duplicates are joined (union-find), so chains of similar pages form one cluster.
 *
 * Candidates: on a short page one changed word moves many simhash bits: /excursion-a-meknes/ of the
 * demo, which differs from the Rabat page by its city alone (Jaccard 0.92), is 8 to 12 of 64 bits
 * from its siblings and the old 7-bit filter missed it. Pairs of short pages (under SHORT_WORDS) of
 * almost the same length (template variants: a city, a month swapped) within SHORT_CANDIDATE_BITS =
 * 15 bits are candidates, found through 8 bands of 8 bits probed with
 * every one-bit variant (two fingerprints within 15 bits have a band at most one bit apart); other
 * pairs within CANDIDATE_BITS = 7 bits (an identical band). Longer pages keep the tighter filter
 * because on a templated site most pages fall within 15 bits of each other and computing their
 * shingles would cost seconds a thousand pages; near duplicates between 0.8 and ~0.9 among long
 * pages can still be missed.
 *
 * Text: link texts are navigation (menus, sidebars, footers) that a template repeats on every page;
 * counted as text they made distinct pages of a documentation site "near duplicates" because a
 * 500-word sidebar outweighed an 80-word article. Shingles that also occur in the page's own link
 * texts are dropped before comparing, and pages with fewer than MIN_TEXT_SHINGLES left are not
 * compared (nearDuplicateCoverage says how many).
 */
import { jaccard, popcount32, shingleSet } from '../../text/simhash.js';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { indexablePages } from '../helpers.js';
import { pageText } from '../../site/page-text.js';
import { tokenize } from '../../text/normalize.js';

export const CANDIDATE_BITS = 7;
export const SHORT_CANDIDATE_BITS = 15;
/** Under this many words, a page's fingerprint is noisy enough to need the wider filter. */
export const SHORT_WORDS = 200;
export const NEAR_DUPLICATE_JACCARD = 0.8;
const MIN_WORDS = 20;
export const MIN_TEXT_SHINGLES = 15;
/** A band value shared by this many pages says nothing (templates): skipped. */
const MAX_BUCKET = 2000;

interface Clustering {
  clusters: PageRecord[][];
  /** Candidate pages left out because their text outside links is too short to compare. */
  mostlyLinks: PageRecord[];
}

// Two rules and the report read the clusters of one snapshot: compute them once.
const computed = new WeakMap<SiteSnapshot, Clustering>();

function clustering(snapshot: SiteSnapshot): Clustering {
  let c = computed.get(snapshot);
  if (!c) computed.set(snapshot, (c = findClusters(snapshot)));
  return c;
}

export function nearDuplicateClusters(snapshot: SiteSnapshot): PageRecord[][] {
  return clustering(snapshot).clusters;
}

/** Which candidate pages could not be judged (almost all their text is link text). */
export function nearDuplicateLeftOut(snapshot: SiteSnapshot): PageRecord[] {
  return clustering(snapshot).mostlyLinks;
}

/** The page's shingles minus those of its link texts (in document order, as a menu reads). */
export function textShingles(page: PageRecord): Set<number> {
  const html = page.html!;
  const text = pageText(html);
  const body = shingleSet(text.bodyTokens());
  const linkTokens: string[] = [];
  for (const t of [...text.anchorTexts('internal'), ...text.anchorTexts('external')]) for (const w of tokenize(t)) linkTokens.push(w);
  if (linkTokens.length < 3) return body;
  for (const s of shingleSet(linkTokens, Infinity)) body.delete(s);
  return body;
}

function findClusters(snapshot: SiteSnapshot): Clustering {
  const pages = indexablePages(snapshot).filter((p) => p.html!.wordCount >= MIN_WORDS);
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Fingerprints as numbers once, not parsed from hex at each of a million comparisons.
  const hi = Uint32Array.from(pages, (p) => parseInt(p.html!.fingerprint.slice(0, 8), 16));
  const lo = Uint32Array.from(pages, (p) => parseInt(p.html!.fingerprint.slice(8), 16));
  const words = Float64Array.from(pages, (p) => p.html!.wordCount);
  const shingles = new Map<number, Set<number>>();
  const setOf = (i: number) => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = textShingles(pages[i]!)));
    return s;
  };
  const short = pages.map((p) => p.html!.wordCount < SHORT_WORDS);
  // Same length within 2 words or 2 %: a template filled with another name, not any two short pages
  // (on a templated site thousands of short pages are within 15 bits: comparing them all took minutes).
  const variants = (i: number, j: number) => short[i]! && short[j]! && Math.abs(words[i]! - words[j]!) <= Math.max(2, 0.02 * Math.max(words[i]!, words[j]!));
  const judge = (i: number, j: number) => {
    if (find(i) === find(j)) return;
    if (popcount32(hi[i]! ^ hi[j]!) + popcount32(lo[i]! ^ lo[j]!) > (variants(i, j) ? SHORT_CANDIDATE_BITS : CANDIDATE_BITS)) return;
    // Jaccard can reach 0.8 only between texts of similar length (it is at most min/max).
    if (Math.min(words[i]!, words[j]!) < NEAR_DUPLICATE_JACCARD * Math.max(words[i]!, words[j]!)) return;
    const a = setOf(i);
    const b = setOf(j);
    if (a.size < MIN_TEXT_SHINGLES || b.size < MIN_TEXT_SHINGLES) return;
    if (jaccard(a, b) >= NEAR_DUPLICATE_JACCARD) parent[find(i)] = find(j);
  };
  for (let band = 0; band < 8; band++) {
    const buckets = new Map<number, number[]>();
    const keys = pages.map((p, i) => {
      const key = parseInt(p.html!.fingerprint.slice(band * 2, band * 2 + 2), 16);
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
      return key;
    });
    for (let i = 0; i < pages.length; i++) {
      // A long page needs an identical band (7 bits); only a short one probes the one-bit variants.
      for (let probe = -1; probe < (short[i] ? 8 : 0); probe++) {
        const ids = buckets.get(probe < 0 ? keys[i]! : keys[i]! ^ (1 << probe));
        if (!ids || ids.length > MAX_BUCKET) continue;
        // Each unordered pair once: from its lower index, whichever side probes the other.
        for (const j of ids) if (j > i) judge(i, j);
      }
    }
  }
  const clusters = new Map<number, PageRecord[]>();
  pages.forEach((p, i) => {
    const r = find(i);
    const c = clusters.get(r);
    if (c) c.push(p);
    else clusters.set(r, [p]);
  });
  const mostlyLinks = [...shingles].filter(([, s]) => s.size < MIN_TEXT_SHINGLES).map(([i]) => pages[i]!);
  return { clusters: [...clusters.values()].filter((c) => c.length > 1), mostlyLinks };
}

/** The landing-pages step's note on pages the near-duplicate check could not judge, or null. */
export function nearDuplicateNote(snapshot: SiteSnapshot): { text: string; message: Message } | null {
  const left = nearDuplicateLeftOut(snapshot);
  if (!left.length) return null;
  const examples = left.slice(0, 3).map((p) => p.url).join(', ');
  return {
    text: `${left.length} candidate page(s) could not be compared for near duplicates: under ${MIN_TEXT_SHINGLES} three-word sequences of text outside links (menus and link lists only), e.g. ${examples}.`,
    message: msg('landing-pages.not-compared', { pages: left.length, shingles: MIN_TEXT_SHINGLES, examples }),
  };
}
