import { defineRule, indexablePages } from '../helpers.js';
import { THIN_WORDS } from '../thresholds.js';
import { item } from '../evidence.js';

export const thinContent = defineRule(
  {
    id: 'thin-content', step: 'content', severity: 'warning', title: `Indexable page with under ${THIN_WORDS} words`,
    help: 'Thin pages rarely rank and, in numbers, lower engines\' view of the whole site. The threshold is refaudit\'s rule of thumb.',
    fix: 'Add useful content, merge the page into a stronger one, or noindex it.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => p.html!.wordCount < THIN_WORDS).map((p) => item('thin-content', { words: p.html!.wordCount, threshold: THIN_WORDS }, { url: p.url })),
);
