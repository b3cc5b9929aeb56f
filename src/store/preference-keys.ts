// Every preference pmr keeps: its default, the values it takes, and one line
// that says what it does. The conf schema and `pmr config` are built from this.

import { unclosedQuote } from '../cues/split-command.js';
import { describeUnsafeText, unsafeCharacterRange } from '../routine/safe-text.js';

export interface PreferenceKey {
  key: string;
  description: string;
  default: string;
  /** The only values allowed; when absent, `pattern` applies. */
  choices?: readonly string[];
  pattern?: RegExp;
  /** How the allowed values are described in an error. */
  allowed: string;
  /** Kept exactly as typed (a command line), instead of lower-cased. */
  keepCase?: boolean;
  /** Why a value is refused, when that can be said more exactly than `allowed`. */
  explain?: (value: string) => string | undefined;
}

// A command line: printable text whose quotes all close. It is split into
// arguments and run without a shell, so a quote left open is a mistake to
// report rather than guess at. One pattern serves `config set` and the
// schema conf checks a hand-edited file with.
const commandLineCharacter = `[^"'${unsafeCharacterRange}]`;
const commandLinePattern = new RegExp(
  `^(?=.{1,300}$)(?:${commandLineCharacter}|"[^"${unsafeCharacterRange}]*"|'[^'${unsafeCharacterRange}]*')+$`,
);

function explainCommandLine(value: string): string | undefined {
  const unsafe = describeUnsafeText('voice.command', value);
  if (unsafe) return unsafe;
  const quote = unclosedQuote(value);
  if (quote) return `voice.command has a ${quote} that is never closed; close it or remove it`;
  return undefined;
}

/** "21:00", "7:30": hours and minutes on the 24-hour clock. */
export const timeOfDayPattern = /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/;

/** What plain `pmr` runs until the routine preference says otherwise. */
export const defaultRoutine = 'classic';

export const preferenceKeys = [
  {
    key: 'routine',
    description: 'the routine `pmr` runs when none is named',
    default: defaultRoutine,
    pattern: /^[a-z0-9][a-z0-9-]{0,63}$/,
    allowed: 'the name of a routine (see pmr list)',
  },
  {
    key: 'pace',
    description: 'normal, or slow for longer releases and breaths (as --slow)',
    default: 'normal',
    choices: ['normal', 'slow'],
    allowed: 'normal or slow',
  },
  {
    key: 'checkin',
    description: 'ask how tense you feel before and after a session (as --checkin)',
    default: 'off',
    choices: ['on', 'off'],
    allowed: 'on or off',
  },
  {
    key: 'sound',
    description: 'off, bell (a bell as tension and release begin), or voice (cues spoken)',
    default: 'off',
    choices: ['off', 'bell', 'voice'],
    allowed: 'off, bell or voice',
  },
  {
    key: 'voice.command',
    description: 'your own text-to-speech command; the words are added as its last argument',
    default: '',
    pattern: commandLinePattern,
    explain: explainCommandLine,
    allowed: 'a command line, like "espeak-ng -v en-gb -s 130"',
    keepCase: true,
  },
  {
    key: 'theme',
    description:
      'the live screen: dim (soft, for the evening), normal, or auto (dim at bedtime, with --slow, or from dim-after to 06:00)',
    default: 'auto',
    choices: ['auto', 'dim', 'normal'],
    allowed: 'auto, dim or normal',
  },
  {
    key: 'dim-after',
    description: 'the time of day from which theme auto turns the screen dim, until 06:00',
    default: '21:00',
    pattern: timeOfDayPattern,
    allowed: 'a time of day on the 24-hour clock, like 21:00 or 22:30',
  },
] as const satisfies readonly PreferenceKey[];

export type PreferenceName = (typeof preferenceKeys)[number]['key'];

/**
 * Groups marked as hurting (x in a session), with how many times: one mark
 * makes a group micro, two make it imagery, until cleared.
 */
export type SensitiveGroups = Record<string, number>;
export const sensitiveKey = 'sensitive';

export type Preferences = Record<PreferenceName, string> & { sensitive: SensitiveGroups };

export const preferenceNames: readonly PreferenceName[] = preferenceKeys.map((entry) => entry.key);

export function findPreferenceKey(name: string): PreferenceKey | undefined {
  return preferenceKeys.find((entry) => entry.key === name);
}

export function defaultPreferences(): Preferences {
  const values = Object.fromEntries(preferenceKeys.map((entry) => [entry.key, entry.default]));
  return { ...(values as Record<PreferenceName, string>), sensitive: {} };
}

export function isSensitiveGroups(value: unknown): value is SensitiveGroups {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([group, marks]) => /^[a-z][a-z0-9-]*$/.test(group) && Number.isInteger(marks) && marks >= 1,
  );
}

/** Whether a value is one a key accepts. */
export function acceptsValue(entry: PreferenceKey, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (entry.choices) return entry.choices.includes(value);
  return entry.pattern?.test(value) ?? true;
}

/** The JSON Schema conf validates the stored file with. */
export function preferenceSchema(): Record<string, object> {
  return {
    ...Object.fromEntries(
      preferenceKeys.map((entry: PreferenceKey) => [
        entry.key,
        entry.choices
          ? { type: 'string', enum: [...entry.choices] }
          : { type: 'string', pattern: entry.pattern?.source },
      ]),
    ),
    [sensitiveKey]: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: { type: 'integer', minimum: 1 },
    },
  };
}
