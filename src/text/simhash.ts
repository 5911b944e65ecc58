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

/** SPREAD[x] puts bit k of the byte x into bit 4k: eight 4-bit counters in one 32-bit number. */
const SPREAD = new Uint32Array(256);
for (let x = 0; x < 256; x++) for (let k = 0; k < 8; k++) if (x & (1 << k)) SPREAD[x]! |= 1 << (4 * k);

export function simhash64(tokens: string[]): string {
  const n = tokens.length;
  if (n === 0) return '0000000000000000';
  // Each word is hashed once; a shingle's hash combines its three words' hashes (no string built).
  const words = new Uint32Array(n);
  for (let i = 0; i < n; i++) words[i] = wordHash(tokens[i]!);
  // Bit counts for the 64 bits, 15 shingles at a time in 4-bit lanes (8 additions a shingle instead
  // of 64), then flushed into 64 plain counters.
  const weights = new Int32Array(64);
  const lanes = new Uint32Array(8);
  let inLanes = 0;
  let count = 0;
  const flush = () => {
    for (let j = 0; j < 8; j++) {
      const v = lanes[j]!;
      const base = j < 4 ? j * 8 : 32 + (j - 4) * 8;
      for (let k = 0; k < 8; k++) weights[base + k]! += (v >>> (4 * k)) & 15;
      lanes[j] = 0;
    }
    inLanes = 0;
  };
  const add = (x: number, y: number, z: number) => {
    const a = mix32(Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca77) ^ z);
    const b = mix32(a ^ 0x27d4eb2f ^ Math.imul(z, 0x165667b1));
    lanes[0]! += SPREAD[a & 255]!;
    lanes[1]! += SPREAD[(a >>> 8) & 255]!;
    lanes[2]! += SPREAD[(a >>> 16) & 255]!;
    lanes[3]! += SPREAD[a >>> 24]!;
    lanes[4]! += SPREAD[b & 255]!;
    lanes[5]! += SPREAD[(b >>> 8) & 255]!;
    lanes[6]! += SPREAD[(b >>> 16) & 255]!;
    lanes[7]! += SPREAD[b >>> 24]!;
    count++;
    if (++inLanes === 15) flush();
  };
  if (n < 3) add(words[0]!, n > 1 ? words[1]! : 0, 0);
  for (let i = 0; i + 2 < n; i++) add(words[i]!, words[i + 1]!, words[i + 2]!);
  flush();
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

export function popcount32(x: number): number {
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

/** Hashed 3-word shingles of a token list, its first maxTokens (the exact set simhash approximates). */
export function shingleSet(tokens: string[], maxTokens = Infinity): Set<number> {
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
