/**
 * The pieces of the French report that are not sentences of the catalogues: an action's shared
 * cause, robots.txt lines, input-file problems, model sources, step 8's cells and the cells the
 * builders join. Each is checked on its own here; test/i18n/no-english.test.ts reads them in the
 * demo's whole report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/render/translate.js';
import { sharedCause } from '../../src/report/next-actions.js';
import { frRobotsProblem } from '../../src/i18n/details-fr.js';
import { frProblem } from '../../src/i18n/fr-problems.js';
import { frSource } from '../../src/i18n/fr-sources.js';
import { itemWhere } from '../../src/history/identity.js';
import { EN_DETAILS } from '../../src/rules/details-en.js';
import type { Finding } from '../../src/rules/types.js';

const fr = translator('fr');
const en = translator('en');

function offHost(n: number): Finding {
  const evidence = Array.from({ length: n }, (_, i) => {
    const facts = { canonical: `https://docs.example.org/p${i}`, host: 'docs.example.org', pagesOnHost: n, localAudit: false };
    return { url: `https://example.org/p${i}`, detail: EN_DETAILS['canonical-off-host']!(facts), facts };
  });
  return { ruleId: 'canonical-off-host', step: 'content', severity: 'critical', title: 't', fix: 'f', count: n, evidence } as unknown as Finding;
}

describe('the French words of an action’s shared cause', () => {
  it('reads the cause from the French details, the English one from the English details', () => {
    const f = offHost(5);
    const english = sharedCause(f);
    expect(english).toBe('canonical on host docs.example.org');
    expect(en.cause(f, english!)).toBe(english);
    expect(fr.cause(f, english!)).toBe('canonique sur l’hôte docs.example.org');
  });

  it('keeps the English cause when the French details share none (facts of another shape)', () => {
    const f = offHost(5);
    for (const e of f.evidence) delete (e as { facts?: unknown }).facts;
    expect(fr.cause(f, 'canonical on host docs.example.org')).toBe('canonical on host docs.example.org');
  });
});

describe('robots.txt lines and input problems in French', () => {
  it('words the two robots.txt problems, the line itself quoted as written', () => {
    expect(frRobotsProblem('line 3: not a "field: value" record: Disalow /x')).toBe('ligne 3 : pas un enregistrement « champ: valeur » : « Disalow /x »');
    expect(frRobotsProblem('line 7: unknown field "Crawl-delai" (ignored by engines)')).toBe('ligne 7 : champ inconnu « Crawl-delai » (ignoré par les moteurs)');
    expect(fr.related('robots-txt-malformed', 'line 7: unknown field "Host" (ignored by engines)')).toContain('champ inconnu');
    expect(en.related('robots-txt-malformed', 'line 7: unknown field "Host" (ignored by engines)')).toBe('line 7: unknown field "Host" (ignored by engines)');
    // Related URLs of other rules are not words.
    expect(fr.related('redirect-chain', 'https://example.org/a')).toBe('https://example.org/a');
  });

  it('words the problems of a rankings file, and prints an unknown one as written', () => {
    expect(frProblem('position "douze" is not a number from 1 to 1000 (leave it empty for "not ranked")')).toBe('position « douze » : pas un nombre de 1 à 1 000 (laisser vide pour « non positionné »)');
    expect(frProblem('date "12/11" is not an ISO date (YYYY-MM-DD)')).toBe('date « 12/11 » : pas une date ISO (AAAA-MM-JJ)');
    expect(fr.problem('something new')).toBe('something new');
    expect(en.problem('empty file')).toBe('empty file');
  });
});

describe('model sources in French', () => {
  it('has French for the source note of every bundled data file', () => {
    const dir = join(import.meta.dirname, '../../src/data');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const source = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source?: string }).source;
      if (source === undefined) continue;
      // A note changed in the data file needs its French in src/i18n/fr-sources.ts.
      expect(frSource(source), f).not.toBe(source);
    }
  });

  it('words the compound sources of the scores, and leaves a user’s own source as written', () => {
    const shares = (JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/audience-shares.json'), 'utf8')) as { source: string }).source;
    expect(fr.sourceText(`audience shares: ${shares}`)).toMatch(/^parts d’audience : StatCounter Global Stats, parts de marché/);
    expect(fr.sourceText('my agency’s panel, 2026')).toBe('my agency’s panel, 2026');
    expect(en.sourceText(`audience shares: ${shares}`)).toBe(`audience shares: ${shares}`);
  });

  it('writes data versions as French dates', () => {
    expect(fr.version('2025-10')).toBe('octobre 2025');
    expect(fr.version('2026-11-30')).toBe('30 novembre 2026');
    expect(en.version('2025-10')).toBe('2025-10');
  });
});

describe('cells in French', () => {
  it('shows an item without a URL in step 8 by its subject, in French quotation marks', () => {
    expect(itemWhere('"riad fès": 120 impressions, best page 21.3/100')).toBe('"riad fès"');
    expect(itemWhere('https://x.ma/p1')).toBe('https://x.ma/p1');
    expect(fr.cell('"riad fès"')).toBe('« riad fès »');
    expect(fr.cell('onto page 1')).toBe('passe en page 1');
    expect(fr.cell('fell to page 3')).toBe('retombe en page 3');
    expect(fr.cell('error → 200')).toBe('erreur → 200');
  });

  it('words the cells the builders join: found-in fields, sitemap problems, directory shares, robots.txt modes', () => {
    expect(fr.rowCell('target-keywords', 'fields', { fields: 'title, h1, body, anchors' })).toBe('titre, H1, corps, ancres');
    expect(fr.rowCell('sitemap-files', 'problems', { problems: '9 relative <loc> URLs, left out (sitemaps.org requires absolute URLs)' })).toBe(
      '9 URL <loc> relatives, écartées (sitemaps.org exige des URL absolues)',
    );
    expect(fr.cell('fr-MA: 6 %, fr-FR: 1.5 %')).toBe('fr-MA\u00a0: 6\u00a0%, fr-FR\u00a0: 1,5\u00a0%');
    expect(fr.cell('parsed')).toBe('lues');
    expect(en.cell('parsed')).toBe('parsed');
  });
});

describe('robots.txt problem lines in the French report', () => {
  it('prints each line refaudit could not read in French, in text, Markdown and HTML', async () => {
    const { sampleReport } = await import('../support/sample-report.js');
    const { renderText } = await import('../../src/render/text.js');
    const { renderMarkdown } = await import('../../src/render/markdown.js');
    const { renderHtml } = await import('../../src/render/html.js');
    const r = sampleReport();
    const submission = r.steps.find((s) => s.id === 'submission')!;
    const lines = ['line 2: not a "field: value" record: oops', 'line 5: unknown field "Crawl-delai" (ignored by engines)'];
    submission.findings.push({
      ruleId: 'robots-txt-malformed', step: 'submission', severity: 'warning', title: 'robots.txt has lines engines will not understand', fix: 'f', help: 'h', count: 1,
      evidence: [{ url: 'https://www.atlas-voyages.ma/robots.txt', detail: '2 problems', facts: { problems: 2 }, related: lines }],
    } as unknown as Finding);
    for (const out of [renderText(r, { color: false, lang: 'fr', width: 200 }), renderMarkdown(r, 'fr'), renderHtml(r, 'fr')]) {
      expect(out).toContain('champ inconnu');
      expect(out).toContain('ligne 2');
      expect(out).not.toContain('unknown field');
      expect(out).not.toContain('not a "field: value" record');
    }
  });
});
