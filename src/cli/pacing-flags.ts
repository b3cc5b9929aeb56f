import { type Command, Option } from 'commander';
import {
  breathsBounds,
  minutesBounds,
  paceBounds,
  positions,
  repeatBounds,
} from '../routine/routine-spec.js';
import { listFlag, secondsFlag, wholeFlag } from './number-flag.js';

// The pacing flags, shared by every command that plans a session. What a
// plan's error says about them is plan-usage-error.ts's, which commands load
// without commander.

export { pacingFlagNames, planUsageError } from './plan-usage-error.js';

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
