/**
 * One HTTP exchange with every limit a hostile server calls for: a deadline over headers AND body
 * (a body that never ends times out), a byte cap (a declared 2 GB body is never read), a cap on
 * decompressed size (a gzip bomb stops there), manual redirects. It never throws: every failure
 * comes back as a FetchError code, so one bad page never stops the crawl.
 */
import { brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import type { FetchError, FetchErrorCode, RedirectHop } from '../site/types.js';
import { normalizeUrl } from './url.js';

export interface FetchOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  dispatcher: Dispatcher;
  signal?: AbortSignal;
  accept?: string;
  /** A Range header ("bytes=0-0": resource checks ask for one byte). */
  range?: string;
}

export interface FetchResult {
  url: string;
  status: number | null;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  bytes: number;
  truncated: boolean;
  ms: number;
  contentEncoding: string | null;
  error?: FetchError;
}

export function makeAgent(opts: { connections: number; timeoutMs: number }): Agent {
  return new Agent({
    connections: opts.connections,
    keepAliveTimeout: 4_000,
    connect: { timeout: opts.timeoutMs },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

export function classifyError(err: unknown, timedOut: boolean, aborted: boolean): FetchError {
  if (aborted) return { code: 'aborted', message: 'crawl stopped while this URL was being fetched' };
  if (timedOut) return { code: 'timeout', message: 'no complete answer within the timeout' };
  let e = err as (Error & { code?: string; cause?: unknown }) | undefined;
  // undici wraps socket and TLS errors: the useful code is on the cause.
  for (let i = 0; i < 3 && e && !e.code && e.cause; i++) e = e.cause as typeof e;
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  const pick = (c: FetchErrorCode, m: string): FetchError => ({ code: c, message: m });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA') return pick('dns', `host name did not resolve (${code})`);
  if (code === 'ECONNREFUSED') return pick('refused', 'connection refused');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return pick('reset', `connection reset (${message})`);
  if (/TIMEOUT/.test(code) || code === 'ETIMEDOUT') return pick('timeout', `timed out (${code})`);
  if (TLS_CODES.test(code)) return pick('tls', `TLS failure: ${message} (${code})`);
  if (code === 'ERR_BUFFER_TOO_LARGE') return pick('too-large', message);
  return pick('other', code ? `${message} (${code})` : message);
}

function decodeBody(raw: Buffer, encoding: string | null, maxBytes: number): { body: Buffer; bomb: boolean; error?: FetchError } {
  if (!encoding || encoding === 'identity' || raw.length === 0) return { body: raw, bomb: false };
  const opts = { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return { body: gunzipSync(raw, opts), bomb: false };
    if (encoding === 'deflate') return { body: inflateSync(raw, opts), bomb: false };
    if (encoding === 'br') {
      return { body: brotliDecompressSync(raw, { maxOutputLength: maxBytes, finishFlush: constants.BROTLI_OPERATION_FLUSH }), bomb: false };
    }
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      return { body: Buffer.alloc(0), bomb: true, error: { code: 'too-large', message: `decompresses to more than ${maxBytes} bytes (compression bomb?)` } };
    }
    return { body: Buffer.alloc(0), bomb: false, error: { code: 'bad-encoding', message: `cannot decode ${encoding} body: ${(err as Error).message}` } };
  }
  return { body: Buffer.alloc(0), bomb: false, error: { code: 'bad-encoding', message: `unsupported Content-Encoding "${encoding}"` } };
}

export async function fetchOnce(url: string, opts: FetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const result: FetchResult = { url, status: null, headers: {}, body: Buffer.alloc(0), bytes: 0, truncated: false, ms: 0, contentEncoding: null };
  let res: Dispatcher.ResponseData | null = null;
  try {
    if (opts.signal?.aborted) throw new Error('aborted');
    res = await request(url, {
      method: 'GET',
      dispatcher: opts.dispatcher,
      signal: controller.signal,
      headers: {
        'user-agent': opts.userAgent,
        accept: opts.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
        ...(opts.range ? { range: opts.range } : {}),
      },
    });
    result.status = res.statusCode;
    result.headers = res.headers;
    const enc = res.headers['content-encoding'];
    result.contentEncoding = (Array.isArray(enc) ? enc[0] : enc)?.trim().toLowerCase() || null;
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      if (received + buf.length > opts.maxBytes) {
        chunks.push(buf.subarray(0, opts.maxBytes - received));
        received = opts.maxBytes;
        result.truncated = true;
        break;
      }
      chunks.push(buf);
      received += buf.length;
    }
    if (result.truncated) res.body.destroy();
    const decoded = decodeBody(Buffer.concat(chunks), result.contentEncoding, opts.maxBytes);
    result.body = decoded.body;
    if (decoded.bomb) result.truncated = true;
    if (decoded.error) result.error = decoded.error;
    if (!decoded.bomb && result.contentEncoding && decoded.body.length >= opts.maxBytes) result.truncated = true;
  } catch (err) {
    result.error = classifyError(err, timedOut, opts.signal?.aborted === true);
    res?.body.destroy();
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
  result.bytes = result.body.length;
  result.ms = Math.round(performance.now() - started);
  return result;
}

export interface FollowResult extends FetchResult {
  finalUrl: string;
  redirects: RedirectHop[];
  /** The chain left the crawl's scope: the last hop is recorded, its target not fetched. */
  leftScope: boolean;
}

export async function fetchFollow(
  url: string,
  opts: FetchOptions & { maxRedirects: number; inScope?(url: string): boolean; beforeRequest?(url: string): Promise<void> },
): Promise<FollowResult> {
  const redirects: RedirectHop[] = [];
  const seen = new Set<string>([url]);
  let current = url;
  for (;;) {
    // Politeness applies to every hop of a redirect chain, not only the first request.
    await opts.beforeRequest?.(current);
    const res = await fetchOnce(current, opts);
    const status = res.status ?? 0;
    const loc = res.headers.location;
    const locRaw = Array.isArray(loc) ? loc[0] : loc;
    if (status < 300 || status >= 400 || status === 304 || locRaw === undefined) {
      return { ...res, finalUrl: current, redirects, leftScope: false };
    }
    const location = normalizeUrl(locRaw, current);
    redirects.push({ url: current, status, location });
    const stop = (error: FetchError | undefined, leftScope = false): FollowResult => {
      const out: FollowResult = { ...res, finalUrl: current, redirects, leftScope };
      if (error) out.error = error;
      return out;
    };
    if (!location) return stop({ code: 'other', message: `redirect with an unusable Location "${locRaw}"` });
    if (seen.has(location)) return stop({ code: 'redirect-loop', message: `redirect loop back to ${location}` });
    if (redirects.length > opts.maxRedirects) {
      return stop({ code: 'too-many-redirects', message: `more than ${opts.maxRedirects} redirects` });
    }
    if (opts.inScope && !opts.inScope(location)) return stop(undefined, true);
    seen.add(location);
    current = location;
  }
}
