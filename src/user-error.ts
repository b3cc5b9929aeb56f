// An error meant for the person at the terminal: one line that names the
// problem and the fix. Anything else that escapes is a bug.

export type ExitCode = 1 | 2;

export class UserError extends Error {
  override name = 'UserError';
  /** 1: invalid routine or data; 2: usage (flags, names, arguments). */
  readonly exitCode: ExitCode;
  /** Extra lines (e.g. every positioned problem of a routine file). */
  readonly details: string[];

  constructor(message: string, options: { exitCode?: ExitCode; details?: string[] } = {}) {
    super(message);
    this.exitCode = options.exitCode ?? 2;
    this.details = options.details ?? [];
  }
}
