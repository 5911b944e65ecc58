import { onlyAfterRendering } from '../../site/script-shell.js';
import { defineRule, htmlPages } from '../helpers.js';

export const jsRenderedContent = defineRule(
  {
    id: 'js-rendered-content', step: 'content', severity: 'warning', title: 'Content exists only after JavaScript runs (measured with --render)',
    help: 'Rendering the page in Chromium added text, an H1 or internal links that the HTML as served does not have. Google and Bing render JavaScript (later than they crawl, with limits); engines that do not render never see this content, and links that exist only in the rendered page are found later or not at all. Step 3 gives the audience this costs.',
    fix: 'Put the main text, the H1 and the navigation links in the served HTML (server-side rendering, static generation or prerendering).',
  },
  ({ snapshot }) =>
    htmlPages(snapshot).flatMap((p) => {
      const what = onlyAfterRendering(p);
      return what ? [{ url: p.url, detail: what }] : [];
    }),
);
