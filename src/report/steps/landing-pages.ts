import type { RelevanceResult } from '../../analyze/relevance/relevance.js';
import type { StepPart } from '../types.js';
import { relevanceOrigin } from './keywords.js';
import { msg } from '../note.js';

/** One strong page per theme: themes are keyword categories, or the keyword itself without one. */
type LandingState = 'one strong page' | 'split over pages' | 'pages compete' | 'keywords without a strong page' | 'no strong page';

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
    // The state is one of five words (for scripts and translations); the detail names the keywords.
    const [state, detail]: [LandingState, string | null] = !best
      ? ['no strong page', null]
      : competing.length
        ? ['pages compete', competing.map((k) => `"${k}"`).join(', ')]
        : found.length < ks.length
          ? ['keywords without a strong page', `${ks.length - found.length}/${ks.length}`]
          : pages.size > 1
            ? ['split over pages', `${pages.size} pages`]
            : ['one strong page', null];
    return [theme, ks.length, best?.url ?? null, best?.score ?? 0, state, detail] as [string, number, string | null, number, LandingState, string | null];
  });
  const strong = rows.filter((r) => r[4] === 'one strong page' || r[4] === 'split over pages').length;
  return {
    summary: rows.length ? `${strong} of ${rows.length} theme(s) have one strong landing page for each keyword.` : 'No target keywords: landing pages per theme not assessed.',
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
          { key: 'detail', label: 'Which' },
        ],
        rows,
      },
    ],
    charts: [],
    notes: [],
  };
}
