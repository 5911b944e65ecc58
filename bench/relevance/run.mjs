#!/usr/bin/env node
/**
 * `npm run bench:relevance`: precision@1 and MRR of refaudit's relevance model against the
 * judgments in judgments.json, beside two baselines in the same run, for the tuning half and
 * the held-out half separately.
 *
 * Each site of sites.json is read from its built files (snapshotOf), and every HTML page is a
 * candidate: the bench measures the
 * ranking, not indexability (ai-safety-atlas's canonicals all point to another host, which would
 * leave no candidate). Baselines, on the same pages and the same language group as the model:
 *   - bm25-body: plain BM25 on the body (k1 1.2, b 0.75), no other field, no phrase bonus;
 *   - bm25f-2026-11: BM25F with the weights refaudit shipped until 2026-11-30, clamped at
 *     "every term once in every field" and ties broken by URL (what the report did).
 * Flags: --json (figures and every judgment's ranks as JSON), --site NAME (one site), --misses,
 * --half tuning (only that half's judgments are run: misses are read on the tuning half without
 * the held-out half ever being ranked), --debug (the top pages of each keyword with their counts,
 * on stderr; --top N of them, 3 by default).
 *
 * Two modes, both run and printed unless --mode names one:
 *   - no-market: every keyword ranked with `markets: []`, as `refaudit audit` without --market;
 *     the model guesses each keyword's language from the site's words;
 *   - market: each judgment ranked with the market of its language (`--market fr` for a French
 *     judgment, parsed by the CLI's parseMarket), as a consultant auditing that market runs it; the
 *     pages are read with that market as a hint too, so each language gets its own collector.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const args = process.argv.slice(2);
const only = args.includes('--site') ? args[args.indexOf('--site') + 1] : null;

const { extractHtml } = await import(join(ROOT, 'dist/crawl/extract/html.js'));
const { pageRecord } = await import(join(ROOT, 'dist/crawl/page-record.js'));
const { buildIndex, loadWeights, rankDocs } = await import(join(ROOT, 'dist/analyze/relevance/bm25f.js'));
const { groupByLanguage, keywordGroup, mainLanguage, RelevanceCollector } = await import(join(ROOT, 'dist/analyze/relevance/relevance.js'));
const { tokenize } = await import(join(ROOT, 'dist/text/normalize.js'));
const { parseMarket } = await import(join(ROOT, 'dist/config/validate.js'));

const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
const judgments = JSON.parse(readFileSync(join(HERE, 'judgments.json'), 'utf8')).judgments.filter((j) => !onlyHalf || j.half === onlyHalf);
const sites = JSON.parse(readFileSync(join(HERE, 'sites.json'), 'utf8')).sites.filter((s) => !only || s.name === only);
const base = loadWeights();
// --weights '{"k1":2,...}': a trial over the tuning half (fields merge one by one).
const trial = args.includes('--weights') ? JSON.parse(args[args.indexOf('--weights') + 1]) : {};
const weights = { ...base, ...trial, fields: { ...base.fields, ...Object.fromEntries(Object.entries(trial.fields ?? {}).map(([f, v]) => [f, { ...base.fields[f], ...v }])) } };
const OLD = {
  ...weights,
  fields: { title: { weight: 3, b: 0.5 }, h1: { weight: 2.5, b: 0.5 }, url: { weight: 2, b: 0.3 }, anchors: { weight: 2, b: 0.6 }, description: { weight: 1.5, b: 0.5 }, headings: { weight: 1.5, b: 0.75 }, body: { weight: 1, b: 0.75 } },
  k1: 1.2,
  saturation: 'summed',
  phraseBonus: 0.1,
};
const BODY = { ...weights, fields: Object.fromEntries(Object.keys(weights.fields).map((f) => [f, { weight: f === 'body' ? 1 : 0, b: 0.75 }])), k1: 1.2, saturation: 'summed', phraseBonus: 0 };

/**
 * The site's pages read from its built files, each at the URL it is published at (`origin` +
 * `base` + its path, "/x.html" as "/x" the way GitHub Pages answers it): these sites link to
 * their own production host in absolute URLs (fmtdocs' French half is reachable no other way),
 * so a crawl on 127.0.0.1 would miss pages. The parser is the crawler's (extractHtml).
 */
function snapshotOf(site) {
  const dir = site.local.map((p) => resolve(ROOT, p, 'site')).find((p) => existsSync(p));
  if (!dir) return null;
  const pages = [];
  const isInternal = (u) => u.startsWith(site.origin + site.base);
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html') && !name.includes('#')) {
        const rel = relative(dir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
        const url = site.origin + site.base + rel;
        const html = extractHtml(readFileSync(file, 'utf8'), { pageUrl: url, isInternal, stripTracking: false, botTokens: [] });
        pages.push({ ...pageRecord({ url, finalUrl: url, source: 'link', depth: 1, foundOn: null, status: 200, redirects: [], contentType: 'text/html', bytes: 0, truncated: false, responseMs: 0, contentEncoding: null, xRobotsTag: [], headerRobots: { generic: [], perBot: {} }, robotsAllowed: {}, crawlAllowed: true, inSitemap: false, inlinks: 0 }), html });
      }
    }
  };
  walk(dir);
  return { pages, homeUrl: site.origin + site.base, startUrl: site.origin + site.base };
}

/** Every page answering 200 with HTML competes (see the header). */
function benchDocs(snapshot, texts, marketLang = null) {
  for (const p of snapshot.pages) if (p.html) p.html.canonical = null;
  const markets = marketLang ? [parseMarket(marketLang)] : [];
  const collector = new RelevanceCollector({ keywords: texts.map((keyword) => ({ keyword, priority: 1, volume: null, category: null, source: 'bench' })), markets });
  const docs = collector.docs.finish(snapshot);
  return { docs, vocab: (lang) => collector.siteTerms.wordCounts(lang), marketLang: markets[0]?.language ?? null };
}

// GitHub Pages answers /faq for /faq.html: judgments name files, crawls find either.
const pathOf = (url) => new URL(url).pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
const sameUrl = (a, b) => pathOf(a) === pathOf(new URL(b, 'http://x').href);

/** The model's ranking, then the two baselines' over the same group of pages. */
function rankings({ docs, vocab, marketLang }, keyword) {
  const groups = groupByLanguage(docs, weights);
  const main = mainLanguage(groups, marketLang);
  const { group, ranked } = keywordGroup(groups, main, keyword, vocab);
  if (DEBUG && ranked[0]) console.error(keyword, ranked.slice(0, DEBUG_TOP).map((r) => `${pathOf(r.doc.page.finalUrl)} ${r.normalised.toFixed(1)} ${[...r.doc.counts].map(([t, c]) => t + ':' + c.join('')).join(' ')} len ${Object.values(r.doc.len).join('/')}`).join(' || '));
  if (!group) return { model: [], body: [], old: [] };
  const terms = (d) => d.analyzer.terms(tokenize(keyword));
  const body = rankDocs(buildIndex(group.docs, BODY), terms).sort((a, b) => b.score - a.score);
  const oldIndex = buildIndex(group.docs, OLD);
  const tfMax = Object.values(OLD.fields).reduce((s, f) => s + f.weight, 0);
  const clamp = (s) => Math.min(100, s.normalised / (tfMax / (OLD.k1 + tfMax)));
  const old = rankDocs(oldIndex, terms).sort((a, b) => clamp(b) - clamp(a) || (a.doc.page.finalUrl < b.doc.page.finalUrl ? -1 : 1));
  const urls = (list) => list.map((s) => s.doc.page.finalUrl);
  return { model: urls(ranked), body: urls(body), old: urls(old) };
}

const results = [];
const DEBUG = args.includes("--debug");
const DEBUG_TOP = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 3;
const MODES = args.includes('--mode') ? [args[args.indexOf('--mode') + 1]] : ['no-market', 'market'];
for (const m of MODES) if (!['no-market', 'market'].includes(m)) {
  console.error(`--mode: "${m}" is not one of no-market, market`);
  process.exit(2);
}
for (const site of sites) {
  const js = judgments.filter((j) => j.site === site.name);
  if (!js.length) continue;
  const snapshot = snapshotOf(site);
  if (!snapshot) {
    console.error(`${site.name}: no local copy (${site.local.join(', ')}); its ${js.length} judgments are skipped`);
    continue;
  }
  for (const mode of MODES) {
    // no-market: one collector for the site; market: one per language, each with its market.
    const runs = mode === 'market' ? [...new Set(js.map((j) => j.lang))].map((lang) => [lang, js.filter((j) => j.lang === lang)]) : [[null, js]];
    for (const [lang, part] of runs) {
      const docs = benchDocs(snapshot, part.map((j) => j.keyword), lang);
      if (DEBUG) console.error(site.name, mode, lang ?? '', snapshot.pages.length, "pages", docs.docs.length, "docs", JSON.stringify(docs.docs.reduce((m, d) => ((m[d.lang] = (m[d.lang] ?? 0) + 1), m), {})));
      for (const j of part) {
        const r = rankings(docs, j.keyword);
        const rank = (list) => list.findIndex((u) => j.relevant.some((rel) => sameUrl(u, rel))) + 1;
        results.push({ ...j, mode, model: rank(r.model), body: rank(r.body), old: rank(r.old), top: r.model[0] ? pathOf(r.model[0]) : null });
      }
    }
  }
}

const systems = [['refaudit', 'model'], ['bm25-body', 'body'], ['bm25f-2026-11', 'old']];
const figures = {};
for (const mode of MODES) {
  figures[mode] = {};
  for (const half of ['tuning', 'held-out', 'all']) {
    const rs = results.filter((r) => r.mode === mode && (half === 'all' || r.half === half));
    figures[mode][half] = { n: rs.length };
    for (const [name, key] of systems) {
      const p1 = rs.filter((r) => r[key] === 1).length / (rs.length || 1);
      const mrr = rs.reduce((s, r) => s + (r[key] ? 1 / r[key] : 0), 0) / (rs.length || 1);
      figures[mode][half][name] = { p1: Math.round(p1 * 1000) / 1000, mrr: Math.round(mrr * 1000) / 1000 };
    }
  }
}
const MODE_LINE = { 'no-market': 'no-market: every keyword with markets: [] (the model guesses its language)', market: "market: each judgment with --market <its language> (a consultant auditing that market)" };
if (args.includes('--json')) {
  console.log(JSON.stringify({ figures, results }, null, 1));
} else {
  const sitesRun = [...new Set(results.map((r) => r.site))];
  console.log(`judgments: ${results.length / MODES.length} of ${judgments.length} (sites: ${sitesRun.join(', ')})`);
  for (const mode of MODES) {
    console.log(`\nmode ${MODE_LINE[mode]}`);
    console.log('half       n   system          P@1    MRR');
    for (const half of ['tuning', 'held-out', 'all']) for (const [name] of systems) console.log(`${half.padEnd(9)} ${String(figures[mode][half].n).padStart(3)}   ${name.padEnd(14)} ${figures[mode][half][name].p1.toFixed(3)}  ${figures[mode][half][name].mrr.toFixed(3)}`);
    // Per site and half: how many judgments, and refaudit's precision@1 beside the baselines'.
    console.log('site             half       n   P@1 refaudit / bm25-body / bm25f-2026-11');
    for (const site of sitesRun) {
      for (const half of ['tuning', 'held-out']) {
        const rs = results.filter((r) => r.mode === mode && r.site === site && r.half === half);
        if (!rs.length) continue;
        const p1 = (key) => (rs.filter((r) => r[key] === 1).length / rs.length).toFixed(3);
        console.log(`${site.padEnd(16)} ${half.padEnd(9)} ${String(rs.length).padStart(3)}   ${p1('model')} / ${p1('body')} / ${p1('old')}`);
      }
    }
    if (args.includes('--misses')) for (const r of results.filter((x) => x.mode === mode && x.model !== 1)) console.log(`miss [${mode} ${r.half}] ${r.site} ${r.lang} "${r.keyword}": rank ${r.model || '-'}; top ${r.top}; want ${r.relevant.join(' ')}`);
  }
}
if (args.includes('--vocab')) {
  for (const site of sites) {
    const snapshot = snapshotOf(site);
    const kws = judgments.filter((j) => j.site === site.name).map((j) => j.keyword);
    const d = benchDocs(snapshot, kws);
    for (const k of kws.slice(0, 8)) console.log(k, ['en', 'fr'].map((l) => { const c = d.vocab(l); return `${l}:${c?.total} ` + tokenize(k).map((w) => `${w}=${c?.counts[w] ?? 0}`).join(','); }).join(' | '));
  }
}
