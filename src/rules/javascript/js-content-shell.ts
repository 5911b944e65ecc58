import { pageText } from '../../site/page-text.js';
import { SHELL_WORDS, scriptShellReason } from '../../site/script-shell.js';
import type { HtmlFacts } from '../../site/types.js';
import { item } from '../evidence.js';
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
      .filter((p) => scriptShellReason(p.html!) !== null)
      .map((p) => item('js-content-shell', shellFacts(p.html!), { url: p.url })),
);

/** What scriptShellReason weighed, as facts (the English template words them as it does). */
function shellFacts(h: HtmlFacts) {
  const sig = h.script!;
  const hasH1 = pageText(h).h1Count() > 0;
  return {
    words: h.wordCount,
    hasH1,
    appRoot: sig.appRoot,
    emptyAppRoot: !!sig.appRoot && sig.appRootWords === 0,
    emptyMain: sig.mainWords === 0 && !hasH1,
    fewWords: h.wordCount < SHELL_WORDS && (!!sig.appRoot || sig.markers.length > 0),
    bundles: sig.bundles,
    hydration: [...sig.markers],
  };
}
