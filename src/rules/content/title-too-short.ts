import { defineRule, htmlPages } from '../helpers.js';
import { TITLE_MIN } from '../thresholds.js';
import { item } from '../evidence.js';

export const titleTooShort = defineRule(
  {
    id: 'title-too-short', step: 'content', severity: 'notice', title: `Title shorter than ${TITLE_MIN} characters`,
    help: 'A one- or two-word title wastes the strongest relevance field and tells searchers little.',
    fix: 'Describe the page: its subject, its place, what the visitor gets.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.title && p.html!.title.length < TITLE_MIN).map((p) => item('title-too-short', { characters: p.html!.title!.length, title: p.html!.title!, min: TITLE_MIN }, { url: p.url })),
);
