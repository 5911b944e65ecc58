import { defineRule, indexablePages, duplicatesBy } from '../helpers.js';

export const titleDuplicate = defineRule(
  {
    id: 'title-duplicate', step: 'content', severity: 'warning', title: 'Same title on several indexable pages',
    help: 'Engines cannot tell which page answers which query, and the pages compete with each other.',
    fix: 'Give each page a title that says what only that page offers.',
  },
  ({ snapshot }) => duplicatesBy('title-duplicate', indexablePages(snapshot), (p) => p.html?.title ?? null),
);
