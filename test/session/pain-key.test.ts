import { describe, expect, test } from 'vitest';
import { createSession } from '../../src/session/create-session.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import { everyEvent } from '../../src/session/session-observer.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { buildPlan, groupsPlan } from './plan-builder.js';

// "This hurts" in the engine: the tension ends at once, and the group is only
// imagined for the rest of the session.

function started() {
  const clock = createFakeClock(0);
  const plan = groupsPlan(['neck', 'hands']);
  const session = createSession(plan, { clock });
  const events: SessionEvent[] = [];
  session.observe(everyEvent('test', (event) => events.push(event)));
  session.start();
  return { clock, session, events };
}

describe('the pain key', () => {
  test('during tension: a pain event, then the release begins at that very moment', () => {
    const { clock, session, events } = started();
    clock.advance(12_000); // 2 s into neck's tension
    session.pain();
    const tail = events.slice(-2);
    expect(tail[0]).toEqual({ type: 'pain', at_ms: 12_000, index: 1, group: 'neck' });
    expect(tail[1]).toMatchObject({ type: 'phase', at_ms: 12_000 });
    expect(tail[1]?.type === 'phase' && tail[1].phase).toMatchObject({
      kind: 'release',
      group: 'neck',
      mode: 'imagery',
    });
    // The release runs in full from the key press.
    expect(session.state().phaseRemainingMs).toBe(15_000);
  });

  test('that group is only imagined from then on, with its imagery cue; others are untouched', () => {
    const { clock, session, events } = started();
    clock.advance(11_000);
    session.pain();
    session.back(); // to neck's tension again
    const state = session.state();
    expect(state.phase).toMatchObject({
      kind: 'tense',
      mode: 'imagery',
      cue: 'imagine neck',
    });
    // The same object while nothing changes, so the screen redraws only when it must.
    expect(session.state().phase).toBe(state.phase);
    clock.advance(5000 + 15_000);
    const hands = events.findLast((e) => e.type === 'phase');
    expect(hands?.type === 'phase' && hands.phase).toMatchObject({ group: 'hands', mode: 'full' });
  });

  test('during a release or the setup: recorded, and time goes on as planned', () => {
    const { clock, session, events } = started();
    clock.advance(3000);
    session.pain();
    expect(events.at(-1)).toEqual({ type: 'pain', at_ms: 3000, index: 0, group: null });
    expect(session.state().index).toBe(0);
    clock.advance(14_000); // into neck's release
    session.pain();
    expect(events.at(-1)).toMatchObject({ type: 'pain', group: 'neck' });
    expect(session.state()).toMatchObject({ index: 2, phaseRemainingMs: 13_000 });
  });

  test('while paused it still ends the tension, and stays paused', () => {
    const { clock, session } = started();
    clock.advance(11_000);
    session.pause();
    session.pain();
    expect(session.state()).toMatchObject({ status: 'paused', index: 2, phaseRemainingMs: 15_000 });
  });

  test('a second x for the same group is not a second pain event', () => {
    const { clock, session, events } = started();
    clock.advance(11_000);
    session.pain();
    clock.advance(1000);
    session.pain();
    expect(events.filter((e) => e.type === 'pain')).toHaveLength(1);
    clock.advance(30_000);
    session.pain(); // another group: its own mark
    expect(
      events.filter((e) => e.type === 'pain').map((e) => e.type === 'pain' && e.group),
    ).toEqual(['neck', 'hands']);
  });

  test('after the end, nothing', () => {
    const { session, events } = started();
    session.stop('quit');
    const count = events.length;
    session.pain();
    expect(events).toHaveLength(count);
  });

  test('only the tension and release of that group change; its release keeps its own cue', () => {
    const clock = createFakeClock(0);
    const plan = buildPlan([
      { kind: 'setup', ms: 10_000 },
      { kind: 'tense', ms: 5000, group: 'neck', step: 0 },
      { kind: 'release', ms: 15_000, group: 'neck', step: 0 },
      { kind: 'rest', ms: 5000, group: 'neck', step: 0 },
      { kind: 'tense', ms: 5000, group: 'hands', step: 1 },
      { kind: 'release', ms: 15_000, group: 'hands', step: 1 },
      { kind: 'closing', ms: 10_000 },
    ]);
    const session = createSession(plan, { clock });
    session.start();
    clock.advance(11_000);
    session.pain();
    expect(session.state().phase).toEqual({ ...plan.phases[2], mode: 'imagery' });
    session.next();
    // The rest after it is the plan's own phase, as it was.
    expect(session.state().phase).toBe(plan.phases[3]);
  });

  test('one object per phase until another group is marked', () => {
    const { clock, session } = started();
    clock.advance(11_000);
    session.pain(); // neck: its release begins
    const release = session.state().phase;
    session.back(); // neck's tension, imagined
    const tension = session.state().phase;
    session.pain(); // neck again: nothing new to mark
    expect(session.state().phase).toBe(release);
    session.next();
    session.next();
    session.next(); // the closing
    session.pain(); // no group here
    session.back();
    session.back(); // back to neck's tension
    expect(session.state().phase).toBe(tension);
    session.next();
    session.next(); // hands' tension
    session.pain(); // hands: a new mark, new objects for every changed phase
    session.back();
    session.back();
    expect(session.state().phase).not.toBe(tension);
    expect(session.state().phase).toEqual(tension);
  });
});
