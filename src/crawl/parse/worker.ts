/**
 * A parsing thread: the crawl hands it HTML bodies and gets page facts back, so parsing (the
 * costliest part of a crawl) runs on every core while the main thread fetches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { asBuffer, makeParser, type ParseContext, type ParseReply, type ParseRequest, type SitemapRequest } from './job.js';
import { UrlEncoder } from './url-dictionary.js';
import { failureWanted } from '../../util/test-failure.js';

// Strings are copied when the facts are posted back, so none can keep a page's text alive here.
// Texts leave unpacked: the main thread packs them while it waits on the network (pool.ts).
const parse = makeParser(workerData as ParseContext, (s) => s, (text) => text);
const urls = new UrlEncoder();

parentPort!.on('message', async (req: ParseRequest | SitemapRequest) => {
  // The tests of the pool's failure path end this thread here, as an error no page catches would.
  if (failureWanted('parse-thread')) return void setImmediate(() => { throw new Error('test failure injected in a parsing thread (REFAUDIT_TEST_FAIL)'); });
  let reply: ParseReply;
  if ('sitemap' in req) {
    try {
      // Loaded on first use: most crawls hand no sitemap here.
      const { parseSitemapBody } = await import('../sitemaps.js');
      reply = { id: req.id, sitemap: parseSitemapBody(asBuffer(req.sitemap), req.url) };
    } catch (err) {
      reply = { id: req.id, error: (err as Error).message };
    }
    return parentPort!.postMessage(reply);
  }
  try {
    const facts = parse(req);
    const links = urls.encode(facts.internalLinks.urls);
    facts.internalLinks.urls = [];
    // A template's files come back on every page, as its links do: numbers too, after the links.
    const resources = urls.encode(facts.resources ?? []);
    facts.resources = [];
    reply = { id: req.id, facts, links, resources };
  } catch (err) {
    reply = { id: req.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply, 'links' in reply ? [reply.links.refs.buffer as ArrayBuffer, reply.resources.refs.buffer as ArrayBuffer] : []);
});
