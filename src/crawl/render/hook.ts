/**
 * The crawl's one rendering step: where a fetched HTML body becomes the page's facts. Without
 * `--render` the body is parsed as served; with it the raw body is parsed (the view of engines that
 * do not run scripts) and the page is loaded in Chromium from the same bytes, its DOM after scripts
 * serialised and parsed by the same extraction. The rendered facts become the page's `html` (its
 * links are the ones crawled next) and what scripts changed goes to `page.render`.
 */
import type { HtmlFacts, PageRecord, RenderSettings } from '../../site/types.js';
import type { ParsePool } from '../parse/pool.js';
import { openRenderPool, type RenderEnv, type RenderPool } from './browser.js';
import { compareRendered, rawView } from './compare.js';

export interface PageExtractor {
  facts(page: PageRecord, body: Buffer, status: number): Promise<HtmlFacts>;
  close(): Promise<void>;
}

/** Without rendering: the parse, and nothing else (the default crawl's path). */
export function rawExtractor(parser: ParsePool): PageExtractor {
  return {
    facts: (page, body) => parser.parse(body, page.contentType, page.finalUrl),
    close: async () => undefined,
  };
}

export async function renderingExtractor(parser: ParsePool, settings: RenderSettings, env: RenderEnv): Promise<PageExtractor> {
  const pool: RenderPool = await openRenderPool(settings, env);
  return {
    async facts(page, body, status) {
      const url = page.finalUrl;
      // The parse moves the body to its thread: the browser gets its own copy.
      const [raw, out] = await Promise.all([
        parser.parse(body, page.contentType, url),
        pool.render({ url, status, contentType: page.contentType, body: Buffer.from(body) }),
      ]);
      const base = { ms: out.ms, blocked: out.blocked, requests: out.requests };
      if (out.html === null) {
        page.render = { status: 'failed', ...base, error: out.error ?? 'no DOM', raw: rawView(raw), changed: [], linksAdded: { count: 0, sample: [] }, linksRemoved: { count: 0, sample: [] } };
        return raw;
      }
      const rendered = await parser.parse(Buffer.from(out.html, 'utf8'), 'text/html; charset=utf-8', url);
      page.render = { status: 'rendered', ...base, ...compareRendered(raw, rendered) };
      return rendered;
    },
    close: () => pool.close(),
  };
}
