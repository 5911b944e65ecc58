import type { RelevanceResult } from '../../analyze/relevance/relevance.js';
import type { StepPart } from '../types.js';
import { relevanceOrigin } from './keywords.js';
import { msg } from '../note.js';

/** One strong page per theme: themes are keyword categories, or the keyword itself without one. */
export function buildLandingPagesStep(rel: RelevanceResult): StepPart {
  const model = relevanceOrigin(rel);
  const themes = new Map<string, RelevanceResult['keywords']>();
  for (const k of rel.keywords) {
    const theme = k.keyword.category ?? k.keyword.keyword;
    themes.set(theme, [...(themes.get(theme) ?? []), k]);
  }
  const rows = [...themes].map(([theme, ks]) => {
    const best = ks.map((k) => k.best).filter((b) => b !== null).sort((a, b) => b.score - a.score)[0] ?? null;
    const pages = new Set(ks.map((k) => k.best?.url).filter(Boolean));
    const competing = new Set(ks.flatMap((k) => k.cannibals.map((c) => c.url)));
    const state = !best || best.score < rel.weights.gapThreshold ? 'no strong page' : pages.size > 1 || competing.size ? 'several pages' : 'one strong page';
    return [theme, ks.length, best?.url ?? null, best?.score ?? 0, state] as [string, number, string | null, number, string];
  });
  const strong = rows.filter((r) => r[4] === 'one strong page').length;
  return {
    summary: rows.length ? `${strong} of ${rows.length} theme(s) have one strong landing page.` : 'No target keywords: landing pages per theme not assessed.',
    summaryText: rows.length ? msg('landing-pages.summary', { strong, themes: rows.length }) : msg('landing-pages.none'),
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
