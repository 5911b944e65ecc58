/**
 * Findings made true on real sites (#11): off-host and relative canonicals, one cause one finding,
 * near duplicates compared on their text outside links. Rule tester cases here; the end-to-end runs
 * over fixtures/test-sites/ are in test/cli/issue11-sites.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { simhash64 } from '../../src/text/simhash.js';
import { extractHtml } from '../../src/crawl/extract/html.js';
import { tokenize } from '../../src/text/normalize.js';
import { makeSnapshot, type PageInput } from '../support/make-snapshot.js';
import { testRule } from './tester.js';

const rule = (id: string) => {
  const r = ALL_RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const U = (p: string) => `https://ex.test${p}`;
const site = (...pages: PageInput[]) => makeSnapshot([{ url: U('/') }, ...pages]);
/** A page whose text and fingerprint are what the crawl would store for that text. */
const textPage = (path: string, text: string, links: { url: string; text: string }[] = []): PageInput => ({
  url: U(path),
  html: { text, fingerprint: simhash64(tokenize(text)), internalLinks: links },
});

testRule(rule('canonical-off-host'), {
  valid: [
    { name: 'canonical to itself', snapshot: site({ url: U('/a'), html: { canonical: U('/a') } }) },
    { name: 'canonical to another page of the site', snapshot: site({ url: U('/a'), html: { canonical: U('/b') } }, { url: U('/b') }) },
  ],
  invalid: [{
    name: 'every canonical on the github.io host',
    snapshot: makeSnapshot([
      { url: U('/'), html: { canonical: 'https://org.github.io/' } },
      { url: U('/a'), html: { canonical: 'https://org.github.io/a' } },
    ]),
    expect: [{ url: U('/'), detail: 'canonical on host org.github.io (2 pages): https://org.github.io/' }, { url: U('/a'), detail: 'canonical on host org.github.io (2 pages): https://org.github.io/a' }],
  }],
});

describe('canonical-off-host evidence', () => {
  it('names the other host and how many pages point to it', () => {
    const snap = makeSnapshot([{ url: U('/'), html: { canonical: 'https://org.github.io/' } }, { url: U('/a'), html: { canonical: 'https://org.github.io/a' } }]);
    expect(rule('canonical-off-host').check({ snapshot: snap, bots: [] }).map((e) => e.detail)).toEqual([
      'canonical on host org.github.io (2 pages): https://org.github.io/',
      'canonical on host org.github.io (2 pages): https://org.github.io/a',
    ]);
  });
});

testRule(rule('canonical-relative'), {
  valid: [{ name: 'absolute canonical', snapshot: site({ url: U('/a'), html: { canonical: U('/a') } }) }],
  invalid: [{ name: 'relative canonical', snapshot: site({ url: U('/a'), html: { canonical: U('/a'), canonicalRelative: true } }), expect: [{ url: U('/a'), detail: 'resolved to https://ex.test/a' }] }],
});

describe('extraction records a relative canonical', () => {
  const canon = (href: string) => extractHtml(`<html><head><link rel="canonical" href="${href}"></head><body></body></html>`, { pageUrl: U('/p/'), isInternal: () => true, stripTracking: false, botTokens: [] });
  it.each([['/p/', true], ['../p/', true], ['//ex.test/p/', true], ['https://ex.test/p/', false], ['HTTPS://ex.test/p/', false]])('%s → relative %s', (href, relative) => {
    const h = canon(href);
    expect(h.canonical).toBe(U('/p/'));
    expect(h.canonicalRelative ?? false).toBe(relative);
  });
});

// One cause, one finding: each 4xx URL is reported by one rule, with one piece of advice.
const broken = site(
  { url: U('/a'), html: { internalLinks: [{ url: U('/gone'), text: 'x' }] } },
  { url: U('/gone'), status: 404, html: null, source: 'link' },
  { url: U('/old'), status: 404, html: null, source: 'sitemap', inSitemap: true },
);
testRule(rule('internal-link-broken'), {
  valid: [{ name: 'a 503 target is page-5xx\'s (fixed on the server, not in the links)', snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/busy'), text: 'x' }] } }, { url: U('/busy'), status: 503, html: null }) }],
  invalid: [{ name: 'only the linked 404', snapshot: broken, expect: [{ url: U('/gone'), detail: 'HTTP 404, linked from 1 page', related: [U('/a')] }] }],
});
testRule(rule('page-4xx'), {
  valid: [{ name: 'a linked 404 is internal-link-broken\'s', snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/gone'), text: 'x' }] } }, { url: U('/gone'), status: 404, html: null }) }],
  invalid: [{ name: 'only the 404 no page links to', snapshot: broken, expect: [{ url: U('/old'), detail: 'HTTP 404, found via sitemap' }] }],
});
testRule(rule('description-ready'), {
  valid: [{ name: 'a missing description is meta-description-missing\'s', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: null } }]) }],
  invalid: [{ name: 'over 160 characters', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: null } }, { url: U('/a'), html: { metaDescription: 'd'.repeat(161) } }]), expect: [{ url: U('/a'), detail: '161 characters' }] }],
});
testRule(rule('verification-missing'), {
  valid: [{ name: 'all three tags', snapshot: makeSnapshot([{ url: U('/'), html: { verification: { 'google-site-verification': 'a', 'msvalidate.01': 'b', 'yandex-verification': 'c' } } }]) }],
  invalid: [{ name: 'no tag: one item for the home page, not one per tool', snapshot: makeSnapshot([{ url: U('/') }]), expect: [{ url: U('/'), detail: 'Google Search Console: no <meta name="google-site-verification">; Bing Webmaster Tools: no <meta name="msvalidate.01">; Yandex Webmaster: no <meta name="yandex-verification">' }] }],
});

// Near duplicates: text outside links, candidates within 15 simhash bits.
// The text of fixtures/test-sites/near-duplicates/visite-*/ as the crawl reads it (menu link first).
const city = (c: string) => `Accueil Visite de ${c} Notre agence organise votre visite guidée au départ de la gare avec un guide local et un chauffeur. Réservez votre visite au meilleur prix avec Voyages Test, agence de voyage locale en France. Départ tous les jours, prise en charge à votre hôtel, retour le soir. Contactez-nous pour réserver votre visite.`;
const home = [{ url: U('/'), text: 'Accueil' }];
const menu = Array.from({ length: 80 }, (_, n) => ({ url: U(`/m${n % 4}`), text: `Rubrique ${n} page ${n + 100} partie ${n + 200}` }));
const article = (seed: string) => Array.from({ length: 40 }, (_, i) => `${seed}${i}`).join(' ');
testRule(rule('near-duplicate-pages'), {
  valid: [{
    name: 'distinct articles under one 480-word menu',
    snapshot: site(
      ...['alpha', 'beta', 'gamma'].map((s) => textPage(`/m-${s}`, `${menu.map((m) => m.text).join(' ')} ${article(s)}`, menu)),
    ),
  }],
  invalid: [{
    name: 'four pages one city name apart, one of them 10+ simhash bits from the others',
    snapshot: site(...['Rennes', 'Albi', 'Colmar', 'Annecy'].map((c) => textPage(`/visite-${c}`, city(c), home))),
    expect: [{ url: U('/visite-Albi'), detail: 'cluster of 4 pages', related: [U('/visite-Rennes'), U('/visite-Colmar'), U('/visite-Annecy')] }, { url: U('/visite-Annecy'), detail: 'cluster of 4 pages', related: [U('/visite-Rennes'), U('/visite-Albi'), U('/visite-Colmar')] }, { url: U('/visite-Colmar'), detail: 'cluster of 4 pages', related: [U('/visite-Rennes'), U('/visite-Albi'), U('/visite-Annecy')] }, { url: U('/visite-Rennes'), detail: 'cluster of 4 pages', related: [U('/visite-Albi'), U('/visite-Colmar'), U('/visite-Annecy')] }],
  }],
});

describe('the near-duplicate fixture pages are what the rule tester case says', () => {
  it('Rennes is beyond the old 7-bit candidate filter from every sibling', () => {
    const fp = (c: string) => BigInt(`0x${simhash64(tokenize(city(c)))}`);
    const bits = (x: bigint) => x.toString(2).replace(/0/g, '').length;
    for (const o of ['Albi', 'Colmar', 'Annecy']) expect(bits(fp('Rennes') ^ fp(o))).toBeGreaterThan(7);
  });
});

describe('pages the near-duplicate check cannot judge are said, not skipped silently', () => {
  it('two pages made only of the same links are candidates, not compared, and named in the note', async () => {
    const { nearDuplicateNote, nearDuplicateClusters } = await import('../../src/rules/landing-pages/clusters.js');
    const text = menu.map((m) => m.text).join(' ');
    const snap = site(textPage('/l1', text, menu), textPage('/l2', text, menu));
    expect(nearDuplicateClusters(snap)).toEqual([]);
    expect(nearDuplicateNote(snap)?.text).toBe(`2 candidate page(s) could not be compared for near duplicates: under 15 three-word sequences of text outside links (menus and link lists only), e.g. ${U('/l1')}, ${U('/l2')}.`);
  });
});

describe('next actions: one action a cause', () => {
  const f = (ruleId: string, urls: string[], detail?: string) => ({ ruleId, step: 'content' as const, severity: 'warning' as const, title: `title of ${ruleId}`, fix: `fix of ${ruleId}`, count: urls.length, evidence: urls.map((url) => ({ url, ...(detail ? { detail } : {}) })) });
  const pages = Array.from({ length: 12 }, (_, i) => U(`/p${i}`));
  it('findings on the same pages become one action naming the count and every finding', async () => {
    const { nextActions } = await import('../../src/report/next-actions.js');
    const actions = nextActions([f('h1-missing', pages), f('meta-description-missing', pages), f('title-too-long', [U('/x')])]);
    expect(actions.map((a) => a.ruleId)).toEqual(['h1-missing', 'title-too-long']);
    expect(actions[0]!.why).toBe('The same 12 pages, one action for 2 findings: title of h1-missing (h1-missing); title of meta-description-missing (meta-description-missing)');
  });
  it('findings on the same pages with different causes stay apart; a cause that explains the others leads them', async () => {
    const { nextActions } = await import('../../src/report/next-actions.js');
    // ai-safety-atlas: every page canonicalises to another host and has no h1 in its raw HTML; fixing the canonicals adds no h1.
    const apart = nextActions([f('canonical-off-host', pages, 'canonical on host x.github.io (12 pages): https://x.github.io/'), f('h1-missing', pages)]);
    expect(apart.map((a) => a.ruleId).sort()).toEqual(['canonical-off-host', 'h1-missing']);
    expect(apart.every((a) => !a.alsoRules)).toBe(true);
    // The h1 and the text arrive with the scripts: the script shell is the action, its fix settles the others.
    const shell = nextActions([f('h1-missing', pages), f('thin-content', pages), { ...f('js-content-shell', pages), severity: 'notice' as const }]);
    expect(shell.map((a) => a.ruleId)).toEqual(['js-content-shell']);
    expect(shell[0]!.title).toBe('fix of js-content-shell');
    expect(shell[0]!.alsoRules).toEqual(['h1-missing', 'thin-content']);
  });
  it('a finding whose items share one cause names it; per-item details do not', async () => {
    const { sharedCause } = await import('../../src/report/next-actions.js');
    expect(sharedCause(f('canonical-off-host', pages, 'canonical on host x.github.io (12 pages): https://x.github.io/'))).toBe('canonical on host x.github.io');
    expect(sharedCause(f('internal-link-broken', pages, 'HTTP 404, linked from 1 page'))).toBeNull();
    expect(sharedCause(f('title-duplicate', pages, '"FMT: Member List" on 12 pages'))).toBeNull();
  });
});
