/**
 * A parsing thread: the crawl hands it HTML bodies and gets page facts back, so parsing (the
 * costliest part of a crawl) runs on every core while the main thread fetches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { makeParser, type ParseContext, type ParseReply, type ParseRequest } from './job.js';

// Strings are copied when the facts are posted back, so none can keep a page's text alive here.
const parse = makeParser(workerData as ParseContext, (s) => s);

parentPort!.on('message', (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: req.id, facts: parse(req) };
  } catch (err) {
    reply = { id: req.id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
