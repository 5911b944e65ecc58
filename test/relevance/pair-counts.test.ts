import { describe, expect, it } from 'vitest';
import { PairCounts } from '../../src/analyze/relevance/pair-counts.js';

describe('PairCounts', () => {
  it('numbers pairs densely, finds them again across growth, and stops at its cap', () => {
    const t = new PairCounts(50_000, 4);
    const ids = new Map<string, number>();
    for (let a = 0; a < 200; a++) for (let b = 0; b < 200; b++) ids.set(`${a},${b}`, t.add(a, b));
    expect(t.size).toBe(40_000);
    expect(new Set(ids.values()).size).toBe(40_000);
    for (let a = 0; a < 200; a += 7) for (let b = 0; b < 200; b += 3) expect(t.add(a, b)).toBe(ids.get(`${a},${b}`));
    expect([t.first(ids.get('12,34')!), t.second(ids.get('12,34')!)]).toEqual([12, 34]);
    for (let a = 200; a < 300; a++) for (let b = 0; b < 200; b++) t.add(a, b);
    expect(t.size).toBe(50_000);
    expect(t.add(10_000, 1)).toBe(-1);
    expect(t.add(0, 0)).toBe(ids.get('0,0'));
  });

  it('sums 1 + ln(count) and pages per pair, the same as a Map, with the table growing mid-page', () => {
    // Random pages of pairs from a small alphabet: many repeats on a page, growth during pages.
    let seed = 7;
    const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const t = new PairCounts(Infinity, 2);
    const expected = new Map<string, { tf: number; df: number }>();
    for (let page = 0; page < 300; page++) {
      const onPage = new Map<string, number>();
      for (let k = rand(60); k > 0; k--) {
        const [a, b] = [rand(40), rand(40)];
        t.add(a, b);
        onPage.set(`${a},${b}`, (onPage.get(`${a},${b}`) ?? 0) + 1);
      }
      t.endPage();
      for (const [key, n] of onPage) {
        const e = expected.get(key) ?? { tf: 0, df: 0 };
        expected.set(key, { tf: e.tf + 1 + Math.log(n), df: e.df + 1 });
      }
    }
    expect(t.size).toBe(expected.size);
    const got = new Map<string, { tf: number; df: number }>();
    for (let id = 0; id < t.size; id++) got.set(`${t.first(id)},${t.second(id)}`, { tf: t.tf(id), df: t.df(id) });
    expect(got).toEqual(expected);
  });
});
