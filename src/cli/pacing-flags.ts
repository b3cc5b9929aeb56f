import { type Command, Option } from 'commander';
import type { PacingField, PlanError } from '../plan/plan-error.js';
import {
  breathsBounds,
  minutesBounds,
  paceBounds,
  positions,
  repeatBounds,
} from '../routine/routine-spec.js';

import { UserError } from '../user-error.js';
import { listFlag, secondsFlag, wholeFlag } from './number-flag.js';

// The pacing flags, shared by every command that plans a session.

export function addPacingFlags(command: Command): Command {
  const group = 'Pacing:';
  const options = [
    new Option('--slow', 'slower: longer releases and breaths, as at bedtime'),
    new Option('--no-slow', 'normal pace, even if the pace preference is slow'),
    new Option('--tense <seconds>', 'seconds of tension per group').argParser(
      secondsFlag('--tense', paceBounds.tense),
    ),
    new Option('--release <seconds>', 'seconds of release per group').argParser(
      secondsFlag('--release', paceBounds.release),
    ),
    new Option('--breaths <n>', 'slow breaths before the first group').argParser(
      wholeFlag('--breaths', breathsBounds),
    ),
    new Option('--minutes <m>', 'fit the whole session into m minutes').argParser(
      secondsFlag('--minutes', minutesBounds, 'minutes'),
    ),
    new Option('--only <groups>', 'only these groups, e.g. jaw,shoulders').argParser(listFlag),
    new Option('--skip <groups>', 'leave these groups out').argParser(listFlag),
    new Option('--start-with <group>', 'begin with this group (where tension lives)'),
    new Option('--reverse', 'head down instead of feet up'),
    new Option('--repeat <n>', 'each group n times in a row').argParser(
      wholeFlag('--repeat', repeatBounds),
    ),
    new Option('--no-scan', 'leave out the closing whole-body scan'),
    new Option('--groups <list>', 'your own sequence of groups instead of a routine'),
    new Option('--micro', 'barely-there contractions, about 2 out of 10, for 1–2 seconds'),
    new Option('--imagery', 'no movement at all: imagine each tension and release'),
    new Option('--position <where>', 'open in this supported position').choices(positions),
    new Option('--count', 'pace each breath aloud, counting its seconds softly (with --voice)'),
  ];
  for (const option of options) command.addOption(option.helpGroup(group));
  return command;
}

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
