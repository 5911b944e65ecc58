/**
 * The demo shows the three parts of coverage: directory shares with their stated source, the
 * language "fr" read over its markets, and presence estimated from crawlability (no provider).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSetup } from '../../src/cli/demo.js';
import { loadConfig } from '../../src/config/load.js';
import { runAudit } from '../../src/pipeline/audit.js';
import type { Report } from '../../src/report/types.js';

let demo: DemoSetup;
let report: Report;
beforeAll(async () => {
  demo = await startDemo({ basePort: 0 });
  report = (await runAudit({ config: loadConfig(demo.configFile), from: null, historyDir: null })).report;
}, 120_000);
afterAll(() => demo.close());

describe('coverage in the demo', () => {
  it('counts the directories\' shares, names the missing one with the points it costs, and the partial one', () => {
    const step = report.steps.find((s) => s.id === 'engines')!;
    const ma = step.tables.find((t) => t.id === 'audience' && t.market === 'fr-MA')!;
    const guide = ma.rows.find((r) => r.channel === 'Guide Tourisme Marrakech')!;
    expect(guide).toMatchObject({ kind: 'directory', share: 20, presence: 0, lost: 20 });
    expect(guide.origin).toMatch(/^share: config \(demo figure, invented/);
    expect(ma.rows.find((r) => r.channel === 'Portail Maroc Séjours')).toMatchObject({ kind: 'directory', share: 3, presence: 40 });
    expect(step.summary).toMatch(/Guide Tourisme Marrakech's listing costs \d+\.\d points of the overall score \(20\.0 in fr-MA\)/);
    const findings = new Map(step.findings.map((f) => [f.ruleId, f]));
    expect(findings.get('directory-link-missing')!.evidence[0]!.detail).toMatch(/costs 20\.0 points in fr-MA \(share 20\.0 %, source: demo figure/);
    expect(findings.get('directory-listing-partial')!.evidence[0]!.detail).toMatch(/^Portail Maroc Séjours: in another category, rel="nofollow"/);
  });

  it('reads the language "fr" over its markets and says which', () => {
    const step = report.steps.find((s) => s.id === 'engines')!;
    expect(step.scores.map((s) => s.label)).toContain('Coverage in fr (language: FR, MA, DZ, CA, BE, TN, CI, SN, CH)');
    expect(step.tables.find((t) => t.id === 'language-markets' && t.market === 'fr')!.rows.map((r) => r.market)).toEqual(['fr-FR', 'fr-MA', 'fr-DZ', 'fr-CA', 'fr-BE', 'fr-TN', 'fr-CI', 'fr-SN', 'fr-CH']);
  });

  it('says that presence is estimated from crawlability, with no provider in the demo', () => {
    const step = report.steps.find((s) => s.id === 'engines')!;
    expect(step.notes).toContainEqual(expect.stringMatching(/^Presence estimated from crawlability only \(no index export imported, no SERP provider answer\) for: Google, Bing/));
    expect(report.sources.map((s) => s.file)).toEqual(expect.arrayContaining(['src/data/language-markets.json', 'src/data/directory-presence.json']));
  });
});
