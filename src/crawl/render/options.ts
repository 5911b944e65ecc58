/**
 * The render options as the crawler receives them (flat, like the config's `crawl` keys) and the
 * settings a rendered crawl records in its snapshot.
 */
import type { RenderSettings } from '../../site/types.js';
import { findChromium } from './chromium.js';

export interface RenderOptions {
  /** Load every HTML page in Chromium and audit the DOM after scripts ran. */
  render?: boolean;
  renderConcurrency?: number;
  renderTimeoutMs?: number;
  /** Let requests to other sites through (blocked by default). */
  renderThirdParty?: boolean;
  /** Chromium's executable (default: REFAUDIT_CHROMIUM, then the PATH). */
  chromium?: string;
}

export const RENDER_DEFAULTS = { concurrency: 2, timeoutMs: 20_000 } as const;

/**
 * Removes the render options from the crawl's other options and, when rendering is asked for,
 * finds Chromium (an InputError, exit 2, when there is none: before any request).
 */
export function takeRenderOptions(given: Record<string, unknown>): RenderSettings | undefined {
  const o = given as RenderOptions;
  const { render, renderConcurrency, renderTimeoutMs, renderThirdParty, chromium } = o;
  for (const k of ['render', 'renderConcurrency', 'renderTimeoutMs', 'renderThirdParty', 'chromium']) delete given[k];
  if (!render) return undefined;
  return {
    chromium: findChromium(chromium),
    concurrency: renderConcurrency ?? RENDER_DEFAULTS.concurrency,
    timeoutMs: renderTimeoutMs ?? RENDER_DEFAULTS.timeoutMs,
    thirdParty: renderThirdParty ?? false,
  };
}
