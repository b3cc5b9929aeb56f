import { describe, expect, test, vi } from 'vitest';
import { createSession } from '../../src/session/create-session.js';
import type { Session } from '../../src/session/session.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import { everyEvent } from '../../src/session/session-observer.js';
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { buildPlan, groupsPlan } from './plan-builder.js';

// The engine, driven by a fake clock: whole sessions in milliseconds.

function started(
  plan = groupsPlan(['jaw', 'neck', 'hands']),
  clock: FakeClock = createFakeClock(),
) {
  const session = createSession(plan, { clock });
  const events: SessionEvent[] = [];
  session.observe(everyEvent('test', (event) => events.push(event)));
  session.start();
  const phaseEvents = () => events.filter((event) => event.type === 'phase');
  const current = () => session.state().index;
  return { session, clock, events, phaseEvents, current, plan };
}

/** Setup and a breath, one step, then scan and closing: phases outside steps on both sides. */
const oneStepWithFrame = () =>
  buildPlan([
    { kind: 'setup', ms: 10_000 },
    { kind: 'breathe-in', ms: 4000 },
    { kind: 'breathe-out', ms: 6000 },
    { kind: 'tense', ms: 5000, group: 'jaw', step: 0 },
    { kind: 'release', ms: 15_000, group: 'jaw', step: 0 },
    { kind: 'scan', ms: 30_000 },
    { kind: 'closing', ms: 10_000 },
  ]);

const endOf = (events: SessionEvent[]) => events.filter((event) => event.type === 'end');

describe('a whole session', () => {
  test('every phase starts at its planned offset, then one end event', async () => {
    const { clock, events, phaseEvents, plan, session } = started();
    clock.advance(plan.total_ms + 1000);
    expect(events[0]).toEqual({
      type: 'start',
      at_ms: 0,
      routine: 'test',
      title: 'Test',
      total_ms: 80_000,
      phases: 8,
      speech_wpm: 150,
    });
    expect(
      phaseEvents().map((event) => event.type === 'phase' && [event.phase.index, event.at_ms]),
    ).toEqual(plan.phases.map((phase) => [phase.index, phase.offset_ms]));
    expect(endOf(events)).toEqual([
      {
        type: 'end',
        at_ms: 80_000,
        completed: true,
        reason: 'completed',
        elapsed_ms: 80_000,
        phases_done: 8,
        groups_done: ['jaw', 'neck', 'hands'],
      },
    ]);
    expect(await session.done).toBe(endOf(events)[0]);
    expect(clock.pending()).toBe(0);
  });

  test('no drift across a simulated hour with a late event loop', () => {
    let seed = 7;
    const lateness = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return 1 + (seed % 15);
    };
    const plan = buildPlan(
      Array.from({ length: 720 }, () => ({ kind: 'release' as const, ms: 5000 })),
    );
    const { clock, phaseEvents, events } = started(plan, createFakeClock(0, { lateness }));
    clock.advance(3_600_000 + 100);
    const phases = phaseEvents();
    expect(phases).toHaveLength(720);
    for (const event of phases) {
      if (event.type === 'phase') expect(event.at_ms).toBe(event.phase.offset_ms);
    }
    expect(endOf(events)[0]?.at_ms).toBe(3_600_000);
  });

  test('a late timer still emits every phase it passed, each at its own time', () => {
    const plan = buildPlan([
      { kind: 'tense', ms: 1000 },
      { kind: 'release', ms: 1000 },
      { kind: 'rest', ms: 1000 },
      { kind: 'closing', ms: 1000 },
    ]);
    const { clock, phaseEvents } = started(plan, createFakeClock(0, { lateness: () => 2500 }));
    clock.advance(3600);
    expect(phaseEvents().map((event) => event.at_ms)).toEqual([0, 1000, 2000, 3000]);
  });
});

describe('pause and resume', () => {
  test('the rest of the plan shifts by exactly the paused time', () => {
    const { session, clock, phaseEvents, events, plan } = started();
    clock.advance(12_000);
    session.pause();
    const frozen = session.state();
    clock.advance(12_345);
    expect(session.state()).toMatchObject({
      status: 'paused',
      phaseRemainingMs: frozen.phaseRemainingMs,
      sessionRemainingMs: frozen.sessionRemainingMs,
      elapsedMs: 12_000,
    });
    session.resume();
    clock.advance(plan.total_ms);
    const later = phaseEvents().filter((event) => event.type === 'phase' && event.phase.index >= 2);
    for (const event of later) {
      if (event.type === 'phase') expect(event.at_ms).toBe(event.phase.offset_ms + 12_345);
    }
    expect(events.find((event) => event.type === 'resume')).toMatchObject({
      paused_ms: 12_345,
      at_ms: 24_345,
    });
    expect(endOf(events)[0]).toMatchObject({ at_ms: 92_345, elapsed_ms: 80_000, completed: true });
  });

  test('several pauses add up', () => {
    const { session, clock, events, plan } = started();
    for (const pause of [1000, 2500, 700]) {
      clock.advance(5000);
      session.pause();
      clock.advance(pause);
      session.togglePause();
    }
    clock.advance(plan.total_ms);
    expect(endOf(events)[0]).toMatchObject({ at_ms: 84_200, elapsed_ms: 80_000 });
  });

  test('pause while paused and resume while running do nothing', () => {
    const { session, events } = started();
    session.resume();
    session.pause();
    session.pause();
    expect(
      events.filter((event) => event.type === 'pause' || event.type === 'resume'),
    ).toHaveLength(1);
  });
});

describe('next and back', () => {
  test('next starts the next phase now and pulls the rest of the plan earlier', () => {
    const { session, clock, events, current } = started();
    clock.advance(4000);
    session.next();
    expect(current()).toBe(1);
    expect(events.at(-2)).toEqual({ type: 'skip', at_ms: 4000, from: 0, to: 1 });
    expect(events.at(-1)).toMatchObject({ type: 'phase', at_ms: 4000 });
    clock.advance(5000);
    expect(current()).toBe(2);
    expect(session.state().sessionRemainingMs).toBe(65_000);
  });

  test('next on the last phase finishes the session as completed', () => {
    const { session, clock, events, plan } = started();
    clock.advance(plan.phases.at(-1)?.offset_ms ?? 0);
    session.next();
    expect(endOf(events)[0]).toMatchObject({ completed: true, reason: 'completed' });
  });

  test('back more than 2 s into a step restarts the step', () => {
    const { session, clock, current } = started();
    clock.advance(10_000 + 5000 + 3000); // release of jaw, 3 s in
    expect(current()).toBe(2);
    session.back();
    expect(current()).toBe(1);
    expect(session.state().phaseRemainingMs).toBe(5000);
  });

  test('back within 2 s of a step goes to the previous step', () => {
    const { session, clock, current } = started();
    clock.advance(30_000 + 1000); // tense of neck, 1 s in
    expect(current()).toBe(3);
    session.back();
    expect(current()).toBe(1);
  });

  test('back at the first step goes to the phase before it; outside steps it restarts or steps back', () => {
    const { session, clock, current } = started();
    clock.advance(10_500);
    session.back();
    expect(current()).toBe(0);
    clock.advance(3000);
    session.back();
    expect(current()).toBe(0);
    expect(session.state().phaseElapsedMs).toBe(0);
    session.back();
    expect(current()).toBe(0);
  });

  test('exactly 2 s into a step is still "just begun"; a ms later it restarts the step', () => {
    const atGrace = started();
    atGrace.clock.advance(30_000 + 2000); // tense of neck, exactly 2 s in
    atGrace.session.back();
    expect(atGrace.current()).toBe(1);
    const past = started();
    past.clock.advance(30_000 + 2001);
    past.session.back();
    expect(past.current()).toBe(3);
  });

  test('back just after the first step begins goes to the phase before it, not the start', () => {
    const plan = oneStepWithFrame();
    const { session, clock, current } = started(plan);
    clock.advance(20_000 + 1000);
    session.back();
    expect(current()).toBe(2);
  });

  test('outside steps: back restarts a phase more than 2 s in, else goes to the one before', () => {
    const plan = oneStepWithFrame();
    const { session, clock, current, events } = started(plan);
    clock.advance(14_000 + 2001); // breathe-out, just over 2 s in
    session.back();
    expect(current()).toBe(2);
    expect(session.state().phaseElapsedMs).toBe(0);
    clock.advance(2000); // breathe-out, exactly 2 s in: the breath before
    session.back();
    expect(current()).toBe(1);
    expect(events.at(-2)).toEqual({ type: 'back', at_ms: 18_001, from: 2, to: 1 });
    session.next();
    session.next();
    session.next();
    session.next();
    expect(current()).toBe(5);
    clock.advance(500); // scan, just begun: the step before it
    session.back();
    expect(current()).toBe(3);
    session.next();
    session.next();
    session.next();
    clock.advance(1000); // closing, just begun: the scan before it, no step there
    session.back();
    expect(current()).toBe(5);
  });

  test('back from the closing goes to the start of the last step', () => {
    const { session, clock, current } = started();
    clock.advance(70_500);
    expect(current()).toBe(7);
    session.back();
    expect(current()).toBe(5);
  });

  test('next and back while paused move and stay paused; the phase then runs in full', () => {
    const { session, clock, current, phaseEvents } = started();
    clock.advance(2000);
    session.pause();
    session.next();
    expect(session.state()).toMatchObject({ status: 'paused', index: 1, phaseRemainingMs: 5000 });
    clock.advance(60_000);
    expect(current()).toBe(1);
    session.resume();
    clock.advance(4999);
    expect(current()).toBe(1);
    clock.advance(1);
    expect(current()).toBe(2);
    expect(phaseEvents().at(-1)?.at_ms).toBe(67_000);
  });
});

describe('what the session says, and when', () => {
  test('every event is stamped from the start, whatever the clock read then', () => {
    const { session, clock, events } = started(undefined, createFakeClock(50_000));
    clock.advance(3000);
    session.pause();
    clock.advance(1000);
    session.resume();
    clock.advance(1000);
    session.next();
    clock.advance(1000);
    session.back();
    clock.advance(1000);
    session.pain();
    expect(events.filter((event) => event.type !== 'phase')).toEqual([
      expect.objectContaining({ type: 'start', at_ms: 0 }),
      { type: 'pause', at_ms: 3000, index: 0 },
      { type: 'resume', at_ms: 4000, index: 0, paused_ms: 1000 },
      { type: 'skip', at_ms: 5000, from: 0, to: 1 },
      { type: 'back', at_ms: 6000, from: 1, to: 0 },
      { type: 'pain', at_ms: 7000, index: 0, group: null },
    ]);
  });

  test('groups count as done when their release begins, each once, in order', () => {
    const { clock, phaseEvents, session } = started();
    clock.advance(15_000);
    session.back(); // jaw again: its release comes round twice
    clock.advance(40_000);
    const done = phaseEvents().map(
      (event) => event.type === 'phase' && [event.phase.kind, event.progress.groups_done],
    );
    expect(done).toEqual([
      ['setup', []],
      ['tense', []],
      ['release', ['jaw']],
      ['tense', ['jaw']],
      ['release', ['jaw']],
      ['tense', ['jaw']],
      ['release', ['jaw', 'neck']],
      ['tense', ['jaw', 'neck']],
    ]);
  });

  test('active time after pauses leaves the pauses out', () => {
    const { session, clock } = started();
    clock.advance(4000);
    session.pause();
    clock.advance(10_000);
    session.resume();
    clock.advance(3000);
    expect(session.state()).toMatchObject({ status: 'running', elapsedMs: 7000, index: 0 });
  });

  test('before the start: the first phase in full, the whole session ahead', () => {
    const session = createSession(groupsPlan(['jaw']), { clock: createFakeClock() });
    expect(session.state()).toEqual({
      status: 'idle',
      index: 0,
      phase: session.plan.phases[0],
      phaseElapsedMs: 0,
      phaseRemainingMs: 10_000,
      sessionRemainingMs: 40_000,
      elapsedMs: 0,
    });
  });

  test('after the end: the last phase shown as done, the time spent kept', () => {
    const { session, clock, plan } = started(groupsPlan(['jaw']));
    clock.advance(plan.total_ms + 5000);
    expect(session.state()).toEqual({
      status: 'ended',
      index: 3,
      phase: plan.phases[3],
      phaseElapsedMs: 10_000,
      phaseRemainingMs: 0,
      sessionRemainingMs: 0,
      elapsedMs: 40_000,
    });
  });

  test('an empty plan has no phase to show, before or after', () => {
    const session = createSession(buildPlan([]), { clock: createFakeClock() });
    const empty = { index: 0, phase: null, phaseElapsedMs: 0, phaseRemainingMs: 0 };
    expect(session.state()).toMatchObject({ status: 'idle', ...empty });
    session.start();
    expect(session.state()).toMatchObject({ status: 'ended', ...empty, sessionRemainingMs: 0 });
  });

  test('while paused, no timer waits, even after next, back or pain', () => {
    const { session, clock } = started();
    clock.advance(11_000);
    session.pause();
    session.next();
    session.back();
    session.pain();
    expect(session.state().status).toBe('paused');
    expect(clock.pending()).toBe(0);
  });

  test('an observer may pause the session from its hook', () => {
    const clock = createFakeClock();
    const failures: string[] = [];
    const session = createSession(groupsPlan(['jaw']), {
      clock,
      onObserverFailure: (name) => failures.push(name),
    });
    const events: SessionEvent[] = [];
    session.observe({
      name: 'pauses at the release',
      onPhase: (event) => {
        if (event.phase.kind === 'release') session.pause();
      },
    });
    session.observe(everyEvent('test', (event) => events.push(event)));
    session.start();
    clock.advance(20_000);
    expect(failures).toEqual([]);
    expect(session.state()).toMatchObject({ status: 'paused', index: 2, phaseElapsedMs: 0 });
    expect(events.find((event) => event.type === 'pause')).toEqual({
      type: 'pause',
      at_ms: 15_000,
      index: 2,
    });
    expect(clock.pending()).toBe(0);
  });
});

describe('ending', () => {
  test('stop ends once, not completed, with the reason', async () => {
    const { session, clock, events } = started();
    clock.advance(20_000);
    session.stop('quit');
    session.stop('interrupted');
    session.next();
    session.back();
    session.togglePause();
    clock.advance(100_000);
    expect(endOf(events)).toEqual([
      {
        type: 'end',
        at_ms: 20_000,
        completed: false,
        reason: 'quit',
        elapsed_ms: 20_000,
        phases_done: 3,
        groups_done: ['jaw'],
      },
    ]);
    expect(events.at(-1)?.type).toBe('end');
    expect(clock.pending()).toBe(0);
    expect((await session.done).reason).toBe('quit');
    expect(session.state()).toMatchObject({
      status: 'ended',
      elapsedMs: 20_000,
      sessionRemainingMs: 0,
    });
  });

  test('a stop after the end changes nothing, later or not', async () => {
    const { session, clock } = started();
    clock.advance(20_000);
    session.stop('quit');
    clock.advance(5000);
    session.stop('interrupted');
    expect(session.state().elapsedMs).toBe(20_000);
    expect(await session.done).toMatchObject({ reason: 'quit', at_ms: 20_000 });
  });

  test('with no one told where to report, an observer that throws becomes a warning', async () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const clock = createFakeClock();
      const session = createSession(groupsPlan(['jaw']), { clock });
      session.observe({
        name: 'the voice',
        onStart() {
          throw new Error('no speaker');
        },
      });
      session.start();
      clock.advance(100_000);
      expect((await session.settled).completed).toBe(true);
      expect(warn.mock.calls).toEqual([
        ['the voice stopped following the session: Error: no speaker'],
      ]);
    } finally {
      warn.mockRestore();
    }
  });

  test('stop while paused counts time up to the pause only', () => {
    const { session, clock, events } = started();
    clock.advance(6000);
    session.pause();
    clock.advance(50_000);
    session.stop('terminated');
    expect(endOf(events)[0]).toMatchObject({
      reason: 'terminated',
      elapsed_ms: 6000,
      at_ms: 56_000,
    });
  });

  test('before start: nothing moves, and stop settles the session with nothing done', async () => {
    const clock = createFakeClock();
    const session: Session = createSession(groupsPlan(['jaw']), { clock });
    const events: SessionEvent[] = [];
    session.observe(everyEvent('test', (event) => events.push(event)));
    session.next();
    session.pause();
    expect(session.state()).toMatchObject({
      status: 'idle',
      index: 0,
      elapsedMs: 0,
      sessionRemainingMs: 40_000,
    });
    session.stop('quit');
    expect(await session.settled).toEqual({
      type: 'end',
      at_ms: 0,
      completed: false,
      reason: 'quit',
      elapsed_ms: 0,
      phases_done: 0,
      groups_done: [],
    });
    expect(events.map((event) => event.type)).toEqual(['end']);
    session.start();
    expect(session.state().status).toBe('ended');
    expect(clock.pending()).toBe(0);
  });

  test('an empty plan ends at once as completed', async () => {
    const { events, session } = started(buildPlan([]));
    expect(events.map((event) => event.type)).toEqual(['start', 'end']);
    expect((await session.done).completed).toBe(true);
  });

  test('an observer that throws is detached with one report; the clock and the others go on', async () => {
    const clock = createFakeClock();
    const failures: Array<[string, string]> = [];
    const session = createSession(groupsPlan(['jaw']), {
      clock,
      onObserverFailure: (name, error) => failures.push([name, (error as Error).message]),
    });
    let calls = 0;
    let detached = 0;
    session.observe({
      name: 'the broken one',
      onPhase() {
        calls++;
        throw new Error('broken reporter');
      },
      detach() {
        detached++;
      },
    });
    const seen: string[] = [];
    session.observe(everyEvent('test', (event) => seen.push(event.type)));
    session.start();
    clock.advance(100_000);
    expect(seen.at(-1)).toBe('end');
    expect(seen.filter((type) => type === 'phase')).toHaveLength(4);
    expect(calls).toBe(1);
    expect(detached).toBe(1);
    expect(failures).toEqual([['the broken one', 'broken reporter']]);
    expect((await session.settled).completed).toBe(true);
  });
});
