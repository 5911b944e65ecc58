import { pageText } from '../../site/page-text.js';
import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const h1Missing = defineRule(
  {
    id: 'h1-missing', step: 'content', severity: 'warning', title: 'Page has no <h1>',
    help: 'The main heading tells visitors and engines what the page is about; it weighs in relevance.',
    fix: 'Add one <h1> that states the page\'s subject with its main keyword.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => pageText(p.html!).h1Count() === 0).map((p) => item('h1-missing', {}, { url: p.url })),
);
