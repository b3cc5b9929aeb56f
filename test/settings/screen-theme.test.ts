import { describe, expect, test } from 'vitest';
import { inDimHours, minutesOfDay } from '../../src/settings/screen-theme.js';
import { resolveSettings, type SessionFlags } from '../../src/settings/session-settings.js';
import { defaultPreferences, type Preferences } from '../../src/store/preference-keys.js';
import { buildRoutine } from '../plan/routine-builder.js';

// The live screen's look, resolved with the other settings: the theme
// preference when it names one, else dim for a bedtime routine, a slow
// session, or the evening hours (from dim-after to 06:00), else normal.

const at = (hours: number, minutes = 0) => new Date(2026, 0, 5, hours, minutes);
const midday = at(12);

function theme(
  options: {
    flags?: SessionFlags;
    prefs?: Partial<Preferences>;
    bedtime?: boolean;
    now?: Date;
  } = {},
) {
  const settings = resolveSettings({
    flags: options.flags ?? {},
    routine: buildRoutine(['jaw'], { bedtime: options.bedtime ?? false }),
    prefs: { ...defaultPreferences(), ...options.prefs },
    terminal: { stdoutIsTTY: true, term: 'xterm-256color' },
    now: options.now ?? midday,
  });
  return { value: settings.theme, source: settings.sources.theme };
}

describe('the theme', () => {
  test('by day, with nothing asking for dim, the screen is normal', () => {
    expect(theme()).toEqual({ value: 'normal', source: { value: 'normal', source: 'default' } });
  });

  test('auto turns dim for a bedtime routine, for --slow and for the pace preference', () => {
    expect(theme({ bedtime: true }).source).toEqual({ value: 'dim', source: 'routine' });
    expect(theme({ flags: { slow: true } }).source).toEqual({ value: 'dim', source: 'flag' });
    expect(theme({ prefs: { pace: 'slow' } }).source).toEqual({
      value: 'dim',
      source: 'preference',
    });
    expect(theme({ flags: { slow: false }, prefs: { pace: 'slow' } }).value).toBe('normal');
  });

  test('auto turns dim from dim-after (21:00 unless set) until six in the morning', () => {
    expect(theme({ now: at(20, 59) }).value).toBe('normal');
    expect(theme({ now: at(21, 0) }).source).toEqual({ value: 'dim', source: 'clock' });
    expect(theme({ now: at(5, 59) }).value).toBe('dim');
    expect(theme({ now: at(6, 0) }).value).toBe('normal');
    expect(theme({ now: at(19, 30), prefs: { 'dim-after': '19:30' } }).value).toBe('dim');
    expect(theme({ now: at(21, 0), prefs: { 'dim-after': '22:15' } }).value).toBe('normal');
  });

  test('the theme preference wins over everything else, either way', () => {
    expect(theme({ prefs: { theme: 'normal' }, bedtime: true, now: at(23) }).source).toEqual({
      value: 'normal',
      source: 'preference',
    });
    expect(theme({ prefs: { theme: 'dim' } }).source).toEqual({
      value: 'dim',
      source: 'preference',
    });
  });

  test('it is not a pacing value: pmr show --json leaves it out', async () => {
    const { pacingSources } = await import('../../src/settings/session-settings.js');
    const settings = resolveSettings({
      flags: {},
      routine: buildRoutine(['jaw']),
      prefs: defaultPreferences(),
      terminal: { stdoutIsTTY: true, term: 'xterm-256color' },
      now: midday,
    });
    expect(pacingSources(settings)).not.toHaveProperty('theme');
  });
});

describe('the dim hours', () => {
  test('a time of day is read on the 24-hour clock, with or without a leading zero', () => {
    expect(minutesOfDay('21:00')).toBe(1260);
    expect(minutesOfDay('7:05')).toBe(425);
    expect(minutesOfDay('24:00')).toBeUndefined();
    expect(minutesOfDay('9pm')).toBeUndefined();
  });

  test('a dim-after past midnight dims only until six, not the whole day', () => {
    expect(inDimHours(at(0, 30), '00:30')).toBe(true);
    expect(inDimHours(at(0, 29), '00:30')).toBe(false);
    expect(inDimHours(at(6, 0), '00:30')).toBe(false);
    expect(inDimHours(at(23, 0), '00:30')).toBe(false);
  });
});
