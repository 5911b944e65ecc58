import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { sampleReport } from '../support/sample-report.js';

describe('renderJson', () => {
  it('puts schemaVersion first, indents by two spaces and ends with a newline', () => {
    const out = renderJson(sampleReport());
    expect(out.startsWith('{\n  "schemaVersion": 2,\n  "tool": {\n    "name": "refaudit",')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('keeps schemaVersion first even when the object was built in another order', () => {
    const { schemaVersion, ...rest } = sampleReport();
    const reordered = { ...rest, schemaVersion };
    expect(Object.keys(JSON.parse(renderJson(reordered)))[0]).toBe('schemaVersion');
  });

  it('prints the report as it is: parsing it back gives the same object', () => {
    const r = sampleReport();
    expect(JSON.parse(renderJson(r))).toEqual(r);
  });
});
