import { defineRule, htmlPages } from '../helpers.js';
import { TITLE_MIN } from '../thresholds.js';

export const titleTooShort = defineRule(
  {
    id: 'title-too-short', step: 'content', severity: 'notice', title: `Title shorter than ${TITLE_MIN} characters`,
    help: 'A one- or two-word title wastes the strongest relevance field and tells searchers little.',
    fix: 'Describe the page: its subject, its place, what the visitor gets.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.title && p.html!.title.length < TITLE_MIN).map((p) => ({ url: p.url, detail: `"${p.html!.title}"` })),
);
