/**
 * What a raw page's markup says about needing JavaScript, read during the extraction pass: script
 * bundles, an application root element (`#root`, `#__next`, `#__docusaurus`...), framework hydration
 * markers, and how many words the app root and `<main>` hold before any script runs. On
 * ai-safety-atlas (Docusaurus 3.8) a chapter's raw HTML has navigation, sidebar and footer inside
 * `#__docusaurus` (~190 words) but an empty `<main>` and no H1: the article arrives with the scripts.
 * Pages with no bundle and no app root get no record (most pages of a classic site).
 */
import type { ScriptSignals } from '../../site/types.js';
import { scanTokens } from '../../text/normalize.js';

/** Ids the common client-side frameworks mount their application on. */
const APP_ROOT_IDS = new Set(['root', 'app', '__next', '__nuxt', '__docusaurus', '___gatsby', 'svelte', 'q-app', 'react-root', 'app-root']);

/**
 * Depth of the deepest element looked at for an app root or a hydration marker (html 1, body 2, its
 * child 3, one more). The extraction pass calls open() only up to it, and for scripts and <main>;
 * of the elements up to it, not for links, images, headings or head elements.
 */
export const ROOT_DEPTH = 4;
const MARKER_SCRIPT_IDS: Record<string, string> = { __NEXT_DATA__: 'next', __NUXT_DATA__: 'nuxt', __NUXT__: 'nuxt' };

export class ScriptSignalTracker {
  private bundles = 0;
  private appRoot: string | null = null;
  private rootAt = -1;
  private rootText: [number, number] | null = null;
  private mainAt = -1;
  private mainText: [number, number] | null = null;
  private markers: string[] | null = null;

  /** An open tag at `depth`; `textAt` is how many text chunks the page has so far. */
  open(name: string, attrs: Record<string, string>, depth: number, textAt: number): void {
    if (name === 'script') {
      const type = (attrs.type ?? '').trim().toLowerCase();
      if (attrs.src !== undefined && (type === '' || type === 'module' || type.includes('javascript'))) this.bundles += 1;
      const marker = attrs.id !== undefined ? MARKER_SCRIPT_IDS[attrs.id] : undefined;
      if (marker) this.mark(marker);
      return;
    }
    if (name === 'main' && this.mainText === null && this.mainAt < 0) {
      this.mainAt = depth;
      this.mainText = [textAt, -1];
    }
    // Frameworks mount on <html>, <body> or a child of <body>: deeper elements are not looked at,
    // which keeps the cost on a page's thousand other tags to two comparisons.
    if (depth > ROOT_DEPTH) return;
    const id = attrs.id;
    if (this.appRoot === null && ((id !== undefined && APP_ROOT_IDS.has(id)) || name === 'app-root')) {
      this.appRoot = id !== undefined && APP_ROOT_IDS.has(id) ? `#${id}` : '<app-root>';
      this.rootAt = depth;
      this.rootText = [textAt, -1];
    }
    this.markHydration(attrs);
  }

  close(depth: number, textAt: number): void {
    if (depth === this.mainAt) {
      this.mainText![1] = textAt;
      this.mainAt = -1;
    }
    if (depth === this.rootAt) {
      this.rootText![1] = textAt;
      this.rootAt = -1;
    }
  }

  private mark(m: string): void {
    this.markers ??= [];
    if (!this.markers.includes(m)) this.markers.push(m);
  }

  /**
   * The frameworks whose hydration the element's attributes name (its server markup is meant to be
   * taken over by script). Read as named properties: a loop over the names would make each read a
   * generic lookup on the many shapes of attribute objects.
   */
  private markHydration(attrs: Record<string, string>): void {
    if (attrs['data-reactroot'] !== undefined) this.mark('react');
    if (attrs['data-has-hydrated'] !== undefined) this.mark('docusaurus');
    if (attrs['data-server-rendered'] !== undefined) this.mark('vue-ssr');
    if (attrs['ng-version'] !== undefined) this.mark('angular');
    if (attrs['data-v-app'] !== undefined) this.mark('vue');
  }

  /** The page's signals, or null when it has neither a script bundle nor an app root. */
  finish(text: string[]): ScriptSignals | null {
    if (!this.bundles && !this.appRoot) return null;
    const words = (span: [number, number] | null): number | null => {
      if (!span) return null;
      const end = span[1] < 0 ? text.length : span[1];
      return scanTokens(text.slice(span[0], end).join(''), 0).count;
    };
    return { bundles: this.bundles, appRoot: this.appRoot, appRootWords: words(this.rootText), mainWords: words(this.mainText), markers: this.markers ?? [] };
  }
}
