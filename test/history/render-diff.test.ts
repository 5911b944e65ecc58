/**
 * `refaudit diff` as text: 80 columns at most (colour or not), new / fixed / persisting findings
 * named, and the regression verdict whole however many reasons it has.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/history/diff.js';
import { renderDiffText } from '../../src/history/render-diff.js';
import { findingItems } from '../../src/report/items.js';
import { sampleReport } from '../support/sample-report.js';
import { makeDiff } from '../support/make-diff.js';

const LONG = `https://www.atlas-voyages.ma/circuits/sud/merzouga/bivouac-de-luxe-sous-les-etoiles-3-jours-2-nuits/?utm_source=newsletter`;

const diff = makeDiff;

/** A diff with something long in every section, and all four kinds of regression reason. */
const BUSY = diff({
  newFindings: [
    { ruleId: 'canonical-points-to-redirect', severity: 'critical', title: 't', url: LONG },
    { ruleId: 'structured-data-invalid-json-ld', severity: 'warning', title: 't', url: `${LONG}&x=1` },
    { ruleId: 'hreflang-return-link-missing', severity: 'warning', title: 't', url: `${LONG}&x=2` },
    { ruleId: 'description-duplicate', severity: 'notice', title: 't', url: null },
  ],
  fixedFindings: [{ ruleId: 'title-missing', severity: 'warning', title: 't', url: `${LONG}&old=1` }],
  persisting: [
    { ruleId: 'robots-blocks-engine', severity: 'critical', title: 't', before: 1, after: 1 },
    { ruleId: 'keyword-no-relevant-page', severity: 'warning', title: 't', before: 3, after: 2 },
  ],
  scores: { coverage: -12.5, relevance: 3.2, ranking: null },
  rankingMoves: [
    { keyword: 'circuit désert maroc bivouac de luxe merzouga trois jours deux nuits 🐪', engine: 'google', market: 'fr-MA', from: 9, to: 14, fromPage: 1, toPage: 2, crossing: 'down' },
    { keyword: 'riad marrakech', engine: 'bing', market: 'fr-MA', from: 15, to: 4, fromPage: 2, toPage: 1, crossing: 'up' },
  ],
  pagesAdded: [`${LONG}&new=1`],
  pagesRemoved: ['https://www.atlas-voyages.ma/ancienne-offre/'],
  statusChanges: [{ url: LONG, from: 200, to: 500 }, { url: 'https://www.atlas-voyages.ma/b', from: 200, to: null }],
});

const columns = (line: string) => Array.from(stripVTControlCharacters(line)).length;

describe('renderDiffText', () => {
  it.each([false, true])('keeps every line within 80 columns (colour %s)', (color) => {
    const text = renderDiffText(BUSY, color);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(80);
    if (color) expect(text).toMatch(/\u001b\[/);
    else expect(text).not.toMatch(/\u001b\[/);
  });

  it('does not split an astral character when it cuts a long line', () => {
    const keyword = `${'x'.repeat(40)}🐪🐪🐪🐪🐪🐪🐪🐪🐪🐪${'y'.repeat(40)}`;
    const text = renderDiffText(diff({ rankingMoves: [{ keyword, engine: 'google', market: 'fr-MA', from: 3, to: 4, fromPage: 1, toPage: 1, crossing: null }] }), false);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const line = text.split('\n').find((l) => l.includes('xxxx'))!;
    expect(line.endsWith('…')).toBe(true);
    expect(columns(line)).toBe(78);
  });

  it('names new, fixed and persisting findings with their severity, rule and URL or counts', () => {
    const text = renderDiffText(BUSY, false);
    expect(text).toContain('\nnew findings (4)\n');
    expect(text).toContain('  + [critical] canonical-points-to-redirect https://www.atlas-voyages.ma/circ…\n');
    expect(text).toContain('  + [notice] description-duplicate\n'); // no URL, no trailing space
    expect(text).toContain('\nfixed findings (1)\n');
    expect(text).toContain('  - [warning] title-missing https://www.atlas-voyages.ma/');
    expect(text).toContain('\npersisting findings (2)\n');
    expect(text).toContain('  = [critical] robots-blocks-engine 1 → 1\n');
    expect(text).toContain('  = [warning] keyword-no-relevant-page 3 → 2\n');
  });

  it('shows the dates, the score deltas with their sign, and "not measured"', () => {
    const text = renderDiffText(BUSY, false);
    expect(text.split('\n')[0]).toBe('refaudit diff: 2026-11-17T06:00 → 2026-11-24T06:00');
    expect(text).toContain('scores: coverage -12.5, relevance +3.2, ranking not measured\n');
  });

  it('shows ranking moves with page-break crossings, and page changes', () => {
    const text = renderDiffText(BUSY, false);
    expect(text).toContain('  riad marrakech (bing fr-MA): 15 → 4 onto page 1\n');
    // Too long for a line: cut with an ellipsis at 78 columns.
    expect(text).toContain('\n  circuit désert maroc bivouac de luxe merzouga trois jours deux nuits 🐪 (goo…\n');
    expect(text).toContain('  - https://www.atlas-voyages.ma/ancienne-offre/\n');
    expect(text).toContain('  ~ https://www.atlas-voyages.ma/b 200 → error\n');
  });

  it('gives the whole regression verdict, wrapped rather than cut, however many reasons', () => {
    const text = renderDiffText(BUSY, false);
    const at = text.indexOf('regression: ');
    expect(at).toBeGreaterThan(0);
    const verdict = text.slice(at).trimEnd();
    expect(verdict.split('\n').length).toBeGreaterThan(1);
    expect(verdict).not.toContain('…');
    expect(verdict.replace(/\n {2}/g, ' ')).toBe(
      'regression: 3 new critical/warning finding(s) (canonical-points-to-redirect, structured-data-invalid-json-ld, hreflang-return-link-missing); coverage score down 12.5 points; 1 keyword(s) fell to a later results page; 1 page(s) went from 200 to an error',
    );
  });

  it('says "no regression" and lists empty sections as (0) when nothing changed', () => {
    const text = renderDiffText(diff(), false);
    expect(text).toContain('\nnew findings (0)\n');
    expect(text).toContain('\nfixed findings (0)\n');
    expect(text).toContain('\npersisting findings (0)\n');
    expect(text.trimEnd().endsWith('no regression')).toBe(true);
  });

  it('shows at most 30 items a section, then how many more', () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ruleId: 'img-alt-missing', severity: 'notice' as const, title: 't', url: `https://ex.test/p${i}` }));
    const text = renderDiffText(diff({ newFindings: many }), false);
    expect(text).toContain('\nnew findings (45)\n');
    expect(text.match(/^ {2}\+ \[notice\] img-alt-missing/gm)).toHaveLength(30);
    expect(text).toContain('  … and 15 more\n');
  });

  it('renders a diff of two real reports', () => {
    const old = sampleReport();
    const now = sampleReport();
    now.generatedAt = '2026-12-01T06:00:00.000Z';
    now.steps[3]!.findings = [];
    now.items = findingItems(now.steps.flatMap((s) => s.findings));
    const text = renderDiffText(diffReports(old, now), false);
    for (const line of text.trimEnd().split('\n')) expect(columns(line), line).toBeLessThanOrEqual(80);
    expect(text).toMatch(/\nfixed findings \(8\)\n {2}- \[critical\] title-missing https:/);
    expect(text).toContain('\npersisting findings (7)\n');
    expect(text).toContain('\n  = [critical] robots-blocks-engine 1 → 1\n');
    expect(text).toContain('\n  = [warning] sitemap-url-noindex 6 → 6\n');
    expect(text).toContain('\nnew findings (0)\n');
  });
});
