import { defineRule, htmlPages } from '../helpers.js';

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
