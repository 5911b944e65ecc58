/**
 * 64-bit simhash (Charikar) over 3-word shingles: near-identical pages land a few bits apart,
 * unrelated ones about 32 bits apart. FNV-1a is computed as two 32-bit halves with Math.imul,
 * avoiding BigInt in the per-page hot path.
 */
function fnv1a64(s: string): [number, number] {
  // Two independent 32-bit FNV-1a lanes with different offsets make the 64 bits.
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return [h1 >>> 0, h2 >>> 0];
}

export function simhash64(tokens: string[]): string {
  const weights = new Int32Array(64);
  const n = tokens.length;
  if (n === 0) return '0000000000000000';
  const shingles = n < 3 ? [tokens.join(' ')] : [];
  for (let i = 0; i + 2 < n; i++) shingles.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  for (const sh of shingles) {
    const [a, b] = fnv1a64(sh);
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
