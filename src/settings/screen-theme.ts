import { timeOfDayPattern } from '../store/preference-keys.js';
import type { Sourced } from './session-settings.js';

// The live screen's look: normal, or dim for the evening (soft colours, no
// bright blocks, and the clock and keys fading while nothing is pressed).
// The theme preference can name one; auto, its default, picks dim for a
// bedtime routine, a slow session, or late hours, from dim-after to 06:00.

export type ScreenTheme = 'normal' | 'dim';

/** Where the evening ends for auto: six in the morning, in minutes. */
const morning = 6 * 60;

/** Minutes since midnight of "21:00"; undefined for anything else. */
export function minutesOfDay(time: string): number | undefined {
  if (!timeOfDayPattern.test(time)) return undefined;
  const [hours = '', minutes = ''] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * Whether a moment falls in the dim hours: from dim-after until 06:00 the
 * next morning (or the same morning, for a dim-after past midnight). An
 * unreadable dim-after counts as the default, 21:00.
 */
export function inDimHours(now: Date, dimAfter: string): boolean {
  const start = minutesOfDay(dimAfter) ?? 21 * 60;
  const minute = now.getHours() * 60 + now.getMinutes();
  return start >= morning
    ? minute >= start || minute < morning
    : minute >= start && minute < morning;
}

/**
 * The theme for a session: the preference when it names one; else dim for
 * a bedtime routine, a slow session (its source is slow's), or the dim
 * hours; else normal.
 */
export function themeSetting(facts: {
  preference: string;
  dimAfter: string;
  bedtime: boolean;
  slow: Sourced<boolean>;
  now: Date;
}): Sourced<ScreenTheme> {
  if (facts.preference === 'dim' || facts.preference === 'normal') {
    return { value: facts.preference, source: 'preference' };
  }
  if (facts.bedtime) return { value: 'dim', source: 'routine' };
  if (facts.slow.value) return { value: 'dim', source: facts.slow.source };
  if (inDimHours(facts.now, facts.dimAfter)) return { value: 'dim', source: 'clock' };
  return { value: 'normal', source: 'default' };
}
