import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { esc } from '../../src/render/svg.js';
import { renderHtml } from '../../src/render/html.js';
import { sampleReport } from '../support/sample-report.js';
import { XSS, xssReport } from './xss-report.js';

const html = renderHtml(sampleReport());

/** The SVG of the figure with this id. */
function chart(doc: string, id: string): string {
  const start = doc.indexOf(`<figure class="chart-figure`, doc.indexOf(`id="chart-${id}"`) - 60);
  return doc.slice(start, doc.indexOf('</figure>', start));
}

describe('renderHtml escaping', () => {
  const out = renderHtml(xssReport());

  it('prints hostile strings as text everywhere', () => {
    expect(out).not.toContain('<script>window.__xss');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('onerror="');
    expect(out).not.toContain('onmouseover="');
    expect(out).toContain('Title is &#60;script&#62;window.__xss=1&#60;/script&#62;&#60;img src=x onerror=&#34;window.__xss=2&#34;&#62;');
    // Only refaudit's own print helper is a script.
    expect(out.match(/<script/g)).toHaveLength(1);
  });

  it('never turns a non-http URL into a link', () => {
    expect(out).not.toContain('href="javascript:');
    expect(out).toContain('<li>javascript:window.__xss=3 — <span class="detail">');
  });

  it('escapes quotes in attributes', () => {
    expect(out).toContain('id="chart-x&#34; onmouseover=&#34;window.__xss=5"');
    expect(out).toContain('href="https://www.atlas-voyages.ma/&#34;&#62;&#60;script&#62;window.__xss=4&#60;/script&#62;"');
  });

  it('escapes the hostile string the same way in each place it was put', () => {
    const escaped = XSS.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    // summary, finding title, evidence detail, table cell, bar label (clipped), problem message
    expect(out.split(escaped).length - 1).toBeGreaterThanOrEqual(5);
  });
});

describe('esc', () => {
  it('leaves no markup character and decodes back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const e = esc(s);
        expect(e).not.toMatch(/[<>"']/);
        expect(e.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))).toBe(s);
      }),
    );
  });
});

describe('renderHtml document', () => {
  it('is self-contained: nothing to fetch, and a policy that forbids fetching', () => {
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|base)\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.every((h) => h.startsWith('#') || h.startsWith('https://'))).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`);
  });

  it('allows exactly its own inline script by hash', () => {
    const script = /<script>([^<]*)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
  });

  it('has a table of contents and one section per step, in order', () => {
    const toc = html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>'));
    expect([...toc.matchAll(/href="#step-(\d)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect([...html.matchAll(/<section class="step" id="step-(\d)" data-step="([a-z-]+)">/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      '1:objectives',
      '2:keywords',
      '3:engines',
      '4:content',
      '5:landing-pages',
      '6:submission',
      '7:evaluation',
      '8:periodic',
    ]);
    expect(html).toContain('<h2><span class="step-num">4</span> Content and structure</h2>');
  });

  it('draws coverage bars on a 0–100 scale, 440 px wide at 100', () => {
    const svg = chart(html, 'coverage-by-engine');
    expect([...svg.matchAll(/<rect class="bar tone-(\w+)" x="170" y="[\d.]+" width="([\d.]+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'good:404.8',
      'good:387.2',
      'bad:0',
    ]);
  });

  it('draws the page breaks of the positions chart at 10.5 and 20.5 and places each position', () => {
    const svg = chart(html, 'positions');
    // Deepest position 23 → axis to 30 → breaks after 10 and 20 only.
    expect([...svg.matchAll(/class="page-break" data-position="([\d.]+)" data-engines="([a-z ]+)" x1="([\d.]+)"/g)].map((m) => `${m[1]}|${m[2]}|${m[3]}`)).toEqual([
      '10.5|google bing|340',
      '20.5|google bing|480',
    ]);
    // x = 200 + (position - 0.5) / 30 × 420: Google #14 at 389; Bing not ranked in the right margin.
    expect(svg).toContain('<circle class="point" cx="389"');
    expect(svg).toContain('<rect class="point unranked" x="689.5"');
  });

  it('draws one line per trend series, 0–100 scale', () => {
    const svg = chart(html, 'score-trend');
    expect([...svg.matchAll(/<polyline class="series" fill="none" stroke="[^"]+" points="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '60,74 266.7,70 473.3,66 680,58',
      '60,144 266.7,142 473.3,138 680,132',
    ]);
  });

  it('draws findings by step, stacked by severity', () => {
    const svg = chart(html, 'findings-by-step');
    // Step 4 (fourth row, y = 8 + 3 × 26 + 3) has one finding of each severity; 3 is the largest
    // total, so each segment is 420 / 3 px, end to end from x = 220.
    expect([...svg.matchAll(/<rect class="bar sev-(\w+)" x="([\d.]+)" y="89" width="([\d.]+)"/g)].map((m) => `${m[1]}:${m[2]}:${m[3]}`)).toEqual([
      'critical:220:140',
      'warning:360:140',
      'notice:500:140',
    ]);
    // 10 findings in all, plus the three legend keys; step 8 (y = 8 + 7 × 26 + 16) has none.
    expect((svg.match(/<rect class="bar sev-/g) ?? []).length).toBe(10 + 3);
    expect(svg).toContain('>8. Periodic audit</text><text class="value" x="226" y="206">0</text>');
  });

  it('puts evidence in collapsible blocks that print open, each step on its own page', () => {
    expect(html).toContain('<details><summary>Evidence (6 of 9)</summary>');
    expect(html).toContain('3 more not listed here');
    const print = html.slice(html.indexOf('@media print'));
    expect(print).toContain('details::details-content{content-visibility:visible;display:block}');
    expect(print).toContain('section.step,#next-actions,#sources{break-before:page}');
  });

  it('shows every figure\u2019s origin', () => {
    // A model is cited once, in Sources, under the short label the figure carries.
    expect(html).toContain('<div class="origin">model <a class="cite" href="#source-S1">[S1]</a></div>');
    expect(html).toContain('<li id="source-S1"><b>[S1]</b> <code>engine-audience.json</code>: StatCounter Global Stats, search engine market share, Morocco (2026-10)</li>');
    expect(html.split('StatCounter Global Stats, search engine market share, Morocco').length - 1).toBe(2); // the citation and the data-file table
    expect(html).toContain('<td class="origin">measured: crawl</td>');
    expect(html).toContain('<p class="origin">Origin: imported: 2026-11.csv</p>');
    // No folder of the machine or of refaudit's source reaches the client.
    expect(html).not.toMatch(/src\/(data|analyze)\/|rankings\/2026/);
  });
});
