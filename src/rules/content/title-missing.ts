import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const titleMissing = defineRule(
  {
    id: 'title-missing', step: 'content', severity: 'warning', title: 'Page has no <title>',
    help: 'The title is the headline of the result on every engine and the strongest on-page relevance signal.',
    fix: 'Write a unique title of 30–60 characters that names the page\'s main keyword.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => !p.html!.title).map((p) => item('title-missing', {}, { url: p.url })),
);
