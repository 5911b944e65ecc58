import { join, resolve, dirname } from 'node:path';
import { makeFolder } from '../../util/make-folder.js';
import { findConfig } from '../../config/find.js';
import { emptyConfig } from '../../config/empty.js';
import { mergeFlags, type FlagValues } from '../../config/merge.js';
import { checkFailOn } from '../../pipeline/fail-on.js';
import { runAudit } from '../../pipeline/audit.js';
import { EXTENSIONS, render, type Format } from '../../render/index.js';
import { renderJsonChunks } from '../../render/json.js';
import { defaultLang } from '../../shared/message.js';
import { InputError } from '../../util/errors.js';
import { writeFileAtomic } from '../../util/atomic-file.js';
import type { CliIO } from '../main.js';
import { abortOnInterrupt } from '../interrupt.js';
import { parseSiteUrl } from '../options.js';
import { makeProgress } from '../progress.js';
import { crawlFlags } from '../crawl-flags.js';
import { readUrlList } from '../../crawl/url-list.js';
import { useColor } from '../color.js';
import { EXIT } from '../exit-codes.js';
import { checkFailOnHistory, checkFlagCombinations, checkMarkets, checkOutputFile, checkWritableFolder } from '../preflight.js';

export async function runAuditCommand(url: string | undefined, opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const formats = ((opts.format as (Format | 'csv')[] | undefined) ?? ['text']).filter((f, i, all) => all.indexOf(f) === i);
  const outputDir = typeof opts.outputDir === 'string' ? resolve(io.cwd, opts.outputDir) : undefined;
  const output = typeof opts.output === 'string' ? resolve(io.cwd, opts.output) : undefined;
  // Checked before the crawl: a long crawl must not end in a usage error.
  if (formats.includes('csv') && !outputDir) throw new InputError('--format csv writes one file per table: give --output-dir DIR');
  if (formats.length > 1 && !outputDir) throw new InputError('several --format values need --output-dir to write one file each');
  checkFlagCombinations(url, opts);

  const progress = makeProgress({ stream: io.stderr, quiet: opts.quiet === true, verbose: opts.verbose === true, env: io.env });
  const configFile = opts.config === false ? null : typeof opts.config === 'string' ? resolve(io.cwd, opts.config) : findConfig(io.cwd);
  // Its parsers (YAML, JSON Schema) load only when there is a file to read.
  const skipBadInput = opts.skipBadInput === true;
  const base = configFile ? (await import('../../config/load.js')).loadConfig(configFile, { skipBadInput }) : emptyConfig();
  const list = typeof opts.list === 'string' ? readUrlList(resolve(io.cwd, opts.list)) : null;
  if (list && url) throw new InputError('give a URL or --list, not both');
  const config = mergeFlags(base, flagValues(list ? list.urls[0] : url, opts), io.cwd, { skipBadInput });
  if (list) config.problems.push(...list.problems);
  if (!config.site && !opts.from) {
    throw new InputError('no site to audit: give a URL (refaudit audit https://www.example.com/) or set "site" in the config');
  }
  if (config.site) config.site = parseSiteUrl(config.site);

  const historyDir =
    opts.history === false ? null : (config.history ?? join(configFile ? dirname(configFile) : io.cwd, '.refaudit'));
  // Before the crawl: everything that would otherwise fail after it.
  checkFailOnHistory(config, historyDir);
  const { loadModelData } = await import('../../data/load.js');
  checkMarkets(config, new Set(Object.keys(loadModelData({ enginesFile: config.enginesFile ?? null }).shares)), (m) => progress.warn(m));
  if (output) checkOutputFile(output);
  if (outputDir) checkWritableFolder(outputDir, '--output-dir');
  if (historyDir) checkWritableFolder(historyDir, 'history folder');

  let unfetched = 0;
  const interrupt = abortOnInterrupt(() => progress.warn('interrupted: finishing the report with the pages gathered so far (Ctrl-C again to quit now)'));
  let outcome;
  try {
    outcome = await runAudit(
      {
        config, from: typeof opts.from === 'string' ? resolve(io.cwd, opts.from) : null, historyDir, signal: interrupt.signal, skipBadInput,
        unfetched: () => unfetched, ...(list ? { list: list.urls } : {}),
      },
      {
        onCrawlProgress: (p) => {
          unfetched = p.queued;
          progress.crawl(p);
        },
        onStage: (s) => progress.stage(s),
        onWarn: (m) => progress.warn(m),
      },
    );
    progress.stage('writing the report');
  } catch (err) {
    // The one line about what went wrong starts on a clean line.
    progress.done();
    throw err;
  } finally {
    interrupt.dispose();
  }
  const { report } = outcome;

  const color = useColor(opts.color !== false, io.stdout, io.env) && !output && !outputDir;
  const given = typeof opts.width === 'number' ? opts.width : null;
  const width = given ?? (io.stdout.isTTY && !output && !outputDir ? Math.max(80, io.stdout.columns ?? 80) : 80);
  const langFlag = (opts.reportLang as ('fr' | 'en')[] | undefined)?.at(-1);
  const lang = langFlag ?? config.reportLang ?? defaultLang(config.markets);
  // Rendered first (the "writing the report" stage), then the progress line is erased and its
  // stage line written, and only then the report: the two never share a line on the terminal.
  // JSON goes out in pieces, serialised as it is written (render/json-chunks.ts: a 200,000-row report).
  const outputs: { file: string | null; text: string | Iterable<string> }[] = [];
  const document = (f: Format, o: { color: boolean }) => (f === 'json' ? renderJsonChunks(report) : render(report, f, { ...o, width, lang }));
  if (outputDir) {
    for (const f of formats) {
      if (f !== 'csv') {
        outputs.push({ file: join(outputDir, `refaudit-report.${EXTENSIONS[f]}`), text: document(f, { color: false }) });
        continue;
      }
      const [{ buildExports }, { renderCsv }] = await Promise.all([import('../../report/exports.js'), import('../../render/csv.js')]);
      for (const t of buildExports(report, outcome.snapshot)) outputs.push({ file: join(outputDir, `${t.name}.csv`), text: renderCsv(t) });
    }
  } else outputs.push({ file: output ?? null, text: document((formats[0] ?? 'text') as Format, { color }) });
  progress.done();
  for (const p of report.problems) progress.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  // On the command's thread, stderr and stdout reach the terminal through separate queues: a
  // stderr write still waiting for its turn came out after the report ("…référencement a|udit").
  await flushed(io.stderr);
  const written = await writeReport(async () => {
    if (outputDir) makeFolder(outputDir);
    for (const { file, text } of outputs) {
      if (file === null) await writePieces(io.stdout, typeof text === 'string' ? [text.endsWith('\n') ? text : `${text}\n`] : text);
      else {
        writeFileAtomic(file, text);
        progress.verbose(`wrote ${file}`);
      }
    }
  });
  if (written !== null) {
    io.stderr.write(`refaudit: ${written}\n`);
    return EXIT.notSaved;
  }
  if (outcome.historyFile) progress.verbose(`run saved to ${outcome.historyFile}`);
  if (outcome.interrupted) {
    if (outcome.historyError) io.stderr.write(`refaudit: ${outcome.historyError}\n`);
    io.stderr.write(`refaudit: interrupted: the report covers what was gathered (skipped parts are listed above); it is not a baseline for the next run\n`);
    return EXIT.interrupted;
  }
  if (outcome.historyError) {
    io.stderr.write(`refaudit: ${outcome.historyError}\n`);
    return EXIT.notSaved;
  }

  const verdict = checkFailOn(config.failOn, report, outcome.diff, outcome.objectives);
  if (verdict.fail) {
    io.stderr.write(`refaudit: ${verdict.reason ?? 'a --fail-on threshold was crossed'}\n`);
    return EXIT.failOn;
  }
  return EXIT.ok;
}

/** Resolves once everything written to the stream so far has been handed on. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  // A caller's plain sink ({ write }: the bench, tests) has no queue, and may never call back.
  if (typeof stream.writableLength !== 'number') return Promise.resolve();
  return new Promise((resolve) => {
    if (!stream.write('', () => resolve())) stream.once('drain', () => undefined);
  });
}

/**
 * Pieces to a stream at the pace it takes them, then flushed. On the command's thread stdout is a
 * queue to the main thread, which a 230 MB JSON report in pieces outran: the thread was ended
 * (run.ts) with most of it still queued.
 */
async function writePieces(stream: NodeJS.WriteStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) if (!stream.write(piece) && typeof stream.once === 'function') await new Promise((resolve) => stream.once('drain', resolve));
  await flushed(stream);
}

/** Runs the writes; a failure (disk full, a folder removed meanwhile) is one line, and no partial file is left. */
async function writeReport(write: () => Promise<void>): Promise<string | null> {
  try {
    await write();
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const where = e.path ? ` ${e.path}` : '';
    return `the report could not be written${where} (${e.code === 'ENOSPC' ? 'no space left on the device' : e.message}); no partial file was left`;
  }
}

function flagValues(url: string | undefined, opts: Record<string, unknown>): Partial<FlagValues> {
  const out: Record<string, unknown> = { crawl: crawlFlags(opts) };
  if (url) out.site = url;
  const keys = ['market', 'keyword', 'keywords', 'rankings', 'queries', 'competitor', 'enginesFile', 'history', 'failOn'] as const;
  for (const k of keys) {
    const v = opts[k];
    if (v !== undefined && v !== false) out[k] = v;
  }
  return out as Partial<FlagValues>;
}
