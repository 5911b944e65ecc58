import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const langMissing = defineRule(
  {
    id: 'lang-missing', step: 'content', severity: 'notice', title: 'No <html lang> attribute',
    help: 'The language attribute helps engines serve the page in the right market and refaudit pick the right stemmer.',
    fix: 'Add lang="fr" (or the page\'s language) to the <html> element.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => !p.html!.lang).map((p) => item('lang-missing', {}, { url: p.url })),
);
