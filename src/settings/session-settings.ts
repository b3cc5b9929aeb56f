import type { Sound } from '../cues/attach-cues.js';
import type { Pacing } from '../plan/pacing.js';
import type { Routine, TensionMode } from '../routine/routine.js';
import type { SessionOutput } from '../session/session-keys.js';
import { defaultPreferences, defaultRoutine, type Preferences } from '../store/preference-keys.js';
import { UserError } from '../user-error.js';
import { type ScreenTheme, themeSetting } from './screen-theme.js';

// A session's settings, resolved in one place and nowhere else: from the
// flags, then the routine, then the preferences, then the defaults, with
// where each value came from. Pure: the routine is loaded and the
// preferences read before, by the caller.

export type SettingSource = 'flag' | 'routine' | 'preference' | 'default' | 'terminal' | 'clock';

export interface Sourced<T> {
  value: T;
  source: SettingSource;
}

/** The flags of a session as the command line gives them (unset ones undefined). */
export type SessionFlags = Pick<
  Pacing,
  | 'slow'
  | 'tense'
  | 'release'
  | 'breaths'
  | 'minutes'
  | 'only'
  | 'skip'
  | 'startWith'
  | 'reverse'
  | 'repeat'
  | 'scan'
  | 'position'
  | 'count'
> & {
  micro?: boolean;
  imagery?: boolean;
  /** `--groups a,b,c`: a sequence that stands in for a routine. */
  groups?: string;
  plain?: boolean;
  json?: boolean;
  checkin?: boolean;
  bell?: boolean;
  voice?: boolean;
  quiet?: boolean;
};

/** What pmr can tell about the terminal without touching it. */
export interface TerminalFacts {
  stdoutIsTTY: boolean;
  /** $TERM: "dumb" cannot take the live screen's cursor codes. */
  term: string | undefined;
}

/** Which routine to load: a name or path (and why), or the --groups sequence. */
export type RoutineChoice =
  | { kind: 'groups'; groups: string }
  | { kind: 'ref'; ref: string; source: SettingSource };

export function chooseRoutine(
  ref: string | undefined,
  flags: Pick<SessionFlags, 'groups'>,
  prefs: Pick<Preferences, 'routine'>,
): RoutineChoice {
  if (flags.groups !== undefined) {
    if (ref !== undefined) {
      throw new UserError(`give a routine or --groups, not both (got "${ref}" and --groups).`);
    }
    return { kind: 'groups', groups: flags.groups };
  }
  if (ref !== undefined) return { kind: 'ref', ref, source: 'flag' };
  return prefs.routine === defaultRoutine
    ? { kind: 'ref', ref: defaultRoutine, source: 'default' }
    : { kind: 'ref', ref: prefs.routine, source: 'preference' };
}

export interface SessionSettings {
  /** What the planner is asked for. */
  pacing: Pacing;
  output: SessionOutput;
  /** Ask how tense the person feels, before and after (the live screen only). */
  checkIn: boolean;
  sound: Sound;
  voiceCommand: string | undefined;
  /** Show when to stop before the session starts. */
  stopRules: boolean;
  /** A bedtime routine, as the history records it. */
  bedtime: boolean;
  /** How the live screen looks (src/settings/screen-theme.ts). */
  theme: ScreenTheme;
  /** Every pacing value the plan uses and where it came from, for `pmr show --json`. */
  sources: Record<string, Sourced<unknown>>;
}

export interface SettingsInput {
  flags: SessionFlags;
  routine: Routine;
  prefs: Preferences;
  terminal: TerminalFacts;
  /** The moment the session is asked for: the theme may follow the time of day. */
  now: Date;
}

/** The first candidate that has a value, with its source. */
function first<T>(...candidates: Array<[T | undefined, SettingSource]>): Sourced<T> {
  for (const [value, source] of candidates) {
    if (value !== undefined) return { value, source };
  }
  throw new Error('a setting needs a default');
}

export function resolveSettings({
  flags,
  routine,
  prefs,
  terminal,
  now,
}: SettingsInput): SessionSettings {
  const defaults = defaultPreferences();
  /** A preference that differs from its default counts as the person's own. */
  const preference = <T>(value: T, fallback: T): [T | undefined, SettingSource] => [
    value === fallback ? undefined : value,
    'preference',
  ];

  const slow = first<boolean>(
    [flags.slow, 'flag'],
    preference(prefs.pace === 'slow', defaults.pace === 'slow'),
    [false, 'default'],
  );
  const mode = first<TensionMode>(
    [flags.imagery ? 'imagery' : flags.micro ? 'micro' : undefined, 'flag'],
    [routine.mode, 'routine'],
  );
  const sources: Record<string, Sourced<unknown>> = {
    slow,
    tense: first([flags.tense, 'flag'], [routine.pace.tense, 'routine']),
    release: first([flags.release, 'flag'], [routine.pace.release, 'routine']),
    breaths: first([flags.breaths, 'flag'], [routine.breaths, 'routine']),
    minutes: first<number | null>([flags.minutes, 'flag'], [null, 'default']),
    only: first<string[] | null>([flags.only, 'flag'], [null, 'default']),
    skip: first<string[] | null>([flags.skip, 'flag'], [null, 'default']),
    startWith: first<string | null>(
      [flags.startWith?.trim().toLowerCase(), 'flag'],
      [null, 'default'],
    ),
    reverse: first([flags.reverse, 'flag'], [false, 'default']),
    repeat: first([flags.repeat, 'flag'], [routine.repeat, 'routine']),
    scan: first([flags.scan === false ? false : undefined, 'flag'], [routine.scan, 'routine']),
    mode,
    position: first([flags.position, 'flag'], [routine.position, 'routine']),
    sensitive: first(
      [Object.keys(prefs.sensitive).length > 0 ? prefs.sensitive : undefined, 'preference'],
      [{}, 'default'],
    ),
  };

  const pacing: Pacing = { sensitive: prefs.sensitive };
  if (slow.value) pacing.slow = true;
  if (flags.tense !== undefined) pacing.tense = flags.tense;
  if (flags.release !== undefined) pacing.release = flags.release;
  if (flags.breaths !== undefined) pacing.breaths = flags.breaths;
  if (flags.minutes !== undefined) pacing.minutes = flags.minutes;
  if (flags.only) pacing.only = flags.only;
  if (flags.skip) pacing.skip = flags.skip;
  if (flags.startWith !== undefined) pacing.startWith = flags.startWith.trim().toLowerCase();
  if (flags.reverse) pacing.reverse = true;
  if (flags.repeat !== undefined) pacing.repeat = flags.repeat;
  if (flags.scan === false) pacing.scan = false;
  if (mode.source === 'flag') pacing.mode = mode.value;
  if (flags.position !== undefined) pacing.position = flags.position;
  if (flags.count) pacing.count = true;

  const output = first<SessionOutput>(
    [flags.json ? 'json' : flags.plain ? 'plain' : undefined, 'flag'],
    // Not a terminal, or one that cannot move its cursor: plain lines.
    [!terminal.stdoutIsTTY || terminal.term === 'dumb' ? 'plain' : undefined, 'terminal'],
    ['screen', 'default'],
  );
  const checkIn = first<boolean>(
    [flags.checkin, 'flag'],
    preference(prefs.checkin === 'on', defaults.checkin === 'on'),
    [false, 'default'],
  );
  const sound = first<Sound>(
    [flags.quiet ? 'off' : flags.voice ? 'voice' : flags.bell ? 'bell' : undefined, 'flag'],
    preference(prefs.sound as Sound, defaults.sound as Sound),
    ['off', 'default'],
  );
  const theme = themeSetting({
    preference: prefs.theme,
    dimAfter: prefs['dim-after'],
    bedtime: routine.bedtime,
    slow,
    now,
  });
  Object.assign(sources, { output, checkIn, sound, theme });

  return {
    pacing,
    output: output.value,
    // A check-in is a question on the live screen; lines and JSON never ask.
    checkIn: checkIn.value && output.value === 'screen',
    sound: sound.value,
    voiceCommand: prefs['voice.command'] || undefined,
    stopRules: routine.stopRules,
    bedtime: routine.bedtime,
    theme: theme.value,
    sources,
  };
}

/** The pacing values and their sources, as `pmr show --json` publishes them. */
export function pacingSources(settings: SessionSettings): Record<string, Sourced<unknown>> {
  const {
    output: _output,
    checkIn: _checkIn,
    sound: _sound,
    theme: _theme,
    ...pacing
  } = settings.sources;
  return pacing;
}
