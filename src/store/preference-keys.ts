// Every preference pmr keeps: its default, the values it takes, and one line
// that says what it does. The conf schema and `pmr config` are built from this.

export interface PreferenceKey {
  key: string;
  description: string;
  default: string;
  /** The only values allowed; when absent, `pattern` applies. */
  choices?: readonly string[];
  pattern?: RegExp;
  /** How the allowed values are described in an error. */
  allowed: string;
}

export const preferenceKeys = [
  {
    key: 'routine',
    description: 'the routine `pmr` runs when none is named',
    default: 'classic',
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
] as const satisfies readonly PreferenceKey[];

export type PreferenceName = (typeof preferenceKeys)[number]['key'];
export type Preferences = Record<PreferenceName, string>;

export const preferenceNames: readonly PreferenceName[] = preferenceKeys.map((entry) => entry.key);

export function findPreferenceKey(name: string): PreferenceKey | undefined {
  return preferenceKeys.find((entry) => entry.key === name);
}

export function defaultPreferences(): Preferences {
  return Object.fromEntries(
    preferenceKeys.map((entry) => [entry.key, entry.default]),
  ) as Preferences;
}

/** Whether a value is one a key accepts. */
export function acceptsValue(entry: PreferenceKey, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (entry.choices) return entry.choices.includes(value);
  return entry.pattern?.test(value) ?? true;
}

/** The JSON Schema conf validates the stored file with. */
export function preferenceSchema(): Record<string, object> {
  return Object.fromEntries(
    preferenceKeys.map((entry: PreferenceKey) => [
      entry.key,
      entry.choices
        ? { type: 'string', enum: [...entry.choices] }
        : { type: 'string', pattern: entry.pattern?.source },
    ]),
  );
}
