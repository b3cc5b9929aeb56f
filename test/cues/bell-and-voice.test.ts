import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createBell, doubleRingGapMs } from '../../src/cues/bell.js';
import type { Speaker } from '../../src/cues/speaker.js';
import { closingWordsMs, createVoice } from '../../src/cues/voice.js';
import { systemClock } from '../../src/session/clock.js';
import { createSession } from '../../src/session/create-session.js';
import { buildPlan } from '../session/plan-builder.js';

// The bell and the voice, with vitest's fake timers driving the engine too.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const plan = () =>
  buildPlan([
    { kind: 'setup', ms: 3000 },
    { kind: 'tense', ms: 5000, group: 'jaw', step: 0 },
    { kind: 'release', ms: 10_000, group: 'jaw', step: 0 },
    { kind: 'breathe-in', ms: 4000 },
    { kind: 'closing', ms: 4000 },
  ]);

describe('the bell', () => {
  test('once as tension begins, twice as release begins, never otherwise', () => {
    const session = createSession(plan(), { clock: systemClock });
    const rings: number[] = [];
    session.observe(createBell(() => rings.push(performance.now())));
    session.start();
    vi.advanceTimersByTime(30_000);
    expect(rings).toEqual([3000, 8000, 8000 + doubleRingGapMs]);
  });
});

function fakeSpeaker() {
  const said: Array<[number, string]> = [];
  let stops = 0;
  let finish: () => void = () => {};
  let speaking = Promise.resolve();
  const speaker: Speaker = {
    say: (words) => {
      said.push([performance.now(), words]);
      speaking = new Promise((resolve) => {
        finish = resolve;
      });
    },
    stop: () => {
      stops++;
      finish();
    },
    idle: () => speaking,
  };
  /** The words being said come to their end. */
  const finishSpeaking = () => finish();
  return { speaker, said, stops: () => stops, finishSpeaking };
}

describe('the voice', () => {
  test('each phase spoken once, as it begins, in order', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, said } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: false, state: () => session.state() }));
    session.start();
    vi.advanceTimersByTime(30_000);
    expect(said.map(([at]) => at)).toEqual([0, 3000, 8000, 18_000, 22_000]);
    expect(said[1]?.[1]).toBe('jaw. tense cue... and hold.');
    expect(said[2]?.[1]).toBe('And release. release cue.');
  });

  test('--count counts the last three seconds of a long release', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, said } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: true, state: () => session.state() }));
    session.start();
    vi.advanceTimersByTime(30_000);
    expect(said.filter(([, words]) => /^\d$/.test(words))).toEqual([
      [15_000, '3'],
      [16_000, '2'],
      [17_000, '1'],
    ]);
  });

  test('a pause silences speech and nothing is said late after resuming', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, said, stops } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: true, state: () => session.state() }));
    session.start();
    vi.advanceTimersByTime(14_000); // 6 s into the release
    session.pause();
    expect(stops()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(said).toHaveLength(3);
    session.resume();
    vi.advanceTimersByTime(1000);
    expect(said.at(-1)).toEqual([75_000, '3']);
  });

  test('the closing words finish before the session settles', async () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, stops, finishSpeaking } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: false, state: () => session.state() }));
    let settled = false;
    void session.settled.then(() => {
      settled = true;
    });
    session.start();
    await vi.advanceTimersByTimeAsync(26_000);
    expect((await session.done).completed).toBe(true);
    expect(settled).toBe(false);
    expect(stops()).toBe(0);
    finishSpeaking();
    await session.settled;
    expect(settled).toBe(true);
  });

  test('closing words that never end are waited for no longer than a limit', async () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, stops } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: false, state: () => session.state() }));
    session.start();
    await vi.advanceTimersByTimeAsync(26_000 + closingWordsMs);
    await session.settled;
    expect(stops()).toBe(1);
  });

  test('stopping early silences speech at once', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, stops } = fakeSpeaker();
    session.observe(createVoice(speaker, { count: false, state: () => session.state() }));
    session.start();
    session.stop('quit');
    expect(stops()).toBe(1);
  });
});
