import { scriptShellReason } from '../../site/script-shell.js';
import { defineRule, htmlPages } from '../helpers.js';

export const jsContentShell = defineRule(
  {
    id: 'js-content-shell', step: 'content', severity: 'warning', title: 'Page content needs JavaScript: the raw HTML is a script shell',
    help: 'The HTML as served holds little more than an application root and script bundles; the text, headings and links appear only once scripts run. Engines that do not render JavaScript index the empty shell, and those that do render it later and with limits. Judged from the raw HTML; run with --render to see what scripts add.',
    fix: 'Serve the content in the HTML (server-side rendering or static generation), or audit with --render to measure what each engine misses.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.render?.status !== 'rendered')
      .map((p) => ({ page: p, why: scriptShellReason(p.html!) }))
      .filter((x) => x.why !== null)
      .map(({ page, why }) => ({ url: page.url, detail: why! })),
);
