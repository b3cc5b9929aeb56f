import type { Pacing } from './pacing.js';

// A pacing request the plan cannot honour. The planner does not know where a
// value came from, so its message names the fields through a function: the
// command line says "--only", another caller may say "only".

export type PacingField = keyof Pacing;
export type FieldNamer = (field: PacingField) => string;

export class PlanError extends Error {
  override name = 'PlanError';

  constructor(
    /** The pacing fields the problem is about. */
    readonly fields: readonly PacingField[],
    /** The message, with each field named by the caller's namer. */
    readonly describe: (name: FieldNamer) => string,
  ) {
    super(describe((field) => field));
  }
}
