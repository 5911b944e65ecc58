/**
 * Near-duplicate pages. The simhash fingerprints the crawl stores pick candidate pairs (within
 * CANDIDATE_BITS bits, found through 8 bands of 8 bits: by pigeonhole two fingerprints that close
 * share a band), then the exact Jaccard similarity of their 3-word shingles decides: ≥ 0.8 is a
 * near duplicate. Simhash alone is too noisy on short pages, where a few changed words move many
 * bits. Near duplicates are joined (union-find), so chains of similar pages form one cluster.
 */
import { hammingDistance, jaccard, shingleSet } from '../../crawl/extract/simhash.js';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { defineRule, indexablePages } from '../helpers.js';
import { THIN_WORDS } from '../content/headings.js';

export const CANDIDATE_BITS = 7;
export const NEAR_DUPLICATE_JACCARD = 0.8;
const MIN_WORDS = 20;

export function nearDuplicateClusters(snapshot: SiteSnapshot): PageRecord[][] {
  const pages = indexablePages(snapshot).filter((p) => p.html!.wordCount >= MIN_WORDS);
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const shingles = new Map<number, Set<number>>();
  const setOf = (i: number) => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = shingleSet(pages[i]!.html!.bodyTokens.split(' '))));
    return s;
  };
  for (let band = 0; band < 8; band++) {
    const buckets = new Map<string, number[]>();
    pages.forEach((p, i) => {
      const key = p.html!.fingerprint.slice(band * 2, band * 2 + 2);
      const b = buckets.get(key);
      if (b) b.push(i);
      else buckets.set(key, [i]);
    });
    for (const ids of buckets.values()) {
      // A band value shared by thousands of pages says nothing (templates): skip it.
      if (ids.length < 2 || ids.length > 2000) continue;
      for (let a = 0; a < ids.length; a++) {
        for (let b = a + 1; b < ids.length; b++) {
          const i = ids[a]!;
          const j = ids[b]!;
          if (
            find(i) !== find(j) &&
            hammingDistance(pages[i]!.html!.fingerprint, pages[j]!.html!.fingerprint) <= CANDIDATE_BITS &&
            jaccard(setOf(i), setOf(j)) >= NEAR_DUPLICATE_JACCARD
          ) {
            parent[find(i)] = find(j);
          }
        }
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
  return [...clusters.values()].filter((c) => c.length > 1);
}

/** Titles that differ by one word only: "Excursion à Fès" / "Excursion à Rabat". */
function differByOneWord(titles: string[]): boolean {
  const split = titles.map((t) => t.toLowerCase().split(/\s+/));
  const len = split[0]!.length;
  if (!split.every((s) => s.length === len)) return false;
  let differing = 0;
  for (let i = 0; i < len; i++) if (new Set(split.map((s) => s[i])).size > 1) differing += 1;
  return differing === 1;
}

export const nearDuplicatePages = defineRule(
  {
    id: 'near-duplicate-pages', step: 'landing-pages', severity: 'warning', title: 'Near-duplicate pages',
    help: 'Pages whose text is nearly the same split relevance and links between them; engines show one and filter the rest.',
    fix: 'Merge them into one strong page (301 the others) or make each one genuinely different.',
  },
  ({ snapshot }) =>
    nearDuplicateClusters(snapshot).flatMap((c) => c.map((p) => ({ url: p.url, detail: `cluster of ${c.length} pages`, related: c.filter((o) => o !== p).map((o) => o.url).slice(0, 10) }))),
);

export const doorwayPages = defineRule(
  {
    id: 'doorway-pages', step: 'landing-pages', severity: 'critical', title: 'Doorway pattern: thin near-identical pages per variant',
    help: 'Three or more thin, near-identical pages whose titles differ by one word (a city, a product variant) are what engines call doorway pages, a spam policy that can demote the whole site.',
    fix: 'Replace them with one real landing page for the theme, with genuine content per variant if any.',
  },
  ({ snapshot }) =>
    nearDuplicateClusters(snapshot)
      .filter((c) => c.length >= 3 && c.every((p) => p.html!.wordCount < THIN_WORDS) && c.every((p) => p.html!.title) && differByOneWord(c.map((p) => p.html!.title!)))
      .flatMap((c) => c.map((p) => ({ url: p.url, detail: `"${p.html!.title}" (${p.html!.wordCount} words)`, related: c.filter((o) => o !== p).map((o) => o.url) }))),
);
