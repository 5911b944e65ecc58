import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { renderJson } from '../../src/render/json.js';
import { sampleReport } from '../support/sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** The report as a JSON reader sees it. */
const asJson = (r: ReturnType<typeof sampleReport>) => JSON.parse(renderJson(r)) as Record<string, any>;

describe('report.schema.json', () => {
  it('accepts the sample report as rendered to JSON', () => {
    const ok = validate(asJson(sampleReport()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an unknown severity', () => {
    const r = asJson(sampleReport());
    r.steps[3].findings[0].severity = 'fatal';
    expect(validate(r)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/steps/3/findings/0/severity')).toBe(true);
  });

  it('rejects a report with a step missing', () => {
    const r = asJson(sampleReport());
    r.steps.splice(5, 1);
    expect(validate(r)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/steps' && e.keyword === 'minItems')).toBe(true);
  });

  it('rejects steps out of order', () => {
    const r = asJson(sampleReport());
    [r.steps[0], r.steps[1]] = [r.steps[1], r.steps[0]];
    expect(validate(r)).toBe(false);
  });

  it('rejects an unknown step id, a wrong schemaVersion, an extra field and a figure without origin', () => {
    const badStep = asJson(sampleReport());
    badStep.nextActions[0].step = 'links';
    expect(validate(badStep)).toBe(false);

    const badVersion = asJson(sampleReport());
    badVersion.schemaVersion = 1;
    expect(validate(badVersion)).toBe(false);

    const extra = asJson(sampleReport());
    extra.steps[0].scores[0].colour = 'red';
    expect(validate(extra)).toBe(false);

    const noOrigin = asJson(sampleReport());
    delete noOrigin.scores.coverage.origin;
    expect(validate(noOrigin)).toBe(false);
  });

  it('rejects a model origin without its source and date', () => {
    const r = asJson(sampleReport());
    r.scores.ranking.origin = { kind: 'model', file: 'src/data/ctr-curve.json' };
    expect(validate(r)).toBe(false);
  });
});
