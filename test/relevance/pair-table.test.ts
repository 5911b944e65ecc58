import { describe, expect, it } from 'vitest';
import { PairTable } from '../../src/analyze/relevance/pair-table.js';

describe('PairTable', () => {
  it('numbers pairs densely, finds them again across growth, and stops at its cap', () => {
    const t = new PairTable(50_000, 4);
    const ids = new Map<string, number>();
    for (let a = 0; a < 200; a++) for (let b = 0; b < 200; b++) ids.set(`${a},${b}`, t.id(a, b));
    expect(t.size).toBe(40_000);
    expect(new Set(ids.values()).size).toBe(40_000);
    for (let a = 0; a < 200; a += 7) for (let b = 0; b < 200; b += 3) expect(t.id(a, b)).toBe(ids.get(`${a},${b}`));
    expect([t.first(ids.get('12,34')!), t.second(ids.get('12,34')!)]).toEqual([12, 34]);
    for (let a = 200; a < 300; a++) for (let b = 0; b < 200; b++) t.id(a, b);
    expect(t.size).toBe(50_000);
    expect(t.id(10_000, 1)).toBe(-1);
    expect(t.id(0, 0)).toBe(ids.get('0,0'));
  });
});
