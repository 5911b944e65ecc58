import { defineRule, indexablePages } from '../helpers.js';
import { item } from '../evidence.js';

export const descriptionMissing = defineRule(
  {
    id: 'meta-description-missing', step: 'content', severity: 'notice', title: 'Page has no meta description',
    help: 'Without one, engines pick a snippet from the page; directories and social shares also use it.',
    fix: 'Write a 120–160 character description that sells the page.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => !p.html!.metaDescription).map((p) => item('meta-description-missing', {}, { url: p.url })),
);
