import { UserError } from '../user-error.js';

// A preferences file pmr cannot use. A command that changes preferences stops
// with "problem; fix."; a command that only reads them warns once and carries
// on with the defaults.
export class PreferencesError extends UserError {
  override name = 'PreferencesError';

  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${problem}; ${fix}.`, { exitCode: 1 });
  }

  /** The one warning line for a command that goes on with the defaults. */
  warning(): string {
    return `pmr: ${this.problem}, so pmr is using the defaults; ${this.fix}.`;
  }
}
