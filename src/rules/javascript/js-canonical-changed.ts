import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const jsCanonicalChanged = defineRule(
  {
    id: 'js-canonical-changed', step: 'content', severity: 'critical', title: 'A script changes the canonical URL',
    help: 'The canonical of the HTML as served differs from the one in the rendered page. Google reads both and may pick either; engines that do not render keep the raw one. Contradicting canonicals can send the page\'s signals to the wrong URL.',
    fix: 'Serve the right canonical in the HTML and do not change it from script.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.render?.status === 'rendered' && p.render.changed.includes('canonical'))
      .map((p) => item('js-canonical-changed', { raw: p.render!.raw.canonical ?? null, rendered: p.html!.canonical ?? null }, { url: p.url })),
);
