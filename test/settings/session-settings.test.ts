import { describe, expect, test } from 'vitest';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import type { Routine } from '../../src/routine/routine.js';
import {
  chooseRoutine,
  resolveSettings,
  type SessionFlags,
  type SettingsInput,
} from '../../src/settings/session-settings.js';
import { defaultPreferences, type Preferences } from '../../src/store/preference-keys.js';
import { buildRoutine } from '../plan/routine-builder.js';

// Settings resolved once: the flags, then the routine, then the
// preferences, then the defaults, each value with where it came from.

const terminal = { stdoutIsTTY: true, term: 'xterm-256color' };

function resolve(
  flags: SessionFlags = {},
  prefs: Partial<Preferences> = {},
  routine: Routine = buildRoutine(['jaw', 'neck']),
  facts: SettingsInput['terminal'] = terminal,
) {
  return resolveSettings({
    flags,
    routine,
    prefs: { ...defaultPreferences(), ...prefs },
    terminal: facts,
    // Midday: the theme's evening hours play no part here.
    now: new Date(2026, 0, 5, 12, 0),
  });
}

describe('which routine', () => {
  test('a name on the command line, then the preference, then classic', () => {
    const prefs = defaultPreferences();
    expect(chooseRoutine('work', {}, prefs)).toEqual({ kind: 'ref', ref: 'work', source: 'flag' });
    expect(chooseRoutine(undefined, {}, { routine: 'back' })).toEqual({
      kind: 'ref',
      ref: 'back',
      source: 'preference',
    });
    expect(chooseRoutine(undefined, {}, prefs)).toEqual({
      kind: 'ref',
      ref: 'classic',
      source: 'default',
    });
    expect(chooseRoutine(undefined, { groups: 'jaw' }, prefs)).toEqual({
      kind: 'groups',
      groups: 'jaw',
    });
  });

  test('a routine and --groups together is a usage error', () => {
    expect(() => chooseRoutine('work', { groups: 'jaw' }, defaultPreferences())).toThrow(
      'give a routine or --groups, not both (got "work" and --groups).',
    );
  });
});

describe('pacing', () => {
  test('flags win over the routine, and say so', () => {
    const settings = resolve({ tense: 3, release: 20, breaths: 0, repeat: 2, scan: false });
    expect(settings.pacing).toMatchObject({ tense: 3, release: 20, breaths: 0, repeat: 2 });
    expect(settings.pacing.scan).toBe(false);
    expect(settings.sources.tense).toEqual({ value: 3, source: 'flag' });
    expect(settings.sources.scan).toEqual({ value: false, source: 'flag' });
  });

  test('without flags, the routine’s own values stand, and the plan is asked for nothing', () => {
    const routine = buildRoutine(['jaw'], { breaths: 2, repeat: 1 });
    const settings = resolve({}, {}, routine);
    expect(settings.pacing).toEqual({ sensitive: {} });
    expect(settings.sources.breaths).toEqual({ value: 2, source: 'routine' });
    expect(settings.sources.release).toEqual({ value: 15, source: 'routine' });
    expect(settings.sources.minutes).toEqual({ value: null, source: 'default' });
  });

  test('slow: --slow or --no-slow, then the pace preference, then normal', () => {
    expect(resolve({}, { pace: 'slow' }).sources.slow).toEqual({
      value: true,
      source: 'preference',
    });
    expect(resolve({ slow: false }, { pace: 'slow' }).sources.slow).toEqual({
      value: false,
      source: 'flag',
    });
    expect(resolve({ slow: false }, { pace: 'slow' }).pacing.slow).toBeUndefined();
    expect(resolve().sources.slow).toEqual({ value: false, source: 'default' });
  });

  test('--imagery is gentler than --micro, and both are flags; else the routine’s mode', () => {
    expect(resolve({ micro: true, imagery: true }).pacing.mode).toBe('imagery');
    expect(resolve({ micro: true }).pacing.mode).toBe('micro');
    const back = buildRoutine(['jaw'], { mode: 'micro' });
    const settings = resolve({}, {}, back);
    expect(settings.pacing.mode).toBeUndefined();
    expect(settings.sources.mode).toEqual({ value: 'micro', source: 'routine' });
  });

  test('groups marked as hurting come from the preferences', () => {
    const settings = resolve({}, { sensitive: { neck: 2 } });
    expect(settings.pacing.sensitive).toEqual({ neck: 2 });
    expect(settings.sources.sensitive).toEqual({ value: { neck: 2 }, source: 'preference' });
  });
});

describe('output, sound and check-ins', () => {
  test('--json, --plain, then plain when stdout is no terminal or TERM=dumb, else the screen', () => {
    expect(resolve({ json: true, plain: true }).output).toBe('json');
    expect(resolve({ plain: true }).output).toBe('plain');
    expect(
      resolve({}, {}, undefined, { stdoutIsTTY: false, term: 'xterm' }).sources.output,
    ).toEqual({ value: 'plain', source: 'terminal' });
    expect(resolve({}, {}, undefined, { stdoutIsTTY: true, term: 'dumb' }).output).toBe('plain');
    expect(resolve().sources.output).toEqual({ value: 'screen', source: 'default' });
  });

  test('--quiet beats --voice beats --bell beats the sound preference', () => {
    expect(resolve({ quiet: true, voice: true }, { sound: 'bell' }).sound).toBe('off');
    expect(resolve({ voice: true, bell: true }).sound).toBe('voice');
    expect(resolve({}, { sound: 'bell' }).sources.sound).toEqual({
      value: 'bell',
      source: 'preference',
    });
  });

  test('a check-in is asked only on the live screen', () => {
    expect(resolve({}, { checkin: 'on' }).checkIn).toBe(true);
    expect(resolve({ checkin: false }, { checkin: 'on' }).checkIn).toBe(false);
    expect(resolve({ checkin: true, json: true }).checkIn).toBe(false);
  });

  test('a bedtime routine is recorded as one; no routine is known by its name', () => {
    const evening = { ...routineFromGroups('feet,calves'), name: 'evening', bedtime: true };
    expect(resolve({}, {}, evening)).toMatchObject({ bedtime: true });
    const namedBedtime = { ...routineFromGroups('feet'), name: 'bedtime' };
    expect(resolve({}, {}, namedBedtime)).toMatchObject({ bedtime: false });
  });

  test('--count asks the plan to pace breaths aloud', () => {
    expect(resolve({ count: true }).pacing.count).toBe(true);
    expect(resolve().pacing.count).toBeUndefined();
  });
});
