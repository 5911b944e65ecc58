import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const jsHeadChanged = defineRule(
  {
    id: 'js-head-changed', step: 'content', severity: 'notice', title: 'A script sets the title or meta description',
    help: 'The title or description in the rendered page is not the one served. Engines that render use the script\'s value after a delay; those that do not show the served one in their results.',
    fix: 'Serve each page\'s own title and description in its HTML.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot).flatMap((p) => {
      const r = p.render;
      if (r?.status !== 'rendered') return [];
      const titleChanged = r.changed.includes('title');
      const description = r.changed.includes('description') ? (r.raw.description === null ? 'added' : 'changed') : null;
      if (!titleChanged && !description) return [];
      return [item('js-head-changed', { titleChanged, rawTitle: titleChanged ? (r.raw.title ?? null) : null, title: titleChanged ? (p.html!.title ?? null) : null, description }, { url: p.url })];
    }),
);
