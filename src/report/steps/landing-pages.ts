import type { RelevanceResult } from '../../analyze/relevance/relevance.js';
import type { StepPart } from '../types.js';
import { relevanceOrigin } from './keywords.js';

/** One strong page per theme: themes are keyword categories, or the keyword itself without one. */
export function buildLandingPagesStep(rel: RelevanceResult): StepPart {
  const model = relevanceOrigin(rel);
  const themes = new Map<string, RelevanceResult['keywords']>();
  for (const k of rel.keywords) {
    const theme = k.keyword.category ?? k.keyword.keyword;
    themes.set(theme, [...(themes.get(theme) ?? []), k]);
  }
  const rows = [...themes].map(([theme, ks]) => {
    const found = ks.filter((k) => !k.gap && k.best);
    const best = found.map((k) => k.best!).sort((a, b) => b.score - a.score)[0] ?? null;
    const pages = new Set(found.map((k) => k.best!.url));
    const competing = ks.filter((k) => k.cannibals.length).map((k) => k.keyword.keyword);
    // Decided on the keywords' own best pages and their rivals (unrounded scores), never on a shared ceiling.
    const state = !best
      ? 'no strong page'
      : competing.length
        ? `pages compete on ${competing.map((k) => `"${k}"`).join(', ')}`
        : found.length < ks.length
          ? `${ks.length - found.length} of ${ks.length} keyword(s) without a strong page`
          : pages.size > 1
            ? `split over ${pages.size} pages, one a keyword`
            : 'one strong page';
    return [theme, ks.length, best?.url ?? null, best?.score ?? 0, state] as [string, number, string | null, number, string];
  });
  const strong = rows.filter((r) => r[4] === 'one strong page' || r[4].startsWith('split over')).length;
  return {
    summary: rows.length ? `${strong} of ${rows.length} theme(s) have one strong landing page for each keyword.` : 'No target keywords: landing pages per theme not assessed.',
    scores: [],
    tables: [
      {
        id: 'landing-pages',
        title: 'Landing page per theme',
        columns: [
          { key: 'theme', label: 'Theme' },
          { key: 'kws', label: 'Kw', align: 'right' },
          { key: 'page', label: 'Landing page' },
          { key: 'score', label: 'Score', align: 'right', unit: 'score', origin: model },
          { key: 'state', label: 'State' },
        ],
        rows,
      },
    ],
    charts: [],
    notes: [],
  };
}
