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
    { kind: 'setup', ms: 3000, speech: [{ at_ms: 0, text: 'Settle in.' }] },
    { kind: 'tense', ms: 5000, group: 'jaw', step: 0, speech: [{ at_ms: 0, text: 'Now.' }] },
    {
      kind: 'release',
      ms: 40_000,
      group: 'jaw',
      step: 0,
      speech: [
        { at_ms: 0, text: 'And release.' },
        { at_ms: 15_000, text: 'Notice the warmth.' },
        { at_ms: 30_000, text: 'Let it loosen.' },
      ],
    },
    {
      kind: 'breathe-in',
      ms: 4000,
      speech: [
        { at_ms: 0, text: 'In.' },
        { at_ms: 1000, text: '2', soft: true },
      ],
    },
    { kind: 'closing', ms: 4000, speech: [{ at_ms: 0, text: 'Think "soften".' }] },
  ]);
const releaseAt = 8000;
const closingAt = 52_000;

describe('the bell', () => {
  test('once as tension begins, twice as release begins, never otherwise', () => {
    const session = createSession(plan(), { clock: systemClock });
    const rings: number[] = [];
    session.observe(createBell(() => rings.push(performance.now())));
    session.start();
    vi.advanceTimersByTime(30_000);
    expect(rings).toEqual([3000, releaseAt, releaseAt + doubleRingGapMs]);
  });
});

function fakeSpeaker() {
  const said: Array<[number, string]> = [];
  const soft: string[] = [];
  let stops = 0;
  let finish: () => void = () => {};
  let speaking = Promise.resolve();
  const speaker: Speaker = {
    say: (words, quietly) => {
      said.push([performance.now(), words]);
      if (quietly) soft.push(words);
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
  return { speaker, said, soft, stops: () => stops, finishSpeaking };
}

describe('the voice', () => {
  test('every line of the plan at its moment in its phase, in order; counts softly', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, said, soft } = fakeSpeaker();
    session.observe(createVoice(speaker, { state: () => session.state() }));
    session.start();
    vi.advanceTimersByTime(60_000);
    expect(said).toEqual([
      [0, 'Settle in.'],
      [3000, 'Now.'],
      [releaseAt, 'And release.'],
      [releaseAt + 15_000, 'Notice the warmth.'],
      [releaseAt + 30_000, 'Let it loosen.'],
      [48_000, 'In.'],
      [49_000, '2'],
      [closingAt, 'Think "soften".'],
    ]);
    expect(soft).toEqual(['2']);
  });

  test('a pause silences speech; on resuming, only the lines still ahead are said, at their moments', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, said, stops } = fakeSpeaker();
    session.observe(createVoice(speaker, { state: () => session.state() }));
    session.start();
    vi.advanceTimersByTime(releaseAt + 16_000); // past the first prompt
    session.pause();
    expect(stops()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(said).toHaveLength(4);
    session.resume();
    vi.advanceTimersByTime(13_999);
    expect(said).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(said.at(-1)).toEqual([releaseAt + 30_000 + 60_000, 'Let it loosen.']);
  });

  test('the closing words finish before the session settles', async () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, stops, finishSpeaking } = fakeSpeaker();
    session.observe(createVoice(speaker, { state: () => session.state() }));
    let settled = false;
    void session.settled.then(() => {
      settled = true;
    });
    session.start();
    await vi.advanceTimersByTimeAsync(closingAt + 4000);
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
    session.observe(createVoice(speaker, { state: () => session.state() }));
    session.start();
    await vi.advanceTimersByTimeAsync(closingAt + 4000 + closingWordsMs);
    await session.settled;
    expect(stops()).toBe(1);
  });

  test('stopping early silences speech at once', () => {
    const session = createSession(plan(), { clock: systemClock });
    const { speaker, stops } = fakeSpeaker();
    session.observe(createVoice(speaker, { state: () => session.state() }));
    session.start();
    session.stop('quit');
    expect(stops()).toBe(1);
  });
});
