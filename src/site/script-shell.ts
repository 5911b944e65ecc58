/**
 * Whether a page's raw HTML is a script shell: markup whose content arrives only once scripts run.
 * Judged from the raw page alone (no browser), so it names what it saw; `--render` measures instead.
 * A page is a shell when it loads script bundles or mounts an app root and
 *   - its app root holds no visible text (`<div id="root"></div>`), or
 *   - its `<main>` is empty and it has no H1 (Docusaurus before hydration: navigation only), or
 *   - it mounts an app root or carries hydration markers and has fewer than SHELL_WORDS words of
 *     visible text in all. Few words beside plain scripts (a Doxygen main page with its jQuery menu)
 *     make a thin page, not a shell: its scripts add menus, not its content.
 * A server-rendered page (Next.js, Nuxt, Docusaurus with its article in the HTML) has text in its
 * root and main: hydration markers alone never make a shell.
 */
import { pageText } from './page-text.js';
import type { HtmlFacts, PageRecord } from './types.js';

/** Under this many words a page that loads scripts shows next to nothing without them. */
export const SHELL_WORDS = 30;

/** Why the raw page looks like a script shell (what was seen), or null when it does not. */
export function scriptShellReason(h: HtmlFacts): string | null {
  const s = h.script;
  if (!s || (!s.bundles && !s.appRoot)) return null;
  const why: string[] = [];
  if (s.appRoot && s.appRootWords === 0) why.push(`empty app root ${s.appRoot}`);
  const noH1 = pageText(h).h1Count() === 0;
  if (s.mainWords === 0 && noH1) why.push('empty <main>, no <h1>');
  const words = `${h.wordCount} word${h.wordCount === 1 ? '' : 's'}`;
  if (h.wordCount < SHELL_WORDS && (s.appRoot || s.markers.length)) why.push(words);
  if (!why.length) return null;
  const seen = [
    words,
    ...(noH1 ? ['no <h1>'] : []),
    ...(s.appRoot ? [`app root ${s.appRoot}`] : []),
    `${s.bundles} script bundle${s.bundles === 1 ? '' : 's'}`,
    ...(s.markers.length ? [`hydration: ${s.markers.join(', ')}`] : []),
  ];
  // What was seen besides the reasons, each said once.
  return `${why.join('; ')} (${seen.filter((x) => !why.some((w) => w.includes(x))).join(', ')})`;
}

/**
 * What a rendered page has only after its scripts ran (measured, `--render`): an H1, text, internal
 * links. Null when rendering added none of them, or the page was not rendered.
 */
export function onlyAfterRendering(p: PageRecord): string | null {
  const r = p.render;
  if (r?.status !== 'rendered' || !p.html) return null;
  const parts: string[] = [];
  if (r.raw.h1 === null && r.changed.includes('h1')) parts.push('the H1');
  if (r.changed.includes('words') && p.html.wordCount > r.raw.words) parts.push(`${p.html.wordCount - r.raw.words} of ${p.html.wordCount} words (raw HTML: ${r.raw.words})`);
  if (r.linksAdded.count) parts.push(`${r.linksAdded.count} internal link${r.linksAdded.count === 1 ? '' : 's'}`);
  return parts.length ? `only after rendering: ${parts.join(', ')}` : null;
}

/**
 * Whether an engine that does not run scripts misses the page's content: measured when the page
 * was rendered (its H1 or most of its words came with the scripts), else judged from the raw HTML.
 */
export function contentNeedsJavaScript(p: PageRecord): boolean {
  if (!p.html) return false;
  const r = p.render;
  if (r?.status === 'rendered') {
    const h1Only = r.raw.h1 === null && r.changed.includes('h1');
    const mostWords = r.changed.includes('words') && r.raw.words * 2 <= p.html.wordCount;
    return h1Only || mostWords;
  }
  return scriptShellReason(p.html) !== null;
}
