import {
  acceptsValue,
  findPreferenceKey,
  type PreferenceKey,
  type PreferenceName,
  preferenceKeys,
  preferenceNames,
} from '../../store/preference-keys.js';
import type { PreferenceStore } from '../../store/preferences.js';
import { UserError } from '../../user-error.js';

// `pmr config`: list, get, set, unset, path, reset. A bad key or value is a
// usage error that lists what is allowed.

export function configKey(name: string): PreferenceKey & { key: PreferenceName } {
  const entry = findPreferenceKey(name);
  if (!entry) {
    throw new UserError(
      `unknown preference "${name}"; the keys are ${preferenceNames.join(', ')}.`,
    );
  }
  return entry as PreferenceKey & { key: PreferenceName };
}

export function checkValue(entry: PreferenceKey, value: string): string {
  const normalised = value.trim().toLowerCase();
  if (!acceptsValue(entry, normalised)) {
    throw new UserError(`${entry.key} cannot be "${value}"; it takes ${entry.allowed}.`);
  }
  return normalised;
}

export function formatPreferences(store: PreferenceStore): string {
  const values = store.values();
  const stored = store.stored();
  const keyWidth = Math.max(...preferenceKeys.map((entry) => entry.key.length));
  const lines = preferenceKeys.map((entry) => {
    const origin = entry.key in stored ? '' : '  (default)';
    return `${entry.key.padEnd(keyWidth)}  ${values[entry.key]}${origin}`;
  });
  return `${lines.join('\n')}\n`;
}

export function describeKeys(): string {
  return preferenceKeys
    .map((entry) => `  ${entry.key}: ${entry.allowed} — ${entry.description}`)
    .join('\n');
}
