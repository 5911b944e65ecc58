/**
 * Near-duplicate pages. The simhash fingerprints the crawl stores pick candidate pairs (within
 * CANDIDATE_BITS bits, found through 8 bands of 8 bits: by pigeonhole two fingerprints that close
 * share a band), then the exact Jaccard similarity of their 3-word shingles decides: ≥ 0.8 is a
 * near duplicate. Simhash alone is too noisy on short pages, where a few changed words move many
 * bits. Near duplicates are joined (union-find), so chains of similar pages form one cluster.
 */
import { jaccard, popcount32, shingleSet } from '../../crawl/extract/simhash.js';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { indexablePages } from '../helpers.js';
import { bodyTokens } from '../../site/body-tokens.js';

export const CANDIDATE_BITS = 7;
export const NEAR_DUPLICATE_JACCARD = 0.8;
const MIN_WORDS = 20;

// Two rules read the clusters of one snapshot: compute them once.
const computed = new WeakMap<SiteSnapshot, PageRecord[][]>();

export function nearDuplicateClusters(snapshot: SiteSnapshot): PageRecord[][] {
  let clusters = computed.get(snapshot);
  if (!clusters) computed.set(snapshot, (clusters = findClusters(snapshot)));
  return clusters;
}

function findClusters(snapshot: SiteSnapshot): PageRecord[][] {
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
  const shingles = new Map<number, Set<number>>();
  const setOf = (i: number) => {
    let s = shingles.get(i);
    if (!s) shingles.set(i, (s = shingleSet(bodyTokens(pages[i]!.html!))));
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
            popcount32(hi[i]! ^ hi[j]!) + popcount32(lo[i]! ^ lo[j]!) <= CANDIDATE_BITS &&
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
