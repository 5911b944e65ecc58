import { defineRule, htmlPages, indexablePages } from '../helpers.js';

export const THIN_WORDS = 250;

export const h1Missing = defineRule(
  {
    id: 'h1-missing', step: 'content', severity: 'warning', title: 'Page has no <h1>',
    help: 'The main heading tells visitors and engines what the page is about; it weighs in relevance.',
    fix: 'Add one <h1> that states the page\'s subject with its main keyword.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => !p.html!.headings.some((h) => h.level === 1)).map((p) => ({ url: p.url })),
);

export const h1Multiple = defineRule(
  {
    id: 'h1-multiple', step: 'content', severity: 'notice', title: 'Page has several <h1>',
    help: 'Several main headings dilute the page\'s subject.',
    fix: 'Keep one <h1>; turn the others into <h2>.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.html!.headings.filter((h) => h.level === 1).length > 1)
      .map((p) => ({ url: p.url, detail: p.html!.headings.filter((h) => h.level === 1).map((h) => `"${h.text}"`).join(', ') })),
);

export const thinContent = defineRule(
  {
    id: 'thin-content', step: 'content', severity: 'warning', title: `Indexable page with under ${THIN_WORDS} words`,
    help: 'Thin pages rarely rank and, in numbers, lower engines\' view of the whole site. The threshold is refaudit\'s rule of thumb.',
    fix: 'Add useful content, merge the page into a stronger one, or noindex it.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => p.html!.wordCount < THIN_WORDS).map((p) => ({ url: p.url, detail: `${p.html!.wordCount} words` })),
);

export const langMissing = defineRule(
  {
    id: 'lang-missing', step: 'content', severity: 'notice', title: 'No <html lang> attribute',
    help: 'The language attribute helps engines serve the page in the right market and refaudit pick the right stemmer.',
    fix: 'Add lang="fr" (or the page\'s language) to the <html> element.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => !p.html!.lang).map((p) => ({ url: p.url })),
);

export const imageAltMissing = defineRule(
  {
    id: 'image-alt-missing', step: 'content', severity: 'notice', title: 'Images without an alt attribute',
    help: 'Alt text is how engines understand images (image search) and how screen readers describe them. alt="" is fine for decoration.',
    fix: 'Describe each meaningful image in its alt attribute.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .map((p) => ({ p, missing: p.html!.images.filter((i) => i.alt === null) }))
      .filter((x) => x.missing.length)
      .map(({ p, missing }) => ({ url: p.url, detail: `${missing.length} of ${p.html!.imageCount} images`, related: missing.map((i) => i.src).slice(0, 5) })),
);

export const headClosedEarly = defineRule(
  {
    id: 'head-closed-early', step: 'content', severity: 'critical', title: 'Head tags ignored: the <head> was closed early',
    help: 'An element not allowed in <head> (a <div>, an <img>, text) ends the head for browsers and engines; meta robots, canonical and description after it are ignored.',
    fix: 'Move the offending element into <body>, or put the meta and link tags first in <head>.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.headClosedEarly).map((p) => ({ url: p.url, detail: `ignored: ${p.html!.ignoredHeadTags.join(', ') || '</head> after body content'}` })),
);

export const pageTooDeep = defineRule(
  {
    id: 'page-too-deep', step: 'content', severity: 'notice', title: 'Page more than 4 clicks from the home page',
    help: 'Deep pages get crawled less often and receive less internal link value.',
    fix: 'Link to the page from a hub or category page closer to the home page.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => p.depth > 4).map((p) => ({ url: p.url, detail: `depth ${p.depth}` })),
);

export const orphanPage = defineRule(
  {
    id: 'orphan-page', step: 'content', severity: 'warning', title: 'Page in the sitemap but linked from no crawled page',
    help: 'An orphan page receives no internal link value and engines treat it as unimportant.',
    fix: 'Link to it from related pages, or drop it from the sitemap if it should not exist.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.inSitemap && p.inlinks === 0 && p.url !== snapshot.startUrl && p.status === 200).map((p) => ({ url: p.url })),
);
