/**
 * A small static server for the demo site and the tests, on 127.0.0.1. Besides files it reads two
 * control files at the site's root, in Netlify's formats, so a fixture can plant server-side defects:
 *   _headers    a path line (globs allowed), then indented `Name: value` lines to add
 *   _redirects  `FROM TO STATUS` lines: a 3xx redirects to TO; any other status serves file TO with it
 * Text files are gzipped for clients that accept it, as real servers do. In .xml and .txt files the
 * marker __ORIGIN__ becomes the server's own origin, so sitemaps and robots.txt can carry the
 * absolute URLs their formats require although the port is chosen at run time.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import picomatch from 'picomatch';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.gz': 'application/gzip',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
};

interface HeaderRule {
  match: (path: string) => boolean;
  headers: [string, string][];
}

interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

function readHeaders(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line) && current) {
      const i = line.indexOf(':');
      if (i > 0) current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    } else {
      const glob = picomatch(line.trim(), { dot: true });
      current = { match: (p) => glob(p), headers: [] };
      rules.push(current);
    }
  }
  return rules;
}

function readRedirects(root: string): RedirectRule[] {
  const file = join(root, '_redirects');
  if (!existsSync(file)) return [];
  const out: RedirectRule[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const [from, to, status] = t.split(/\s+/);
    if (from && to) out.push({ from, to, status: Number(status ?? 301) || 301 });
  }
  return out;
}

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serveDirectory(
  root: string,
  opts: { host?: string; port?: number; latencyMs?: number } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(base)) throw new Error(`no such folder: ${base}`);

  const fileFor = (path: string): string | null => {
    const decoded = decodeURIComponent(path);
    const full = normalize(join(base, decoded));
    if (full !== base && !full.startsWith(base + sep)) return null;
    if (existsSync(full) && statSync(full).isDirectory()) {
      const index = join(full, 'index.html');
      return existsSync(index) ? index : null;
    }
    return existsSync(full) && statSync(full).isFile() ? full : null;
  };

  const origin = () => {
    const a = server.address();
    return `http://${opts.host ?? '127.0.0.1'}:${typeof a === 'object' && a ? a.port : 0}`;
  };
  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string | null, extra: [string, string][]) => {
    let body: Buffer;
    let type: string;
    if (file) {
      body = readFileSync(file);
      type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      if (/\.(xml|txt)$/i.test(file) && body.includes('__ORIGIN__')) {
        body = Buffer.from(body.toString('utf8').replaceAll('__ORIGIN__', origin()));
      }
    } else {
      body = Buffer.from('<!doctype html><html lang="fr"><head><title>Page introuvable</title></head><body><h1>404</h1></body></html>');
      type = 'text/html; charset=utf-8';
    }
    const headers: Record<string, string> = { 'content-type': type };
    if (/^text\/|xml|json|javascript|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    for (const [k, v] of extra) headers[k.toLowerCase()] = v;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const handle = () => {
      // Re-read the control files on each request: tests and the demo edit fixtures between runs.
      const headerRules = readHeaders(base);
      const redirects = readRedirects(base);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      const extra = headerRules.filter((r) => r.match(path)).flatMap((r) => r.headers);
      const rule = redirects.find((r) => r.from === path || r.from === path + url.search);
      if (rule && rule.status >= 300 && rule.status < 400) {
        res.writeHead(rule.status, { location: rule.to, 'content-length': '0' });
        res.end();
        return;
      }
      if (rule) {
        send(req, res, rule.status, fileFor(rule.to), extra);
        return;
      }
      const file = path.startsWith('/_') ? null : fileFor(path);
      send(req, res, file ? 200 : 404, file, extra);
    };
    if (opts.latencyMs) setTimeout(handle, opts.latencyMs);
    else handle();
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/`,
    port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
