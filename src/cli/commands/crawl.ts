import { resolve } from 'node:path';
import { crawlSite } from '../../crawl/crawler.js';
import { assertAuditable } from '../../crawl/auditable.js';
import { writeSnapshot } from '../../site/snapshot-io.js';
import type { CrawlConfig } from '../../config/types.js';
import type { CliIO } from '../main.js';
import { abortOnInterrupt } from '../interrupt.js';
import { parseSiteUrl } from '../options.js';
import { makeProgress } from '../progress.js';
import { crawlFlags } from '../crawl-flags.js';
import { crawlOptionsFrom } from '../../config/crawl-options.js';
import { readUrlList } from '../../crawl/url-list.js';
import { InputError } from '../../util/errors.js';
import { EXIT } from '../exit-codes.js';
import { checkOutputFile } from '../preflight.js';

export async function runCrawlCommand(url: string | undefined, opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const list = typeof opts.list === 'string' ? readUrlList(resolve(io.cwd, opts.list)) : null;
  if (list && url) throw new InputError('give a URL or --list, not both');
  if (!list && !url) throw new InputError('no site to crawl: give a URL or --list FILE');
  const startUrl = list ? list.urls[0]! : parseSiteUrl(url!);
  const out = resolve(io.cwd, String(opts.out));
  // Before the crawl: a snapshot that cannot be written would lose it.
  checkOutputFile(out, '--out');
  const progress = makeProgress({ stream: io.stderr, quiet: opts.quiet === true, verbose: opts.verbose === true, env: io.env });
  for (const p of list?.problems ?? []) progress.warn(`${p.file}:${p.line}: ${p.message}`);
  const interrupt = abortOnInterrupt(() => progress.warn('interrupted: stopping the crawl and keeping what was gathered (Ctrl-C again to quit now)'));
  try {
    const crawl: CrawlConfig = crawlFlags(opts);
    progress.stage('crawling');
    const snapshot = await crawlSite(
      { ...crawlOptionsFrom(crawl), startUrl, signal: interrupt.signal, ...(list ? { list: list.urls } : {}) },
      { onProgress: (p) => progress.crawl(p), onWarn: (m) => progress.warn(m) },
    );
    progress.stage('writing the snapshot');
    writeSnapshot(out, snapshot);
    progress.done();
    progress.verbose(`${snapshot.pages.length} URLs written to ${out}`);
    assertAuditable(snapshot);
    if (interrupt.signal.aborted) {
      io.stderr.write(`refaudit: interrupted: the snapshot holds the ${snapshot.pages.length} URLs gathered; an audit of it is marked partial\n`);
      return EXIT.interrupted;
    }
    return EXIT.ok;
  } finally {
    progress.done();
    interrupt.dispose();
  }
}
