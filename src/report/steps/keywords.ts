import type { RelevanceResult } from '../../analyze/relevance/relevance.js';
import type { Origin } from '../../shared/origin.js';
import { msg, note } from '../note.js';
import type { StepPart, TableDraft } from '../types.js';

export function relevanceOrigin(rel: RelevanceResult): Origin {
  return { kind: 'model', file: 'src/data/relevance-weights.json', source: rel.weights.source, date: rel.weights.date };
}

export function buildKeywordsStep(rel: RelevanceResult, queryFiles: string[]): StepPart {
  const model = relevanceOrigin(rel);
  const tables: TableDraft[] = [
    {
      id: 'site-terms',
      title: 'What the site is about: top terms',
      columns: [{ key: 'term', label: 'Term' }, { key: 'pages', label: 'Pages', align: 'right', origin: { kind: 'measured', by: 'crawl' } }, { key: 'score', label: 'TF-IDF', align: 'right', origin: model }],
      rows: rel.siteTerms.slice(0, 15).map((t) => [t.term, t.pages, t.score]),
    },
    {
      id: 'site-phrases',
      title: 'Top phrases (2–3 words)',
      columns: [{ key: 'phrase', label: 'Phrase' }, { key: 'pages', label: 'Pages', align: 'right', origin: { kind: 'measured', by: 'crawl' } }, { key: 'score', label: 'TF-IDF', align: 'right', origin: model }],
      rows: rel.sitePhrases.slice(0, 15).map((t) => [t.term, t.pages, t.score]),
    },
    {
      id: 'target-keywords',
      title: 'Target keywords: best landing page',
      columns: [
        { key: 'keyword', label: 'Keyword' },
        { key: 'prio', label: 'Prio', align: 'right' },
        { key: 'page', label: 'Best page' },
        { key: 'score', label: 'Score', align: 'right', unit: 'score', origin: model },
        { key: 'fields', label: 'Matched in' },
      ],
      rows: rel.keywords.map((k) => [
        k.keyword.keyword,
        k.keyword.priority,
        k.notOnSite ? null : (k.best?.url ?? null),
        k.notOnSite ? 0 : (k.best?.score ?? 0),
        // An absent keyword names the words the closest page holds, not the fields they sit in.
        k.notOnSite ? `absent${k.best?.matched.length ? ` (only ${k.best.matched.map((w) => `"${w}"`).join(', ')} on ${k.best.url})` : ''}` : (k.best?.fields.join(', ') ?? null),
      ]),
    },
  ];
  if (rel.untargetedTerms.length) {
    tables.push({
      id: 'untargeted-terms',
      title: 'Strong site terms no target keyword uses',
      columns: [{ key: 'term', label: 'Term' }, { key: 'score', label: 'TF-IDF', align: 'right', origin: model }],
      rows: rel.untargetedTerms.map((t) => [t.term, t.score]),
    });
  }
  if (rel.competitors.length) {
    tables.push({
      id: 'competitors',
      title: 'Competitors: best score per keyword (same model)',
      columns: [
        { key: 'keyword', label: 'Keyword' },
        { key: 'site', label: 'Site', align: 'right', unit: 'score', origin: model },
        ...rel.competitors.slice(0, 4).map((c, i) => ({ key: `competitor${i + 1}`, label: new URL(c.url).host, align: 'right' as const, unit: 'score' as const, origin: model })),
      ],
      rows: rel.keywords.map((k) => [k.keyword.keyword, k.best?.score ?? 0, ...rel.competitors.slice(0, 4).map((c) => c.best[k.keyword.keyword] ?? 0)]),
    });
  }
  if (rel.queriesWithoutPage.length) {
    tables.push({
      id: 'queries-without-page',
      title: 'Visitors\' queries with impressions but no strong page',
      columns: [
        { key: 'query', label: 'Query' },
        { key: 'impr', label: 'Impressions', align: 'right', origin: { kind: 'imported', file: queryFiles.join(', ') } },
        { key: 'score', label: 'Best score', align: 'right', unit: 'score', origin: model },
      ],
      rows: rel.queriesWithoutPage.slice(0, 20).map((q) => [q.query, q.impressions, q.bestScore]),
    });
  }
  const notes: StepPart['notes'] = [];
  const { count, budget } = rel.queriesNotScored;
  if (count) {
    notes.push(note(`${count} visitors' queries with the fewest impressions not scored: finding the others a best page used the scoring budget (${budget.toLocaleString('en')} pages looked at, src/analyze/relevance/relevance.ts).`, 'keywords.queries-not-scored', { count, budget }));
  }
  for (const r of rel.rejected) notes.push(note(`Keyword "${r.keyword}" not scored: ${r.reason}.`, 'keywords.rejected', { keyword: r.keyword, reason: r.reason }));
  if (rel.languages.length) {
    const counts = rel.languages.map((l) => `${l.lang} ${l.pages}`).join(', ');
    notes.push(note(`Pages by the language of their text (franc; <html lang> and the market are hints): ${counts}; keywords are scored against the pages of their own language.`, 'keywords.languages', { counts }));
  }
  for (const l of rel.languages.filter((x) => x.neutral)) {
    notes.push(note(`${l.pages} page(s) in "${l.lang}", a language refaudit has no stemmer for: scored with the language-neutral analyzer (words matched as written, no stop words removed).`, 'keywords.neutral', { pages: l.pages, lang: l.lang }));
  }
  if (!rel.keywords.length) notes.push(note('No target keywords given (--keyword, --keywords FILE or "keywords" in the config): only the site\'s own vocabulary is shown.', 'keywords.no-keywords'));
  if (!queryFiles.length) notes.push(note('No Search Console queries imported (--queries FILE): visitors\' words not analysed.', 'keywords.no-queries'));
  return {
    summary: `${rel.candidatePages} indexable pages analysed; relevance ${rel.score === null ? '–' : rel.score.toFixed(1)}/100 over ${rel.keywords.length} target keyword(s); top site term "${rel.siteTerms[0]?.term ?? '–'}".`,
    summaryText: msg('keywords.summary', { pages: rel.candidatePages, relevance: rel.score, keywords: rel.keywords.length, topTerm: rel.siteTerms[0]?.term ?? null }),
    scores: [{ id: 'relevance', label: 'Relevance (priority-weighted best page per keyword)', value: rel.score === null ? null : Math.round(rel.score * 10) / 10, unit: 'score', origin: model }],
    tables,
    charts: [],
    notes,
  };
}
