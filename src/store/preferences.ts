import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Conf from 'conf';
import { LockBusyError, withFileLock } from '../files/file-lock.js';
import { makeFolder } from '../files/make-folder.js';
import { readTextFile, TextFileError } from '../files/read-text-file.js';
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
import { PreferencesError } from './preferences-error.js';

// Preferences, stored with conf (atomic writes, a schema, migrations) in
// <config>/config.json. A file that is corrupted or hand-edited into nonsense
// never stops pmr: it is copied aside once, with a warning, and pmr goes on
// with the defaults. conf writes the whole file on every change and takes no
// lock, so every change here is made under a lock between processes: two
// pmr changing different things at once both land.

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

/** Far more than a handful of short values; a larger file is treated as damaged. */
const maxPreferencesBytes = 64 * 1024;

/**
 * The preferences for a run that only reads them. A sound file at the current
 * version is read directly, which keeps conf (and its schema compiler) out
 * of every command's start-up; anything else goes through conf, which
 * migrates, or sets a damaged file aside. A file that cannot be used at all
 * costs one warning, never the run.
 */
export async function readPreferences(
  dir: string,
  warn: (line: string) => void,
): Promise<Preferences> {
  const path = join(dir, 'config.json');
  let data: unknown;
  try {
    data = JSON.parse(readTextFile(path, { maxBytes: maxPreferencesBytes }));
  } catch (error) {
    if (error instanceof TextFileError) {
      if (error.problem.reason === 'missing') return defaultPreferences();
      if (error.problem.reason !== 'too-large') {
        warn(unusableFile(path, error).warning());
        return defaultPreferences();
      }
    }
    data = undefined;
  }
  const sound = soundStore(data);
  if (sound) return { ...defaultPreferences(), ...sound };
  try {
    return (await openPreferences(dir, warn)).values();
  } catch (error) {
    if (!(error instanceof PreferencesError)) throw error;
    warn(error.warning());
    return defaultPreferences();
  }
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
  // conf keeps no cache (its `cache` option is off), so every read inside the
  // lock, its own read before a write included, is of the file as it is now.
  const locked = <T>(action: () => T): T => {
    try {
      return withFileLock(`${path}.lock`, action);
    } catch (error) {
      throw asPreferencesError(error, path);
    }
  };
  try {
    makeFolder(dir);
  } catch (error) {
    throw new PreferencesError(
      `cannot keep preferences in ${dir} (${errorCode(error)})`,
      'check that it is a folder you can write',
    );
  }
  // Opening conf compiles its schema, which takes a while: a sound file is
  // opened outside the lock (conf only reads it then), so a change waits
  // only for other changes, never for another process's start-up. Anything
  // else (no file yet, an older version, damage) is opened under the lock,
  // as conf writes it then.
  const conf =
    (isSoundFile(path) && openWithoutWriting(open)) ||
    locked(() => {
      const damage = damagedBeforeOpening(path);
      if (damage) setAside(path, damage, warn);
      try {
        return open();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code) throw error;
        setAside(path, reason(error), warn);
        return open();
      }
    });

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
    set: (key, value) => locked(() => conf.set(key, value)),
    unset: (key) => locked(() => conf.delete(key)),
    markSensitive(group) {
      locked(() => {
        const current = marks();
        conf.set(sensitiveKey, { ...current, [group]: (current[group] ?? 0) + 1 });
      });
    },
    clearSensitive(group) {
      locked(() => {
        if (group === undefined) conf.delete(sensitiveKey);
        else {
          const { [group]: _cleared, ...rest } = marks();
          conf.set(sensitiveKey, rest);
        }
      });
    },
    reset: () => locked(() => conf.clear()),
  };
}

/** conf on a sound file; should it fail after all, the careful way is taken instead. */
function openWithoutWriting<T>(open: () => T): T | undefined {
  try {
    return open();
  } catch {
    return undefined;
  }
}

/** Whether the file holds preferences at the current version, which conf opens without writing. */
function isSoundFile(path: string): boolean {
  try {
    return (
      soundStore(JSON.parse(readTextFile(path, { maxBytes: maxPreferencesBytes }))) !== undefined
    );
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    if (!(error instanceof TextFileError)) throw error;
    if (error.problem.reason === 'missing' || error.problem.reason === 'too-large') return false;
    throw unusableFile(path, error);
  }
}

/**
 * Why the file must be set aside before conf reads it (too large to be
 * preferences), or nothing; a file that cannot be read at all stops here.
 */
function damagedBeforeOpening(path: string): string | undefined {
  try {
    readTextFile(path, { maxBytes: maxPreferencesBytes });
    return undefined;
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    if (error.problem.reason === 'missing') return undefined;
    if (error.problem.reason === 'too-large') return 'it is larger than 64 KiB';
    throw unusableFile(path, error);
  }
}

/** A damaged file is copied aside, once, with a warning; pmr starts afresh. */
function setAside(path: string, why: string, warn: (line: string) => void): void {
  const backup = `${path}.bad-${new Date().toISOString().replaceAll(':', '-')}`;
  copyFileSync(path, backup);
  rmSync(path);
  warn(
    `pmr: preferences in ${path} could not be read (${why}); ` +
      `kept a copy at ${backup} and using the defaults.`,
  );
}

function unusableFile(path: string, error: TextFileError): PreferencesError {
  const { problem } = error;
  if (problem.reason === 'not-a-file') {
    return new PreferencesError(
      `${path} is ${problem.kind}, not a preferences file`,
      'move it aside and pmr will start a new one',
    );
  }
  return new PreferencesError(
    `cannot read the preferences at ${path} (${problem.reason === 'unreadable' ? problem.code : problem.reason})`,
    'check that it is a file you can read and write',
  );
}

function asPreferencesError(error: unknown, path: string): unknown {
  if (error instanceof PreferencesError) return error;
  if (error instanceof LockBusyError) {
    const who =
      error.holderPid === undefined ? 'another pmr' : `another pmr (pid ${error.holderPid})`;
    return new PreferencesError(
      `the preferences at ${path} are being changed by ${who}`,
      `try again in a moment; if no pmr is running, remove ${error.lockFile}`,
    );
  }
  if ((error as NodeJS.ErrnoException).code) {
    return new PreferencesError(
      `cannot change the preferences at ${path} (${errorCode(error)})`,
      'check that it is a file, in a folder, you can write',
    );
  }
  return error;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.replace(/^Config schema violation: /, '') ?? 'unreadable';
}
