import { hasNoindex } from '../../site/indexability.js';
import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const jsNoindexChanged = defineRule(
  {
    id: 'js-noindex-changed', step: 'content', severity: 'critical', title: 'A script adds or removes noindex',
    help: 'The meta robots of the HTML as served and of the rendered page disagree on noindex. Google documents that when the served HTML says noindex it may skip rendering, so a noindex removed by script keeps the page out; a noindex added by script drops it from engines that render while those that do not still index it.',
    fix: 'Serve the intended robots directives in the HTML and do not change them from script.',
  },
  ({ snapshot, bots }) =>
    htmlPages(snapshot).flatMap((p) => {
      if (p.render?.status !== 'rendered' || !p.render.changed.includes('robots')) return [];
      const tokens = [null, ...snapshot.settings.bots.filter((b) => bots.includes(b.id)).map((b) => b.token)];
      const changed = tokens.filter((t) => hasNoindex(p.render!.raw.metaRobots, t) !== hasNoindex(p.html!.metaRobots, t));
      if (!changed.length) return [];
      const added = !hasNoindex(p.render.raw.metaRobots, changed[0]!);
      // A generic directive speaks for every bot: naming them too would repeat it.
      return [item('js-noindex-changed', { added, robots: changed[0] === null ? [] : (changed as string[]) }, { url: p.url })];
    }),
);
