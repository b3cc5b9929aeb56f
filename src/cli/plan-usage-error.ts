import type { PacingField, PlanError } from '../plan/plan-error.js';
import { UserError } from '../user-error.js';

// A plan that cannot be made from the pacing flags, told in the flags'
// own words.

/** How each pacing field is given on the command line, for messages about it. */
export const pacingFlagNames: Readonly<Record<PacingField, string>> = {
  slow: '--slow',
  tense: '--tense',
  release: '--release',
  breaths: '--breaths',
  minutes: '--minutes',
  only: '--only',
  skip: '--skip',
  startWith: '--start-with',
  reverse: '--reverse',
  repeat: '--repeat',
  scan: '--no-scan',
  mode: '--micro or --imagery',
  position: '--position',
  sensitive: 'the sensitive preference',
  count: '--count',
};

/** A plan that cannot be made from these flags: a usage error that names them. */
export function planUsageError(error: PlanError): UserError {
  return new UserError(error.describe((field) => pacingFlagNames[field]));
}
