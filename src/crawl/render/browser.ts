/**
 * A bounded pool of Chromium pages (playwright-core, loaded only when `--render` is on, so a crawl
 * without it pays nothing). Each page is loaded from the body the crawl already fetched (the
 * document request is answered from memory: one fetch per URL, robots.txt checked once); every other
 * request the page makes goes through `route`: to another site it is blocked unless third parties
 * are allowed, to the site it is sent only if robots.txt allows refaudit's user agent. Images, fonts
 * and media are not fetched: they never change the DOM's text, links or head.
 * Each slot keeps one page (a new page costs a renderer process) in a context of its own, replaced
 * after CONTEXT_PAGES pages, so caches, cookies and the renderer's heap do not grow over a long crawl.
 * Images are off in Blink: they are never requested.
 */
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import type { RenderSettings } from '../../site/types.js';
import { InputError } from '../../util/errors.js';
import { INSTALL_HINT } from './chromium.js';

/** Flags that work in containers and CI: no sandbox (no user namespaces), nothing phoning home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--blink-settings=imagesEnabled=false', '--mute-audio'];

/** Pages a browser context serves before it is closed and replaced (memory stays bounded). */
export const CONTEXT_PAGES = 50;
/** After the load event, the page counts as settled once no request it made is pending for this long. */
const QUIET_MS = 150;
/** Beyond the timeout, how long a page that stopped answering is waited for before its context is dropped. */
const HUNG_GRACE_MS = 5_000;
const SKIPPED_TYPES = new Set(['image', 'media', 'font']);
const BLOCKED_SAMPLE = 10;

export interface RenderInput {
  url: string;
  status: number;
  contentType: string | null;
  body: Buffer;
}

export interface RenderOutput {
  /** The DOM serialised after scripts ran; null when the page could not be rendered. */
  html: string | null;
  ms: number;
  error?: string;
  requests: number;
  blocked: { robots: number; thirdParty: number; sample: string[] };
}

export interface RenderEnv {
  userAgent: string;
  isInternal(url: string): boolean;
  /** robots.txt's verdict for refaudit's own user agent (fetches the origin's robots.txt once). */
  robotsAllows(url: string): Promise<boolean>;
  /** Counts each request sent to the network, for the crawl's totals. */
  onRequest?(url: string): void;
}

export interface RenderPool {
  render(input: RenderInput): Promise<RenderOutput>;
  close(): Promise<void>;
}

/** One page being rendered: what the route handler and the settling loop share. */
interface Job {
  input: RenderInput;
  out: RenderOutput;
  served: boolean;
  pending: Set<Request>;
  lastChange: number;
}

/** A browser page reused from one URL to the next (a new page costs a renderer process), in its own context. */
interface Slot {
  context: BrowserContext | null;
  page: Page | null;
  pages: number;
  job: Job | null;
}

async function launch(settings: RenderSettings): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new InputError('--render needs the playwright-core package (npm install playwright-core)');
  }
  try {
    return await chromium.launch({ executablePath: settings.chromium, args: CHROMIUM_ARGS, headless: true });
  } catch (err) {
    const first = String((err as Error).message).split('\n').find((l) => l.trim()) ?? 'unknown error';
    throw new InputError(`could not start Chromium (${settings.chromium}): ${first.trim()}; ${INSTALL_HINT}`);
  }
}

/**
 * Where a rendered page's request goes: its own document from the crawl's fetch, third-party and
 * robots.txt-disallowed requests blocked, the rest through, counted and tracked until settled.
 */
async function routeRequest(settings: RenderSettings, env: RenderEnv, slot: Slot, page: Page, r: Route, request: Request): Promise<void> {
  const job = slot.job;
  if (!job) return r.abort('blockedbyclient');
  const url = request.url();
  const main = request.isNavigationRequest() && request.frame() === page.mainFrame();
  if (main && !job.served && url === job.input.url) {
    job.served = true;
    return r.fulfill({ status: job.input.status, contentType: job.input.contentType ?? 'text/html', body: job.input.body });
  }
  // A script or meta refresh taking the page elsewhere: the DOM audited is this URL's own.
  if (main) return r.abort('blockedbyclient');
  if (!/^https?:/i.test(url)) return r.continue();
  if (SKIPPED_TYPES.has(request.resourceType())) return r.abort('blockedbyclient');
  const { out } = job;
  const internal = env.isInternal(url);
  if (!internal && !settings.thirdParty) {
    out.blocked.thirdParty += 1;
    if (out.blocked.sample.length < BLOCKED_SAMPLE) out.blocked.sample.push(url);
    return r.abort('blockedbyclient');
  }
  if (internal && !(await env.robotsAllows(url))) {
    out.blocked.robots += 1;
    if (out.blocked.sample.length < BLOCKED_SAMPLE) out.blocked.sample.push(`${url} (robots.txt)`);
    return r.abort('blockedbyclient');
  }
  out.requests += 1;
  env.onRequest?.(url);
  job.pending.add(request);
  job.lastChange = performance.now();
  const settle = () => {
    if (job.pending.delete(request)) job.lastChange = performance.now();
  };
  return r.continue().catch(settle);
}

/** Loads the page and waits for its scripts' requests to settle; the DOM then, serialised. */
async function renderOn(page: Page, job: Job, timeoutMs: number): Promise<string> {
  const deadline = performance.now() + timeoutMs;
  await page.goto(job.input.url, { waitUntil: 'load', timeout: timeoutMs });
  // Content fetched by scripts after the load event (an API call, a lazy route) lands a moment later.
  while (performance.now() < deadline && (job.pending.size > 0 || performance.now() - job.lastChange < QUIET_MS)) {
    await new Promise((r) => setTimeout(r, 25));
  }
  if (job.pending.size > 0) throw new Error(`requests still pending after ${timeoutMs} ms`);
  return page.content();
}

export async function openRenderPool(settings: RenderSettings, env: RenderEnv): Promise<RenderPool> {
  const browser = await launch(settings);
  const free: Slot[] = Array.from({ length: settings.concurrency }, () => ({ context: null, page: null, pages: 0, job: null }));
  const waiting: ((s: Slot) => void)[] = [];
  let closed = false;
  const acquire = (): Promise<Slot> => {
    const s = free.pop();
    return s ? Promise.resolve(s) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (s: Slot) => {
    const next = waiting.shift();
    if (next) next(s);
    else free.push(s);
  };
  const drop = (slot: Slot) => {
    void slot.context?.close().catch(() => undefined);
    slot.context = null;
    slot.page = null;
  };

  const pageFor = async (slot: Slot): Promise<Page> => {
    if (slot.page && slot.pages >= CONTEXT_PAGES) drop(slot);
    if (!slot.page) {
      slot.context = await browser.newContext({ userAgent: env.userAgent, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
      const page = await slot.context.newPage();
      const settled = (r: Request) => {
        const job = slot.job;
        if (job?.pending.delete(r)) job.lastChange = performance.now();
      };
      page.on('requestfinished', settled);
      page.on('requestfailed', settled);
      await page.route('**/*', (r, request) => routeRequest(settings, env, slot, page, r, request));
      slot.page = page;
      slot.pages = 0;
    }
    slot.pages += 1;
    return slot.page;
  };

  return {
    async render(input) {
      const out: RenderOutput = { html: null, ms: 0, requests: 0, blocked: { robots: 0, thirdParty: 0, sample: [] } };
      if (closed) return { ...out, error: 'rendering stopped' };
      const slot = await acquire();
      const t0 = performance.now();
      const job: Job = { input, out, served: false, pending: new Set(), lastChange: t0 };
      let timer: NodeJS.Timeout | undefined;
      let failed = false;
      try {
        const page = await pageFor(slot);
        slot.job = job;
        // A script that never yields blocks the renderer: page.content() would wait forever.
        const stuck = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer from the page within ${settings.timeoutMs + HUNG_GRACE_MS} ms`)), settings.timeoutMs + HUNG_GRACE_MS);
        });
        out.html = await Promise.race([renderOn(page, job, settings.timeoutMs), stuck]);
      } catch (err) {
        failed = true;
        out.error = String((err as Error).message).split('\n')[0]!.slice(0, 300);
      } finally {
        clearTimeout(timer);
        slot.job = null;
        out.ms = Math.round(performance.now() - t0);
        // After a failure the page starts afresh: a renderer that stopped answering may never come back.
        if (failed) drop(slot);
        release(slot);
      }
      return out;
    },
    async close() {
      closed = true;
      await browser.close().catch(() => undefined);
    },
  };
}
