import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { planSession } from '../../src/plan/plan-session.js';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { showScreen } from '../helpers/screen-harness.js';
import { buildPlan } from '../session/plan-builder.js';

// With a screen reader (Ink's screen-reader mode, INK_SCREEN_READER=true),
// the screen is plain lines, appended as things happen and never redrawn.

beforeEach(() => {
  vi.stubEnv('INK_SCREEN_READER', 'true');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

const plan = () => planSession(routineFromGroups('jaw,hands'), { breaths: 0, repeat: 2 });

describe('for a screen reader', () => {
  test('each phase is one line: its word, label, cue and length, and where it stands', async () => {
    const { lines, press, pass } = await showScreen(plan());
    await pass(0);
    expect(lines().slice(0, 3)).toEqual([
      expect.stringMatching(/^Your sequence: 15 phases, \d:\d\d\.$/),
      'Keys: space pause, → next, ← back, x hurts, q quit, ? help.',
      expect.stringMatching(/^SETTLE: Settle in\. Loosen anything tight .* \d+ seconds\.$/),
    ]);
    await press('\u001b[C');
    await press('\u001b[C');
    expect(lines().slice(3)).toEqual([
      expect.stringMatching(
        /^NEXT: Jaw \(round 1 of 2, 1 of 2 groups\)\. Bring your back teeth lightly together, and keep breathing\. \d+ seconds\.$/,
      ),
      'TENSE: Jaw. Bring your back teeth lightly together, and keep breathing. 5 seconds.',
    ]);
  });

  test('nothing is redrawn as the seconds pass: no countdown, no bar', async () => {
    const { screen, frame, pass } = await showScreen(plan());
    await pass(0);
    const frames = screen.frames.length;
    await pass(10_000);
    expect(screen.frames.length).toBe(frames);
    expect(frame()).not.toMatch(/[█░▀▄]/);
  });

  test('a pause, the help, x and a second x are lines of their own', async () => {
    const { lines, press, pass } = await showScreen(plan());
    await pass(0);
    await press(' ');
    await press(' ');
    await press('?');
    await press('\u001b[C');
    await press('\u001b[C');
    await press('x');
    await press('x');
    const text = lines();
    const from = text.indexOf('Paused. Space goes on.');
    expect(from).toBeGreaterThan(0);
    expect(text.slice(from, from + 3)).toEqual([
      'Paused. Space goes on.',
      'Going on.',
      expect.stringMatching(/^Tense gently, about 4 out of 10/),
    ]);
    expect(text).toContain('x: this hurts: ease off, and only imagine that group from now on.');
    const eased = text.indexOf('Jaw: imagine it only, from now on.');
    expect(text[eased + 1]).toMatch(/^Stop or change any step that brings sharp or spreading pain/);
    expect(text[eased + 2]).toMatch(/^RELEASE: Jaw\./);
    expect(text.at(-1)).toBe('End here? y ends · any other key goes on');
  });

  test('a prompt that takes the cue’s place is a line when it comes', async () => {
    const { lines, pass } = await showScreen(
      buildPlan([{ kind: 'release', ms: 40_000, prompts: [{ at_ms: 15_000, text: 'Soften.' }] }]),
    );
    await pass(14_000);
    expect(lines()).not.toContain('Soften.');
    await pass(2000);
    expect(lines().at(-1)).toBe('Soften.');
  });

  test('the end is the summary, then the screen is done', async () => {
    const { lines, press, pass, session } = await showScreen(plan());
    await pass(0);
    await press('\u001b[C');
    await press('\u001b[C');
    await press('\u001b[C');
    await press('q');
    await pass(0);
    expect(lines().slice(-3)).toEqual([
      '■ Stopped · 0:00 · 1 group',
      'Jaw',
      'Thank you for taking this time. Come back whenever you like.',
    ]);
    expect(session.state().status).toBe('ended');
    // Said once: leaving the screen writes nothing again.
    expect(lines().filter((line) => line.startsWith('Thank you'))).toHaveLength(1);
  });
});
