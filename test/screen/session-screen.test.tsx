import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { phaseKinds } from '../../src/plan/phase.js';
import { phaseWords } from '../../src/plan/phase-words.js';
import { planSession } from '../../src/plan/plan-session.js';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { createSessionFeed } from '../../src/screen/session-feed.js';
import { SessionScreen } from '../../src/screen/session-screen.js';
import { systemClock } from '../../src/session/clock.js';
import { createSession } from '../../src/session/create-session.js';
import { settled } from '../helpers/react-act.js';
import { buildPlan } from '../session/plan-builder.js';

// The live screen through ink-testing-library. Vitest's fake timers stand in
// for both clocks the screen has (the engine's and the view's one timer), so
// seconds pass in no time at all.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const allKinds = phaseKinds;

async function show(
  plan = buildPlan(allKinds.map((kind) => ({ kind, ms: 2000 }))),
  columns = 80,
  rows = 60,
) {
  const session = createSession(plan, { clock: systemClock });
  const feed = createSessionFeed();
  session.observe(feed.observer);
  const screen = await settled(() =>
    render(
      <SessionScreen session={session} feed={feed} interactive columns={columns} rows={rows} />,
    ),
  );
  await settled(() => session.start());
  // Ink's last writes on exit are empty; the last frame with text is what stays on screen.
  const frame = () =>
    stripVTControlCharacters(screen.frames.findLast((written) => written.trim() !== '') ?? '');
  const pass = (ms: number) => settled(() => vi.advanceTimersByTimeAsync(ms));
  const press = (key: string) => settled(() => screen.stdin.write(key));
  return { session, screen, frame, pass, press, plan };
}

const words = phaseWords;

describe('each phase', () => {
  test('shows its own word, its cue, a countdown and what comes next', async () => {
    const { frame, pass, plan } = await show();
    await pass(0);
    for (const [index, kind] of allKinds.entries()) {
      expect(frame()).toContain(words[kind]);
      expect(frame()).toContain(`${kind} cue`);
      expect(frame()).toContain('2s');
      const next = allKinds[index + 1];
      expect(frame()).toContain(next ? `Next: ${plan.phases[index + 1]?.label}` : 'Last one');
      await pass(2000);
    }
  });

  test('every phase word is different, so colour is never the only sign', () => {
    expect(new Set(Object.values(words)).size).toBe(allKinds.length);
  });

  test('tension shows the target effort; release, the contrast to notice', async () => {
    const { frame, pass } = await show(
      buildPlan([
        { kind: 'tense', ms: 5000 },
        { kind: 'release', ms: 5000 },
      ]),
    );
    await pass(0);
    expect(frame()).toMatch(/about 4 out of 10/);
    await pass(5000);
    expect(frame()).toMatch(/notice the difference/);
  });

  test('the countdown counts whole seconds and the bar fills', async () => {
    const { frame, pass } = await show(buildPlan([{ kind: 'release', ms: 10_000 }]));
    await pass(0);
    const cellsOf = (text: string) => (text.match(/█/g) ?? []).length;
    expect(frame()).toMatch(/\b10s\b/);
    const empty = cellsOf(frame());
    await pass(3001);
    expect(frame()).toMatch(/\b7s\b/);
    expect(cellsOf(frame())).toBeGreaterThan(empty);
  });

  test('the breathing bar fills on the way in and empties on the way out', async () => {
    const { frame, pass } = await show(
      buildPlan([
        { kind: 'breathe-in', ms: 4000 },
        { kind: 'breathe-out', ms: 4000 },
      ]),
    );
    const cellsOf = () => (frame().match(/█/g) ?? []).length;
    await pass(1000);
    const earlyIn = cellsOf();
    await pass(2500);
    const lateIn = cellsOf();
    await pass(1500);
    const earlyOut = cellsOf();
    await pass(2000);
    const lateOut = cellsOf();
    expect(lateIn).toBeGreaterThan(earlyIn);
    expect(lateOut).toBeLessThan(earlyOut);
  });
});

describe('the header', () => {
  test('title, where we are and the time left in the session', async () => {
    const plan = planSession(routineFromGroups('jaw,hands'), { breaths: 0 });
    const { frame, pass } = await show(plan);
    await pass(plan.phases[1]?.offset_ms ?? 0);
    expect(frame()).toContain(plan.routine.title);
    expect(frame()).toContain('Jaw · 1 of 2 groups ·');
    const left = Math.ceil((plan.total_ms - (plan.phases[1]?.offset_ms ?? 0)) / 1000);
    expect(frame()).toContain(
      `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`,
    );
  });
});

describe('keys', () => {
  test('space pauses: PAUSED shows and the countdown freezes; space again resumes', async () => {
    const { press, frame, pass } = await show(buildPlan([{ kind: 'tense', ms: 9000 }]));
    await pass(2000);
    await press(' ');
    await pass(0);
    expect(frame()).toContain('PAUSED');
    expect(frame()).toContain('space resume');
    const frozen = frame();
    await pass(5000);
    expect(frame()).toBe(frozen);
    await press(' ');
    await pass(1001);
    expect(frame()).not.toContain('PAUSED');
    expect(frame()).toMatch(/\b6s\b/);
  });

  test('→ skips ahead, ← goes back, q stops with a summary', async () => {
    const plan = planSession(routineFromGroups('jaw,hands'), { breaths: 0 });
    const { press, frame, pass } = await show(plan);
    await pass(0);
    expect(frame()).toContain('SETTLE');
    await press('\u001b[C');
    await pass(0);
    expect(frame()).toContain('NEXT');
    expect(frame()).toContain('Jaw');
    await press('\u001b[C');
    await pass(0);
    expect(frame()).toContain('TENSE');
    await press('\u001b[C');
    await pass(0);
    expect(frame()).toContain('RELEASE');
    // Back to this group's start: its announcement.
    await press('\u001b[D');
    await pass(0);
    expect(frame()).toContain('NEXT');
    expect(frame()).toContain('Jaw');
    await press('q');
    await pass(0);
    expect(frame()).toMatch(/Stopped · 0:00 · 1 group\b/);
    expect(frame()).toContain('Come back whenever you like');
  });

  test('? shows the help in place of the cue, and hides it again', async () => {
    const { press, frame, pass } = await show(buildPlan([{ kind: 'tense', ms: 9000 }]));
    await pass(0);
    await press('?');
    await pass(0);
    expect(frame()).not.toContain('tense cue');
    expect(frame()).toMatch(/q, Esc\s+stop, with a short summary/);
    expect(frame()).toContain('TENSE');
    await press('?');
    await pass(0);
    expect(frame()).toContain('tense cue');
  });

  test('without a terminal for input the legend says keys are off', async () => {
    const session = createSession(buildPlan([{ kind: 'tense', ms: 5000 }]), { clock: systemClock });
    const feed = createSessionFeed();
    session.observe(feed.observer);
    const screen = await settled(() =>
      render(<SessionScreen session={session} feed={feed} interactive={false} />),
    );
    await settled(() => session.start());
    expect(stripVTControlCharacters(screen.lastFrame() ?? '')).toContain('keys off');
  });
});

describe('the end', () => {
  test('a completed session says so, with its time and groups, and a kind word', async () => {
    const plan = buildPlan([
      { kind: 'tense', ms: 1000, group: 'jaw', step: 0 },
      { kind: 'release', ms: 2000, group: 'jaw', step: 0 },
      { kind: 'tense', ms: 1000, group: 'hands', step: 1 },
      { kind: 'release', ms: 2000, group: 'hands', step: 1 },
    ]);
    const { frame, pass } = await show(plan);
    await pass(plan.total_ms + 10);
    expect(frame()).toContain('✓ Completed · 0:06 · 2 groups');
    expect(frame()).toContain('jaw, hands');
    expect(frame()).toContain('Well done');
  });
});

describe('widths', () => {
  const classic = planSession(routineFromGroups('shoulders,upper-arms,lower-back'), {});
  for (const columns of [40, 60, 120]) {
    test(`no line is wider than ${columns} columns, in any phase`, async () => {
      const { frame, pass, plan, press } = await show(classic, columns);
      await pass(0);
      const widest = () =>
        Math.max(
          ...frame()
            .split('\n')
            .map((line) => [...line].length),
        );
      // Text wrapped onto a new line starts at its left edge, not one space in.
      const indentedWords = () =>
        frame()
          .split('\n')
          .filter((line) => /^ [A-Za-z]/.test(line));
      for (const phase of plan.phases) {
        expect(widest(), `${phase.kind} ${phase.label}`).toBeLessThanOrEqual(columns);
        expect(indentedWords(), `${phase.kind} ${phase.label}`).toEqual([]);
        expect(frame()).toContain(words[phase.kind]);
        await press('?');
        await pass(0);
        expect(widest(), `help during ${phase.kind}`).toBeLessThanOrEqual(columns);
        expect(indentedWords(), `help during ${phase.kind}`).toEqual([]);
        await press('?');
        await press('\u001b[C');
        await pass(50);
      }
      expect(frame()).toContain('Completed');
      expect(widest()).toBeLessThanOrEqual(columns);
    });
  }
});

describe('the pain key', () => {
  const plan = () => planSession(routineFromGroups('shoulders,hands'), { breaths: 0 });
  /** From the start, past the settling in and the first group's announcement. */
  const toTension = async (press: (key: string) => Promise<unknown>) => {
    await press('\u001b[C');
    await press('\u001b[C');
  };

  test('x during tension: the release starts at once, with the stop rules', async () => {
    const { press, frame, pass, screen } = await show(plan());
    await pass(0);
    expect(frame()).toContain('x hurts');
    await toTension(press);
    await pass(1000);
    expect(frame()).toContain('TENSE');
    const frames = screen.frames.length;
    await press('x');
    await pass(0);
    // The very next frame is the release.
    expect(stripVTControlCharacters(screen.frames[frames] ?? '')).toContain('RELEASE');
    expect(frame()).toContain('Shoulders: imagine it only, from now on.');
    expect(frame()).toMatch(
      /sharp\s+or\s+spreading\s+pain,\s+numbness,\s+dizziness\s+or\s+shortness\s+of\s+breath/,
    );
    // Once the release is over, the stop rules give way to the cues again.
    await pass(20_000);
    expect(frame()).toContain('NEXT');
    expect(frame()).toContain('Hands');
    expect(frame()).not.toContain('spreading pain');
  });

  test('a gentler tension shows its mode beside the banner', async () => {
    const micro = planSession(routineFromGroups('hands'), { breaths: 0, mode: 'micro' });
    const { press, frame, pass } = await show(micro);
    await toTension(press);
    await pass(50);
    expect(frame()).toMatch(/TENSE ▲\s+· micro/);
    expect(frame()).toContain('barely there · about 2 out of 10');
  });

  test('after x, going back shows the group imagined: IMAGINE, never TENSE', async () => {
    const { press, frame, pass } = await show(plan());
    await toTension(press);
    await pass(50);
    await press('x');
    await pass(3000);
    await press('\u001b[D');
    await pass(50);
    expect(frame()).toContain('NEXT');
    expect(frame()).toContain('Keep your shoulders still');
    await press('\u001b[C');
    await pass(50);
    expect(frame()).toContain('▲ IMAGINE ▲');
    expect(frame()).not.toMatch(/IMAGINE ▲\s+· imagine/);
    expect(frame()).not.toContain('TENSE');
    expect(frame()).toContain('no movement · only imagine it');
  });

  test('a second x asks before ending: y ends, any other key goes on', async () => {
    const { press, frame, pass, session } = await show(plan());
    await press('\u001b[C');
    await pass(50);
    await press('x');
    await pass(50);
    expect(frame()).not.toContain('End here?');
    await press('x');
    await pass(50);
    expect(frame()).toContain('End here? y ends · any other key goes on');
    await press('n');
    await pass(50);
    expect(frame()).not.toContain('End here?');
    expect(session.state().status).toBe('running');
    await press('x');
    await pass(50);
    await press('y');
    await pass(50);
    expect(frame()).toContain('Stopped');
  });

  test('x during the breath after a group names that group', async () => {
    const breaths = planSession(
      { ...routineFromGroups('shoulders,hands'), between: 'breath' },
      { breaths: 0 },
    );
    const { press, frame, pass } = await show(breaths);
    for (let i = 0; i < 4; i++) await press('\u001b[C');
    await pass(50);
    expect(frame()).toContain('BREATHE IN');
    await press('x');
    await pass(50);
    expect(frame()).toContain('Shoulders: imagine it only, from now on.');
  });
});
