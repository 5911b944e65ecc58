/**
 * Errors the user can act on. The CLI prints `refaudit: <message>` on one line and exits with
 * `exitCode`; anything else reaching the top is an internal bug.
 */
export class InputError extends Error {
  /** 2: usage or bad input; 3: the site could not be audited. */
  readonly exitCode: 2 | 3;
  constructor(message: string, exitCode: 2 | 3 = 2) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}

/** Line-numbered problem in an input file (CSV, config, rankings): the rest of the file is still used. */
export interface InputProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}
