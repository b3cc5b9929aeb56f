import { describe, expect, test } from 'vitest';
import { createSession } from '../../src/session/create-session.js';
import type { Session } from '../../src/session/session.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import { everyEvent } from '../../src/session/session-observer.js';
import {
  nextStatus,
  type SessionCommand,
  type SessionStatus,
  transitions,
} from '../../src/session/session-states.js';
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { groupsPlan } from './plan-builder.js';

// Every command in every state, against the one table: a command the table
// allows moves to its state and says so with an event; any other is ignored
// the same way, with no event and nothing changed.

const statuses: SessionStatus[] = ['idle', 'running', 'paused', 'ended'];

interface Driven {
  session: Session;
  clock: FakeClock;
  events: SessionEvent[];
}

function inState(status: SessionStatus): Driven {
  const clock = createFakeClock(0);
  const session = createSession(groupsPlan(['jaw', 'neck']), { clock });
  const events: SessionEvent[] = [];
  session.observe(everyEvent('test', (event) => events.push(event)));
  if (status !== 'idle') {
    session.start();
    clock.advance(12_000); // into jaw's tension
  }
  if (status === 'paused') session.pause();
  if (status === 'ended') session.stop('quit');
  expect(session.state().status).toBe(status);
  return { session, clock, events };
}

const commands: Record<SessionCommand, (driven: Driven) => void> = {
  start: ({ session }) => session.start(),
  pause: ({ session }) => session.pause(),
  resume: ({ session }) => session.resume(),
  next: ({ session }) => session.next(),
  back: ({ session }) => session.back(),
  pain: ({ session }) => session.pain(),
  stop: ({ session }) => session.stop('quit'),
  // The plan running out: the clock while running; while paused, the last
  // phase is reached by hand and passed.
  finish: ({ session, clock }) => {
    if (session.state().status === 'paused') {
      while (session.state().index < session.plan.phases.length - 1) session.next();
      session.next();
    } else clock.advance(session.plan.total_ms);
  },
};

describe('the session state table', () => {
  // Written out, so the tests below, which read the table, cannot agree with a wrong one.
  test('is the one in the design: start, pause and resume, moves, and one way to the end', () => {
    expect(transitions).toEqual({
      idle: { start: 'running', stop: 'ended' },
      running: {
        pause: 'paused',
        next: 'running',
        back: 'running',
        pain: 'running',
        stop: 'ended',
        finish: 'ended',
      },
      paused: {
        resume: 'running',
        next: 'paused',
        back: 'paused',
        pain: 'paused',
        stop: 'ended',
        finish: 'ended',
      },
      ended: {},
    });
    expect(nextStatus('paused', 'back')).toBe('paused');
    expect(nextStatus('running', 'finish')).toBe('ended');
    expect(nextStatus('idle', 'finish')).toBeUndefined();
    expect(nextStatus('ended', 'stop')).toBeUndefined();
  });

  for (const status of statuses) {
    for (const [command, drive] of Object.entries(commands) as Array<
      [SessionCommand, (driven: Driven) => void]
    >) {
      const expected = transitions[status][command];
      test(`${status} + ${command} → ${expected ?? 'ignored'}`, () => {
        const driven = inState(status);
        const before = driven.session.state();
        const seen = driven.events.length;
        drive(driven);
        const after = driven.session.state();
        if (expected === undefined) {
          expect(driven.events.length).toBe(seen);
          expect(after).toEqual(before);
          return;
        }
        expect(after.status).toBe(expected);
        expect(driven.events.length).toBeGreaterThan(seen);
        if (expected === 'ended') expect(driven.events.at(-1)?.type).toBe('end');
      });
    }
  }

  test('togglePause follows the table: running ↔ paused, ignored otherwise', () => {
    for (const status of statuses) {
      const { session } = inState(status);
      session.togglePause();
      const toggled = { running: 'paused', paused: 'running' }[status as 'running'] ?? status;
      expect(session.state().status).toBe(toggled);
    }
  });
});
