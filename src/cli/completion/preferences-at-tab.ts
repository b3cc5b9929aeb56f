import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  acceptsValue,
  defaultRoutine,
  findPreferenceKey,
  isSensitiveGroups,
  sensitiveKey,
} from '../../store/preference-keys.js';

// The two preferences completion needs, read straight from the file. Not
// through readPreferences: on a damaged file that sets the file aside and
// warns, which a Tab press must never do. Anything unexpected reads as the
// default.

export interface PreferencesAtTab {
  /** The routine plain `pmr` runs. */
  routine: string;
  /** Groups marked as hurting. */
  sensitiveGroups: string[];
}

export function preferencesAtTab(configDir: string): PreferencesAtTab {
  let stored: Record<string, unknown> = {};
  try {
    const data: unknown = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      stored = data as Record<string, unknown>;
    }
  } catch {
    // no preferences yet, or unreadable ones: the defaults
  }
  const routineKey = findPreferenceKey('routine');
  const routine = stored.routine;
  const sensitive = stored[sensitiveKey];
  return {
    routine: routineKey && acceptsValue(routineKey, routine) ? routine : defaultRoutine,
    sensitiveGroups: isSensitiveGroups(sensitive) ? Object.keys(sensitive) : [],
  };
}
