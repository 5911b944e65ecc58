import { defineRule, indexablePages, duplicatesBy } from '../helpers.js';

export const descriptionDuplicate = defineRule(
  {
    id: 'meta-description-duplicate', step: 'content', severity: 'notice', title: 'Same meta description on several pages',
    help: 'Duplicated descriptions make the results look alike and are often ignored by engines.',
    fix: 'Write one description per page.',
  },
  ({ snapshot }) => duplicatesBy('meta-description-duplicate', indexablePages(snapshot), (p) => p.html?.metaDescription ?? null),
);
