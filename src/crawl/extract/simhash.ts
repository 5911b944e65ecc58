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

export function simhash64(tokens: string[]): string {
  const weights = new Int32Array(64);
  const n = tokens.length;
  if (n === 0) return '0000000000000000';
  const shingles = n < 3 ? [tokens.join(' ')] : [];
  for (let i = 0; i + 2 < n; i++) shingles.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  for (const sh of shingles) {
    const [a, b] = hash64(sh);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (a >>> bit) & 1 ? 1 : -1;
      weights[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) lo |= 1 << bit;
    if (weights[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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
export function shingleSet(tokens: string[], maxTokens = 2000): Set<number> {
  const t = tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
  const out = new Set<number>();
  if (t.length < 3) {
    if (t.length) out.add(hash64(t.join(' '))[0]);
    return out;
  }
  for (let i = 0; i + 2 < t.length; i++) out.add(hash64(`${t[i]} ${t[i + 1]} ${t[i + 2]}`)[0]);
  return out;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (!a.size && !b.size) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
