import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findConfig } from '../../config/find.js';
import { emptyConfig } from '../../config/empty.js';
import { mergeFlags, type FlagValues } from '../../config/merge.js';
import { checkFailOn } from '../../report/fail-on.js';
import { runAudit } from '../../pipeline/audit.js';
import type { Format } from '../../render/index.js';
import { defaultLang } from '../../i18n/message.js';
import { InputError } from '../../util/errors.js';
import type { CliIO } from '../main.js';
import { abortOnInterrupt } from '../interrupt.js';
import { parseSiteUrl } from '../options.js';
import { makeProgress } from '../progress.js';
import { crawlFlags } from '../crawl-flags.js';
import { readUrlList } from '../../crawl/url-list.js';
import { useColor } from '../color.js';

export async function runAuditCommand(url: string | undefined, opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const formats = ((opts.format as (Format | 'csv')[] | undefined) ?? ['text']).filter((f, i, all) => all.indexOf(f) === i);
  const outputDir = opts.outputDir as string | undefined;
  const output = opts.output as string | undefined;
  // Checked before the crawl: a long crawl must not end in a usage error.
  if (formats.includes('csv') && !outputDir) throw new InputError('--format csv writes one file per table: give --output-dir DIR');
  if (formats.length > 1 && !outputDir) throw new InputError('several --format values need --output-dir to write one file each');
  if (output && outputDir) throw new InputError('give --output or --output-dir, not both');

  const configFile = opts.config === false ? null : typeof opts.config === 'string' ? resolve(io.cwd, opts.config) : findConfig(io.cwd);
  // Its parsers (YAML, JSON Schema) load only when there is a file to read.
  const base = configFile ? (await import('../../config/load.js')).loadConfig(configFile) : emptyConfig();
  const list = typeof opts.list === 'string' ? readUrlList(resolve(io.cwd, opts.list)) : null;
  if (list && url) throw new InputError('give a URL or --list, not both');
  const config = mergeFlags(base, flagValues(list ? list.urls[0] : url, opts));
  if (list) config.problems.push(...list.problems);
  if (!config.site && !opts.from) {
    throw new InputError('no site to audit: give a URL (refaudit audit https://www.example.com/) or set "site" in the config');
  }
  if (config.site) config.site = parseSiteUrl(config.site);

  const historyDir =
    opts.history === false ? null : (config.history ?? join(configFile ? dirname(configFile) : io.cwd, '.refaudit'));

  const progress = makeProgress({ stream: io.stderr, quiet: opts.quiet === true, verbose: opts.verbose === true });
  const interrupt = abortOnInterrupt(() => progress.warn('interrupted: finishing the report with the pages gathered so far (Ctrl-C again to quit now)'));
  // The renderers load while the audit runs.
  const renderers = import('../../render/index.js');
  renderers.catch(() => undefined);
  let outcome;
  try {
    outcome = await runAudit(
      { config, from: typeof opts.from === 'string' ? resolve(io.cwd, opts.from) : null, historyDir, signal: interrupt.signal, ...(list ? { list: list.urls } : {}) },
      {
        onCrawlProgress: (p) => progress.crawl(p),
        onStage: (s) => progress.stage(s),
        onWarn: (m) => progress.warn(m),
      },
    );
  } finally {
    progress.done();
    interrupt.dispose();
  }
  const { report } = outcome;
  const { render, EXTENSIONS } = await renderers;
  for (const p of report.problems) progress.warn(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);

  const color = useColor(opts.color !== false, io.stdout, io.env) && !output && !outputDir;
  const given = typeof opts.width === 'number' ? opts.width : null;
  const width = given ?? (io.stdout.isTTY && !output && !outputDir ? Math.max(80, io.stdout.columns ?? 80) : 80);
  const langFlag = (opts.reportLang as ('fr' | 'en')[] | undefined)?.at(-1);
  const lang = langFlag ?? config.reportLang ?? defaultLang(config.markets);
  if (outputDir) {
    mkdirSync(outputDir, { recursive: true });
    for (const f of formats) {
      if (f === 'csv') {
        const [{ buildExports }, { renderCsv }] = await Promise.all([import('../../report/exports.js'), import('../../render/csv.js')]);
        for (const t of buildExports(report, outcome.snapshot)) {
          const file = join(outputDir, `${t.name}.csv`);
          writeFileSync(file, renderCsv(t));
          progress.verbose(`wrote ${file}`);
        }
        continue;
      }
      const file = join(outputDir, `refaudit-report.${EXTENSIONS[f]}`);
      writeFileSync(file, render(report, f, { color: false, width, lang }));
      progress.verbose(`wrote ${file}`);
    }
  } else {
    const text = render(report, (formats[0] ?? 'text') as Format, { color, width, lang });
    if (output) writeFileSync(output, text);
    else io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }
  if (outcome.historyFile) progress.verbose(`run saved to ${outcome.historyFile}`);

  const verdict = checkFailOn(config.failOn, report, outcome.diff, outcome.objectives);
  if (verdict.fail) {
    io.stderr.write(`refaudit: ${verdict.reason ?? 'a --fail-on threshold was crossed'}\n`);
    return 1;
  }
  return 0;
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
