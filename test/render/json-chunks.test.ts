import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/render/json-chunks.js';
import { renderJson, renderJsonChunks } from '../../src/render/json.js';
import { sampleReport } from '../support/sample-report.js';

const joined = (v: unknown) => [...jsonChunks(v)].join('');
const reference = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

// Values JSON.stringify treats specially: left out of objects, null in arrays, toJSON called.
const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), new Date(0), Number.NaN, -0, Infinity, new Number(3), new String('x'), { toJSON: () => undefined }, { toJSON: (k: string) => `key ${k}` });
const small = fc.letrec((tie) => ({
  any: fc.oneof({ maxDepth: 3 }, fc.jsonValue({ maxDepth: 1 }), odd, tie('array'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie('any'), { maxKeys: 4 }),
})).any;
// Long arrays (their elements go to JSON.stringify one by one) at any depth of small containers.
const value = fc.oneof(small, fc.array(small, { minLength: 32, maxLength: 36 }), fc.dictionary(fc.string({ maxLength: 4 }), fc.array(small, { minLength: 32, maxLength: 36 }), { maxKeys: 3 }));

describe('jsonChunks', () => {
  // A report is an object: the top level is a container (JSON.stringify(undefined) is no text at all).
  it('writes the bytes JSON.stringify(value, null, 2) writes, and a newline', () => {
    fc.assert(fc.property(fc.oneof(fc.array(value, { maxLength: 4 }), fc.array(value, { minLength: 32, maxLength: 34 }), fc.dictionary(fc.string(), value, { maxKeys: 4 })), (v) => {
      expect(joined(v)).toBe(reference(v));
    }), { numRuns: 120 });
  });

  it('cuts a large value into pieces of about 64 KB (and one batch of rows), each ending where the next begins', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ keyword: `riad ${i} "quoted"\n`, position: i % 60, page: null, related: [] }));
    const big = { steps: [{ tables: [{ rows }] }], items: rows, n: 1 };
    const pieces = [...jsonChunks(big)];
    expect(pieces.length).toBeGreaterThan(20);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    expect(pieces.join('')).toBe(reference(big));
  });

  it('gives the report renderJson gives', () => {
    const { schemaVersion, ...rest } = sampleReport();
    const reordered = { ...rest, schemaVersion };
    expect([...renderJsonChunks(reordered)].join('')).toBe(renderJson(reordered));
  });
});
