/**
 * The command line: parses flags, runs one command, and turns every expected failure into one
 * line on stderr and an exit code (DESIGN.md: 0 done, 1 --fail-on crossed, 2 usage or input error,
 * 3 site could not be audited). Only the report goes to stdout.
 */
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../util/errors.js';
import { VERSION } from '../version.js';
import { addAuditOptions, addCrawlOptions } from './flags.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { threadUsage } from '../util/thread-usage.js';
import { failIfWanted } from '../util/test-failure.js';

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exitCode = 0;
  const program = new Command('refaudit')
    .description('Audit a site\'s référencement: crawl it and print the eight-step report (coverage, relevance, ranking).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // commander's own usage errors: keep them to one line, prefixed like ours.
      outputError: (s, write) => write(`refaudit: ${s.replace(/^error: /, '').trimEnd()}\n`),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  refaudit audit https://www.example.ma/                      text report on the terminal
  refaudit audit https://www.example.ma/ --format json | jq .scores
  refaudit audit --config refaudit.config.json --format html --output report.html
  refaudit audit https://www.example.ma/ --format text --format html --output-dir out/
  refaudit crawl https://www.example.ma/ --out snap.json && refaudit audit --from snap.json
  refaudit audit --config refaudit.config.json --fail-on regression   (for cron and CI)
  refaudit diff .refaudit/2026-11-17T06-00-00Z-report.json.gz .refaudit/2026-11-24T06-00-00Z-report.json.gz
  refaudit init --site https://www.example.ma/

${EXIT_CODES_HELP}`,
    );

  const audit = program
    .command('audit')
    .argument('[url]', 'site to audit (or set "site" in the config file)')
    .description('crawl a site (or read a snapshot) and print the eight-step referencement report');
  addCrawlOptions(audit);
  addAuditOptions(audit);
  audit.action(async (url: string | undefined, opts: Record<string, unknown>) => {
    const { runAuditCommand } = await import('./commands/audit.js');
    exitCode = await runAuditCommand(url, opts, io);
  });

  const crawl = program
    .command('crawl')
    .argument('[url]', 'site to crawl (or --list FILE)')
    .description('crawl a site and write its snapshot, to audit later with `audit --from`')
    .requiredOption('-o, --out <file>', 'snapshot file to write (.json or .json.gz)');
  addCrawlOptions(crawl);
  crawl.addOption(new Option('-q, --quiet', 'no progress or warnings on stderr'));
  crawl.addOption(new Option('-v, --verbose', 'say more on stderr'));
  crawl.action(async (url: string | undefined, opts: Record<string, unknown>) => {
    const { runCrawlCommand } = await import('./commands/crawl.js');
    exitCode = await runCrawlCommand(url, opts, io);
  });

  program
    .command('diff')
    .argument('<old>', 'an earlier report (JSON or .json.gz, e.g. from the history folder)')
    .argument('<new>', 'a later report')
    .description('compare two audit reports: new, fixed and persisting findings, score deltas, ranking moves')
    .option('--format <format>', 'text or json', 'text')
    .option('--no-color', 'no colours')
    .action(async (oldFile: string, newFile: string, opts: { format: string; color: boolean }) => {
      const { runDiffCommand } = await import('./commands/diff.js');
      exitCode = await runDiffCommand(oldFile, newFile, opts, io);
    });

  program
    .command('init')
    .description('write a commented refaudit.config.json in the current folder')
    .option('--site <url>', 'the site the config is for')
    .option('--dir <dir>', 'folder to write it in', '.')
    .option('--force', 'overwrite an existing config')
    .action(async (opts: { site?: string; dir: string; force?: boolean }) => {
      const { runInitCommand } = await import('./commands/init.js');
      exitCode = await runInitCommand(opts, io);
    });

  program
    .command('rules')
    .description('list every rule and finding id, with its step, severity and title')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }) => {
      const { runRulesCommand } = await import('./commands/rules.js');
      exitCode = await runRulesCommand(opts, io);
    });

  // The test of an unexpected exception in a command (exit 70) throws here, once the command is known.
  program.hook('preAction', () => failIfWanted('command'));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    return handleError(err, io);
  } finally {
    // What the threads did: the tests' proof that the fast path ran on them (util/thread-usage.ts).
    if (io.env.REFAUDIT_DEBUG_THREADS) io.stderr.write(`refaudit: threads: ${JSON.stringify(threadUsage())}\n`);
  }
}

export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

function defaultIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

function handleError(err: unknown, io: CliIO): number {
  if (err instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return EXIT.ok;
    return EXIT.input;
  }
  if (err instanceof InputError) {
    io.stderr.write(`refaudit: ${err.message}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`refaudit: internal error: ${message} (please report it; run with REFAUDIT_DEBUG=1 for the stack)\n`);
  if (io.env.REFAUDIT_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.internal;
}
