import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import { UserError } from '../user-error.js';
import {
  acceptsValue,
  defaultPreferences,
  isSensitiveGroups,
  type PreferenceName,
  type Preferences,
  preferenceKeys,
  preferenceSchema,
  type SensitiveGroups,
  sensitiveKey,
} from './preference-keys.js';

// Preferences, stored with conf (atomic writes, a schema, migrations) in
// <config>/config.json. A file that is corrupted or hand-edited into nonsense
// never stops pmr: it is copied aside once, with a warning, and pmr goes on
// with the defaults.

export interface PreferenceStore {
  readonly path: string;
  /** Every preference, defaults filled in. */
  values(): Preferences;
  /** Only what the person has set. */
  stored(): Partial<Preferences>;
  set(key: PreferenceName, value: string): void;
  unset(key: PreferenceName): void;
  /** One more mark on a group that hurt. */
  markSensitive(group: string): void;
  /** Clear one group's marks, or every group's. */
  clearSensitive(group?: string): void;
  reset(): void;
}

/** The version of the stored shape; each change to it adds a migration below. */
const storeVersion = '1.0.0';

/**
 * Migrations from older stored shapes, keyed by the version that introduced
 * the change (conf runs those newer than the file's recorded version).
 */
export const preferenceMigrations: Record<string, (store: Conf<Record<string, unknown>>) => void> =
  {};

/**
 * The preferences for a run that only reads them. A sound file at the current
 * version is read directly, which keeps conf (and its schema compiler) out
 * of every command's start-up; anything else goes through conf, which
 * migrates, or sets a damaged file aside.
 */
export async function readPreferences(
  dir: string,
  warn: (line: string) => void,
): Promise<Preferences> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultPreferences();
    data = undefined;
  }
  const sound = soundStore(data);
  if (sound) return { ...defaultPreferences(), ...sound };
  return (await openPreferences(dir, warn)).values();
}

function soundStore(data: unknown): Partial<Preferences> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const internal = record.__internal__ as { migrations?: { version?: unknown } } | undefined;
  if (internal?.migrations?.version !== storeVersion) return undefined;
  const values: Partial<Preferences> = {};
  for (const entry of preferenceKeys) {
    const value = record[entry.key];
    if (value === undefined) continue;
    if (!acceptsValue(entry, value)) return undefined;
    values[entry.key] = value;
  }
  const sensitive = record[sensitiveKey];
  if (sensitive !== undefined) {
    if (!isSensitiveGroups(sensitive)) return undefined;
    values.sensitive = sensitive;
  }
  return values;
}

export async function openPreferences(
  dir: string,
  warn: (line: string) => void,
): Promise<PreferenceStore> {
  const { default: ConfClass } = await import('conf');
  const path = join(dir, 'config.json');
  const open = () =>
    new ConfClass<Record<string, unknown>>({
      cwd: dir,
      configName: 'config',
      projectVersion: storeVersion,
      migrations: preferenceMigrations,
      schema: preferenceSchema(),
      clearInvalidConfig: false,
      // Keys like voice.command are names of their own, not paths into objects.
      accessPropertiesByDotNotation: false,
    });
  let conf: Conf<Record<string, unknown>>;
  try {
    conf = open();
  } catch (error) {
    if (!existsSync(path) || !statSync(path).isFile()) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new UserError(
        `cannot use the preferences at ${path} (${code}); check that it is a file you can write.`,
        { exitCode: 1 },
      );
    }
    const backup = `${path}.bad-${new Date().toISOString().replaceAll(':', '-')}`;
    copyFileSync(path, backup);
    rmSync(path);
    warn(
      `pmr: preferences in ${path} could not be read (${reason(error)}); ` +
        `kept a copy at ${backup} and using the defaults.`,
    );
    conf = open();
  }

  const stored = (): Partial<Preferences> => {
    const result: Partial<Preferences> = {};
    for (const entry of preferenceKeys) {
      const value = conf.get(entry.key);
      if (acceptsValue(entry, value)) result[entry.key] = value;
    }
    const sensitive = conf.get(sensitiveKey);
    if (isSensitiveGroups(sensitive) && Object.keys(sensitive).length > 0) {
      result.sensitive = sensitive;
    }
    return result;
  };
  const marks = (): SensitiveGroups => {
    const value = conf.get(sensitiveKey);
    return isSensitiveGroups(value) ? value : {};
  };
  return {
    path,
    values: () => ({ ...defaultPreferences(), ...stored() }),
    stored,
    set: (key, value) => conf.set(key, value),
    unset: (key) => conf.delete(key),
    markSensitive(group) {
      conf.set(sensitiveKey, { ...marks(), [group]: (marks()[group] ?? 0) + 1 });
    },
    clearSensitive(group) {
      if (group === undefined) conf.delete(sensitiveKey);
      else {
        const { [group]: _cleared, ...rest } = marks();
        conf.set(sensitiveKey, rest);
      }
    },
    reset: () => conf.clear(),
  };
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.replace(/^Config schema violation: /, '') ?? 'unreadable';
}
