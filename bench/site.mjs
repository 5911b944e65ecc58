/**
 * A synthetic site of N pages served from memory on 127.0.0.1: page i's HTML is built from i
 * (seeded, deterministic, 30–80 KB, 50–150 links). Up to PREBUILD_MAX pages (20,000, ~1.1 GB) every
 * page is built into a Buffer when the server starts, so answering costs the crawlers' shared two
 * cores no more than a memory write; above that, pages are built on request so 100,000 pages need
 * no gigabytes. Either way a page goes out as one Buffer with a Content-Length.
 * A sitemap index lists every page in files of 50,000 URLs. --latency-ms delays every answer.
 * `faults` gives the site of the bench before 2026-11-30 19:30 UTC: relative canonicals and 500 images
 * that answer 404, which refaudit now reports (10,000 canonical-relative and 500 resource-broken items).
 */
import { createServer } from 'node:http';

const WORDS = ('voyage maroc circuit désert merzouga riad marrakech médina souk atlas trek toubkal excursion essaouira ' +
  'océan kasbah oasis dunes bivouac dromadaire guide chauffeur séjour hôtel piscine terrasse hammam cuisine tajine ' +
  'couscous thé menthe artisanat tapis poterie cuir épices jardin majorelle palmeraie vallée gorges cascade village ' +
  'berbère montagne col route étape nuit matin soir prix réservation famille enfants couple groupe confort luxe').split(' ');

/** mulberry32: a tiny seeded PRNG, so page i is the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The script of the site's rendered mode (`--render`): each page gets a section, a heading and a link
 * that exist only once it runs, so the raw and rendered pages differ as a client-rendered site's do.
 */
export const APP_JS = `document.addEventListener('DOMContentLoaded', function () {
  var n = Number(document.documentElement.dataset.pages), i = Number(document.documentElement.dataset.page);
  var s = document.createElement('section');
  s.innerHTML = '<h2>Disponible en ligne</h2><p>Réservez ce circuit en ligne : départ garanti, guide local, annulation gratuite.</p><a href="/p/' + ((i * 7 + 1) % n) + '">Circuit suivant</a>';
  document.querySelector('main').appendChild(s);
});`;

/**
 * Page i of n. `origin` makes the canonical absolute, as Google asks and most sites do; without it
 * the canonical is relative ("/p/5") and refaudit reports it on every page (canonical-relative).
 */
export function pageHtml(i, n, script = false, origin = '') {
  const r = rng(i + 1);
  const pick = () => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = (k) => Array.from({ length: k }, pick).join(' ');
  const links = 50 + Math.floor(r() * 101);
  const targetBytes = 30_000 + Math.floor(r() * 50_000);
  const parts = [
    script
      ? `<!doctype html><html lang="fr" data-page="${i}" data-pages="${n}"><head><meta charset="utf-8"><title>${sentence(6)} ${i}</title><script src="/app.js" defer></script>`
      : `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${sentence(6)} ${i}</title>`,
    `<meta name="description" content="${sentence(20)}"><link rel="canonical" href="${origin}/p/${i}"></head><body>`,
    `<header><nav><a href="/">Accueil</a> <a href="/p/1">Circuits</a> <a href="/p/2">Riads</a></nav></header>`,
    `<main><h1>${sentence(5)}</h1>`,
  ];
  for (let l = 0; l < links; l++) {
    const to = Math.floor(r() * n);
    parts.push(`<a href="/p/${to}">${sentence(3)}</a> `);
  }
  let size = parts.reduce((s, p) => s + p.length, 0);
  while (size < targetBytes) {
    const p = `<h2>${sentence(4)}</h2><p>${sentence(60)}</p><div class="card"><img src="/img/${Math.floor(r() * 500)}.jpg" alt="${sentence(3)}"><span>${sentence(12)}</span></div>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</main><footer><a href="/p/3">Contact</a></footer></body></html>');
  return parts.join('');
}

/**
 * The answer to /img/N.jpg: a few bytes served as image/jpeg (refaudit only reads the status), so the
 * pages' images exist, as on a healthy site, unless the site is asked for its faults.
 */
const TINY_JPEG = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

/** Sites of at most this many pages are pre-built into memory at start. */
export const PREBUILD_MAX = 20_000;

export async function startBenchSite({ pages = 10_000, latencyMs = 0, port = 0, script = false, faults = false } = {}) {
  const perSitemap = 50_000;
  let built = null;
  // The canonical is absolute unless the site is asked for its faults; the origin is known once listening.
  let origin = '';
  const page = (i) => built?.[i] ?? Buffer.from(pageHtml(i, pages, script, origin));
  const sitemaps = Math.ceil(pages / perSitemap);
  const server = createServer((req, res) => {
    const answer = () => {
      const url = req.url ?? '/';
      const origin = `http://${req.headers.host}`;
      if (url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nAllow: /\nSitemap: ${origin}/sitemap.xml\n`);
        return;
      }
      if (url === '/sitemap.xml') {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: sitemaps }, (_, s) => `<sitemap><loc>${origin}/sitemap-${s}.xml</loc></sitemap>`).join('')}</sitemapindex>`);
        return;
      }
      if (script && url === '/app.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(APP_JS);
        return;
      }
      const sm = /^\/sitemap-(\d+)\.xml$/.exec(url);
      if (sm) {
        const s = Number(sm[1]);
        const from = s * perSitemap;
        const to = Math.min(pages, from + perSitemap);
        res.writeHead(200, { 'content-type': 'application/xml' });
        const body = [];
        for (let i = from; i < to; i++) body.push(`<url><loc>${origin}/p/${i}</loc></url>`);
        res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body.join('')}</urlset>`);
        return;
      }
      if (!faults && /^\/img\/\d+\.jpg$/.test(url)) {
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': TINY_JPEG.length });
        res.end(TINY_JPEG);
        return;
      }
      const m = /^\/p\/(\d+)$/.exec(url);
      const i = url === '/' ? 0 : m ? Number(m[1]) : -1;
      if (i < 0 || i >= pages) {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<html><body>404</body></html>');
        return;
      }
      const body = page(i);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    };
    if (latencyMs) setTimeout(answer, latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 10_000;
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: p } = server.address();
  if (!faults) origin = `http://127.0.0.1:${p}`;
  if (pages <= PREBUILD_MAX) {
    const t0 = performance.now();
    built = new Array(pages);
    let bytes = 0;
    for (let i = 0; i < pages; i++) {
      built[i] = Buffer.from(pageHtml(i, pages, script, origin));
      bytes += built[i].length;
    }
    process.stderr.write(`bench site: pre-built ${pages} pages (${(bytes / 2 ** 20).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
  }
  return {
    url: `http://127.0.0.1:${p}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// Run alone: `node bench/site.mjs --pages 10000 --latency-ms 20 --port 8080`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, d) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : d;
  };
  const site = await startBenchSite({ pages: arg('--pages', 10_000), latencyMs: arg('--latency-ms', 0), port: arg('--port', 0) });
  process.stdout.write(`${site.url}\n`);
}
