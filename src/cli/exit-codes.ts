/**
 * Exit codes, documented in README.md ("Exit codes") and in `refaudit --help`. Schedulers branch on
 * them: only 1 means "the site got worse" (or crossed a --fail-on threshold).
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The audit ran and a --fail-on threshold was crossed. */
  failOn: 1,
  /** Usage or input error, found before the crawl wherever it can be. */
  input: 2,
  /** The site could not be audited (unreachable, blocked, start page not HTML). */
  site: 3,
  /** The audit ran but its results could not all be written: the report or the history run (disk full…). */
  notSaved: 4,
  /** A bug in refaudit: one line, REFAUDIT_DEBUG=1 for the stack. */
  internal: 70,
  /** Interrupted by Ctrl-C (SIGINT): the report covers what was gathered and is never a baseline. */
  interrupted: 130,
} as const;

export const EXIT_CODES_HELP =
  'Exit codes: 0 done, 1 a --fail-on threshold was crossed, 2 usage or input error, 3 the site could not be audited, ' +
  '4 the report or the history run could not be written (disk full, permissions), 130 interrupted (Ctrl-C), 70 internal error (a bug).';
