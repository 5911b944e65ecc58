/**
 * 64-bit simhash (Charikar) over 3-word shingles: near-identical pages land a few bits apart,
 * unrelated ones about 32 bits apart. 32-bit arithmetic with Math.imul avoids BigInt in the
 * per-page hot path.
 */
/**
 * Two 32-bit hashes of a shingle: FNV-1a, then a murmur3-style finaliser with a different seed so
 * the two halves are independent and every input bit reaches every output bit (plain FNV-1a
 * leaves the high bits of short strings nearly constant, which would bias the simhash).
 */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash64(s: string): [number, number] {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return [mix32(h), mix32(h ^ 0x9e3779b9)];
}

/** The fingerprint covers a page's first 2,000 words: enough to tell pages apart, and bounded cost. */
export const SIMHASH_TOKENS = 2000;

export function simhash64(tokens: string[]): string {
  const weights = new Int32Array(64);
  const n = tokens.length;
  if (n === 0) return '0000000000000000';
  // Each word is hashed once; a shingle's hash combines its three words' hashes (no string built).
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = wordHash(tokens[i]!);
  let count = 0;
  const add = (x: number, y: number, z: number) => {
    let a = mix32(Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77) ^ z);
    let b = mix32(a ^ 0x27d4eb2f ^ Math.imul(z, 0x165667b1));
    count++;
    while (a) {
      const bit = 31 - Math.clz32(a);
      weights[bit]! += 1;
      a ^= 1 << bit;
    }
    while (b) {
      const bit = 31 - Math.clz32(b);
      weights[bit + 32]! += 1;
      b ^= 1 << bit;
    }
  };
  if (n < 3) add(words[0]!, n > 1 ? words[1]! : 0, 0);
  for (let i = 0; i + 2 < n; i++) add(words[i]!, words[i + 1]!, words[i + 2]!);
  // A bit is set when most shingles set it: the sign test of the classic ±1 sum.
  const half = count / 2;
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > half) lo |= 1 << bit;
    if (weights[bit + 32]! > half) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

const WORD_HASHES = new Map<string, number>();

function wordHash(w: string): number {
  let h = WORD_HASHES.get(w);
  if (h === undefined) {
    h = hash64(w)[0];
    if (WORD_HASHES.size < 200_000) WORD_HASHES.set(w, h);
  }
  return h;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: string, b: string): number {
  const ah = parseInt(a.slice(0, 8), 16);
  const al = parseInt(a.slice(8), 16);
  const bh = parseInt(b.slice(0, 8), 16);
  const bl = parseInt(b.slice(8), 16);
  return popcount32((ah ^ bh) >>> 0) + popcount32((al ^ bl) >>> 0);
}

/** Hashed 3-word shingles of a token list (the exact set simhash approximates). */
export function shingleSet(tokens: string[], maxTokens = SIMHASH_TOKENS): Set<number> {
  const t = tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
  const out = new Set<number>();
  const h = t.map(wordHash);
  if (h.length < 3) {
    if (h.length) out.add(mix32(Math.imul(h[0]!, 0x9e3779b1) ^ Math.imul(h[1] ?? 0, 0x85ebca77)));
    return out;
  }
  for (let i = 0; i + 2 < h.length; i++) out.add(mix32(Math.imul(h[i]!, 0x9e3779b1) ^ Math.imul(h[i + 1]!, 0x85ebca77) ^ h[i + 2]!));
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
