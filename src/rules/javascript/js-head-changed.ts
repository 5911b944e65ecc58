import { defineRule, htmlPages } from '../helpers.js';

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
      const parts: string[] = [];
      if (r.changed.includes('title')) parts.push(`title "${r.raw.title ?? ''}" → "${p.html!.title ?? ''}"`);
      if (r.changed.includes('description')) parts.push(r.raw.description === null ? 'description only after rendering' : 'description changed by script');
      return parts.length ? [{ url: p.url, detail: parts.join('; ') }] : [];
    }),
);
