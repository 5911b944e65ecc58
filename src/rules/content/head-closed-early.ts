import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const headClosedEarly = defineRule(
  {
    id: 'head-closed-early', step: 'content', severity: 'critical', title: 'Head tags ignored: the <head> was closed early',
    help: 'An element not allowed in <head> (a <div>, an <img>, text) ends the head for browsers and engines; meta robots, canonical and description after it are ignored.',
    fix: 'Move the offending element into <body>, or put the meta and link tags first in <head>.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.headClosedEarly).map((p) => item('head-closed-early', { ignored: [...p.html!.ignoredHeadTags] }, { url: p.url })),
);
