import { defineRule, duplicatesBy, htmlPages, indexablePages } from '../helpers.js';

export const TITLE_MAX = 60;
export const TITLE_MIN = 10;
export const DESCRIPTION_MAX = 160;

export const titleMissing = defineRule(
  {
    id: 'title-missing', step: 'content', severity: 'warning', title: 'Page has no <title>',
    help: 'The title is the headline of the result on every engine and the strongest on-page relevance signal.',
    fix: 'Write a unique title of 30–60 characters that names the page\'s main keyword.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => !p.html!.title).map((p) => ({ url: p.url })),
);

export const titleDuplicate = defineRule(
  {
    id: 'title-duplicate', step: 'content', severity: 'warning', title: 'Same title on several indexable pages',
    help: 'Engines cannot tell which page answers which query, and the pages compete with each other.',
    fix: 'Give each page a title that says what only that page offers.',
  },
  ({ snapshot }) => duplicatesBy(indexablePages(snapshot), (p) => p.html?.title ?? null),
);

export const titleTooLong = defineRule(
  {
    id: 'title-too-long', step: 'content', severity: 'notice', title: `Title longer than ${TITLE_MAX} characters`,
    help: `Result titles are cut to a display width of about 600 px; ${TITLE_MAX} characters is the common approximation of that width, not an engine rule.`,
    fix: 'Put the keyword first and shorten the title.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => (p.html!.title?.length ?? 0) > TITLE_MAX).map((p) => ({ url: p.url, detail: `${p.html!.title!.length} characters` })),
);

export const titleTooShort = defineRule(
  {
    id: 'title-too-short', step: 'content', severity: 'notice', title: `Title shorter than ${TITLE_MIN} characters`,
    help: 'A one- or two-word title wastes the strongest relevance field and tells searchers little.',
    fix: 'Describe the page: its subject, its place, what the visitor gets.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.title && p.html!.title.length < TITLE_MIN).map((p) => ({ url: p.url, detail: `"${p.html!.title}"` })),
);

export const descriptionMissing = defineRule(
  {
    id: 'meta-description-missing', step: 'content', severity: 'notice', title: 'Page has no meta description',
    help: 'Without one, engines pick a snippet from the page; directories and social shares also use it.',
    fix: 'Write a 120–160 character description that sells the page.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => !p.html!.metaDescription).map((p) => ({ url: p.url })),
);

export const descriptionDuplicate = defineRule(
  {
    id: 'meta-description-duplicate', step: 'content', severity: 'notice', title: 'Same meta description on several pages',
    help: 'Duplicated descriptions make the results look alike and are often ignored by engines.',
    fix: 'Write one description per page.',
  },
  ({ snapshot }) => duplicatesBy(indexablePages(snapshot), (p) => p.html?.metaDescription ?? null),
);
