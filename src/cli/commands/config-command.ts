import { join } from 'node:path';
import { withGlyphs } from '../../report/glyphs.js';
import {
  acceptsValue,
  findPreferenceKey,
  type PreferenceKey,
  type PreferenceName,
  preferenceKeys,
  preferenceNames,
  type SensitiveGroups,
  sensitiveKey,
} from '../../store/preference-keys.js';
import type { PreferenceStore } from '../../store/preferences.js';
import { UserError } from '../../user-error.js';
import type { CommandContext } from '../command-context.js';

// `pmr config`: list, get, set, unset, path, reset. A bad key or value is a
// usage error that lists what is allowed.

const allKeys = () => [...preferenceNames, sensitiveKey].join(', ');

export function configKey(name: string): PreferenceKey & { key: PreferenceName } {
  const entry = findPreferenceKey(name);
  if (!entry) throw new UserError(`unknown preference "${name}"; the keys are ${allKeys()}.`);
  return entry as PreferenceKey & { key: PreferenceName };
}

export function checkValue(entry: PreferenceKey, value: string): string {
  const normalised = entry.keepCase ? value.trim() : value.trim().toLowerCase();
  if (!acceptsValue(entry, normalised)) {
    const exactly = entry.explain?.(normalised);
    throw new UserError(
      exactly ? `${exactly}.` : `${entry.key} cannot be "${value}"; it takes ${entry.allowed}.`,
    );
  }
  return normalised;
}

/** `sensitive` or `sensitive.GROUP`: the marks left by x in a session. */
export function sensitiveTarget(name: string): { group?: string } | undefined {
  if (name === sensitiveKey) return {};
  const prefix = `${sensitiveKey}.`;
  return name.startsWith(prefix) ? { group: name.slice(prefix.length) } : undefined;
}

export const sensitiveIsMarkedNotSet =
  'sensitive is marked by pressing x in a session; clear it with pmr config unset sensitive (or sensitive.GROUP).';

export function formatSensitive(groups: SensitiveGroups): string {
  const entries = Object.entries(groups);
  if (entries.length === 0) return 'none';
  return entries.map(([group, marks]) => `${group} ×${marks}`).join(', ');
}

export function formatPreferences(store: PreferenceStore): string {
  const values = store.values();
  const stored = store.stored();
  const keyWidth = Math.max(
    sensitiveKey.length,
    ...preferenceKeys.map((entry) => entry.key.length),
  );
  const lines = preferenceKeys.map((entry) => {
    const origin = entry.key in stored ? '' : '  (default)';
    return `${entry.key.padEnd(keyWidth)}  ${values[entry.key] || 'none'}${origin}`;
  });
  lines.push(`${sensitiveKey.padEnd(keyWidth)}  ${formatSensitive(values.sensitive)}`);
  return `${lines.join('\n')}\n`;
}

export function describeKeys(): string {
  return [
    ...preferenceKeys.map((entry) => `  ${entry.key}: ${entry.allowed} — ${entry.description}`),
    `  ${sensitiveKey}: groups marked with x in a session, kept gentler until unset`,
  ].join('\n');
}

/** `pmr config list|get|set|unset|path|reset`, with their arguments: what to print. */
export async function runConfigCommand(
  name: string,
  args: readonly string[],
  context: CommandContext,
): Promise<string> {
  return withGlyphs(await configOutput(name, args, context), context.display.glyphs);
}

async function configOutput(
  name: string,
  args: readonly string[],
  context: CommandContext,
): Promise<string> {
  const { openPreferences } = await import('../../store/preferences.js');
  const open = () => openPreferences(context.dirs.config, context.warn);
  const [key = '', value = ''] = args;
  switch (name) {
    case 'list':
      return formatPreferences(await open());
    case 'get': {
      const values = (await open()).values();
      if (sensitiveTarget(key)) return `${formatSensitive(values.sensitive)}\n`;
      return `${values[configKey(key).key]}\n`;
    }
    case 'set': {
      if (sensitiveTarget(key)) throw new UserError(sensitiveIsMarkedNotSet);
      const entry = configKey(key);
      const checked = checkValue(entry, value);
      // A default routine must be one pmr can find.
      if (entry.key === 'routine') {
        const { loadRoutine, routineDirs } = await import('../../routine/find-routine.js');
        await loadRoutine(checked, routineDirs(context.dirs.config));
      }
      (await open()).set(entry.key, checked);
      return `${entry.key} = ${checked}\n`;
    }
    case 'unset': {
      const store = await open();
      const sensitive = sensitiveTarget(key);
      if (sensitive) {
        store.clearSensitive(sensitive.group);
        return `sensitive = ${formatSensitive(store.values().sensitive)}\n`;
      }
      const entry = configKey(key);
      store.unset(entry.key);
      return `${entry.key} = ${store.values()[entry.key] || 'none'} (default)\n`;
    }
    case 'path':
      return `${join(context.dirs.config, 'config.json')}\n`;
    case 'reset':
      (await open()).reset();
      return 'Preferences are back to their defaults.\n';
    default:
      throw new Error(`no config command "${name}"`);
  }
}
