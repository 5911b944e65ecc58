/**
 * The flags of `audit` and `crawl`. Every audit flag can also be set in the config file; a flag
 * given on the command line wins.
 */
import { Command, Option } from 'commander';
import { choiceOption, collect, collectNonEmpty, durationOption, floatOption, intOption, pathPattern, sizeOption } from './options.js';

export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'html', 'csv'] as const;
export const REPORT_LANGS = ['fr', 'en'] as const;
export const FAIL_ON = ['critical', 'warning', 'regression', 'objectives'] as const;

export function addCrawlOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--concurrency <n>', 'requests in flight at once (default 8)').argParser(intOption('--concurrency', 1)))
    .addOption(new Option('--rate <n>', 'at most n requests a second per host').argParser(floatOption('--rate')))
    .addOption(new Option('--max-pages <n>', 'stop after n pages (default 10000)').argParser(intOption('--max-pages', 1)))
    .addOption(new Option('--max-depth <n>', 'follow links at most n clicks from the start').argParser(intOption('--max-depth', 0)))
    .addOption(new Option('--max-bytes <size>', 'read at most this much of one response, e.g. 10MB (default)').argParser(sizeOption('--max-bytes')))
    .addOption(new Option('--timeout <duration>', 'per request, e.g. 15s (default)').argParser(durationOption('--timeout')))
    .addOption(new Option('--time-budget <duration>', 'stop the crawl after this long, keeping what was gathered, e.g. 10m').argParser(durationOption('--time-budget')))
    .addOption(new Option('--include <pattern>', 'crawl only URLs whose path matches (glob, or /regex/); repeatable').argParser(pathPattern('--include')))
    .addOption(new Option('--exclude <pattern>', 'skip URLs whose path matches (glob, or /regex/); repeatable').argParser(pathPattern('--exclude')))
    .addOption(new Option('--subdomains', 'also crawl the site\'s other subdomains'))
    .addOption(new Option('--strip-tracking', 'drop utm_*, gclid, fbclid... from URLs before crawling them'))
    .addOption(new Option('--user-agent <ua>', 'user agent to send and to obey in robots.txt'))
    .addOption(new Option('--list <file>', 'audit exactly the URLs in this file (one a line, # comments) instead of crawling from a URL'))
    .addOption(new Option('--threads <n>', 'threads beside the main one, parsing HTML (default: one a core); 0: the whole audit on the main thread, the reference path').argParser(intOption('--threads', 0)))
    .addOption(new Option('--render', 'load each page in Chromium and audit the DOM after its scripts ran'))
    .addOption(new Option('--render-concurrency <n>', 'pages rendered at once (default 2)').argParser(intOption('--render-concurrency', 1)))
    .addOption(new Option('--render-timeout <duration>', 'per rendered page, e.g. 20s (default)').argParser(durationOption('--render-timeout')))
    .addOption(new Option('--render-third-party', 'let rendered pages fetch from other sites (blocked by default)'))
    .addOption(new Option('--chromium <path>', 'Chromium executable for --render (default: $REFAUDIT_CHROMIUM, then chromium on the PATH)'));
}

export function addAuditOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-c, --config <file>', 'config file (default: refaudit.config.json|yaml found from the current folder up)'))
    .addOption(new Option('--no-config', 'ignore any config file found'))
    .addOption(new Option('--from <snapshot>', 'audit a snapshot written by `refaudit crawl` instead of crawling'))
    .addOption(new Option('-f, --format <format>', `report format: ${OUTPUT_FORMATS.join(', ')} (default text); repeat with --output-dir`).argParser(choiceOption('--format', OUTPUT_FORMATS)))
    .addOption(new Option('-o, --output <file>', 'write the report to this file instead of stdout'))
    .addOption(new Option('--output-dir <dir>', 'write one file per --format in this folder (csv: one file per table)'))
    .addOption(new Option('--width <n>', 'text report: columns to fit (default: the terminal\'s, 80 in a file)').argParser(intOption('--width', 40)))
    .addOption(new Option('--report-lang <lang>', `language of the text, Markdown and HTML report: ${REPORT_LANGS.join(' or ')} (default: the first market's language when fr or en, else en)`).argParser(choiceOption('--report-lang', REPORT_LANGS)))
    .addOption(new Option('-m, --market <market>', 'target market, e.g. fr-MA, MA, or a language alone: fr (repeatable)').argParser(collect))
    .addOption(new Option('-k, --keyword <keyword>', 'target keyword (repeatable)').argParser(collectNonEmpty('--keyword')))
    .addOption(new Option('--keywords <file>', 'target keywords, one a line: keyword[;priority[;volume]]'))
    .addOption(new Option('--rankings <file>', 'rankings CSV/JSON or Search Console export (repeatable)').argParser(collect))
    .addOption(new Option('--queries <file>', 'Search Console "Queries" export or a CSV with a query column (repeatable)').argParser(collect))
    .addOption(new Option('--competitor <url>', 'competitor site to crawl (200 pages) and compare (repeatable)').argParser(collect))
    .addOption(new Option('--engines-file <file>', 'override the engines, audience shares and CTR data'))
    .addOption(new Option('--history <dir>', 'folder of past runs for the periodic diff (default .refaudit/ beside the config)'))
    .addOption(new Option('--no-history', 'do not read or write the history folder'))
    .addOption(new Option('--skip-bad-input', 'leave out an unusable rankings, queries or keywords file (listed in the report) instead of stopping with exit 2'))
    .addOption(new Option('--fail-on <what>', `exit 1 when crossed: ${FAIL_ON.join(', ')} (repeatable)`).argParser(choiceOption('--fail-on', FAIL_ON)))
    .addOption(new Option('-q, --quiet', 'no progress or warnings on stderr'))
    .addOption(new Option('-v, --verbose', 'say more on stderr'))
    .addOption(new Option('--no-color', 'no colours (NO_COLOR is honoured too)'));
}
