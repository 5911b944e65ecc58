/** Rules over the ranking analysis (step 7, evaluation). */
import type { AnalysisRule } from '../types.js';
import { item } from '../evidence.js';

export const rankingStrikingDistance: AnalysisRule<'ranking'> = {
  meta: {
    id: 'ranking-striking-distance', step: 'evaluation', severity: 'warning', title: 'Keywords just past a page break',
    help: 'These rank a few places after the end of a results page: climbing those places crosses the break, where clicks jump (the page-2 cliff). They are the cheapest traffic to win.',
    fix: 'Strengthen the ranking page: title and H1 on the keyword, internal links with the keyword as anchor, fresher content.',
  },
  check: ({ ranking }) =>
    (ranking?.strikingDistance ?? []).map((o) =>
      item('ranking-striking-distance', { keyword: o.keyword, engine: o.engine, market: o.market, position: o.position!, page: o.page!, previousPage: o.page! - 1, placesToBreak: o.placesToBreak!, gainToBreak: o.gainToBreak }, o.url ? { url: o.url } : {}),
    ),
};

export const rankingNotRanked: AnalysisRule<'ranking' | 'keywords'> = {
  meta: {
    id: 'ranking-not-ranked', step: 'evaluation', severity: 'warning', title: 'Priority keywords not ranked',
    help: 'A priority keyword was not found in the results fetched for that engine.',
    fix: 'Build or strengthen a dedicated landing page for the keyword (step 5) and link to it.',
  },
  check: ({ ranking, keywords }) => {
    const priority = new Set(keywords.filter((k) => k.priority === 1).map((k) => k.keyword.toLowerCase()));
    return (ranking?.observations ?? [])
      .filter((o) => o.position === null && priority.has(o.keyword.toLowerCase()))
      .map((o) => item('ranking-not-ranked', { keyword: o.keyword, engine: o.engine, market: o.market }));
  },
};
