import { describe, expect, test } from 'vitest';
import { createDispatcher } from '../../src/session/observer-dispatcher.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import type { SessionObserver } from '../../src/session/session-observer.js';
import { groupsPlan } from './plan-builder.js';

// The one contract for followers: hooks in order, errors isolated, and every
// end awaited in turn before the session counts as settled.

const phase = groupsPlan(['jaw']).phases[0];
if (!phase) throw new Error('the test plan has phases');
const progress = { elapsed_ms: 0, phases_done: 1, groups_done: [] };
const start: SessionEvent = {
  type: 'start',
  at_ms: 0,
  routine: 'test',
  title: 'Test',
  total_ms: 1,
  phases: 1,
};
const phaseEvent: SessionEvent = { type: 'phase', at_ms: 0, phase, progress };
const end: SessionEvent = {
  type: 'end',
  at_ms: 5,
  completed: true,
  reason: 'completed',
  ...progress,
};

function recording(name: string, log: string[], extra: Partial<SessionObserver> = {}) {
  return {
    name,
    onStart: () => log.push(`${name} start`),
    onPhase: () => log.push(`${name} phase`),
    onEnd: () => {
      log.push(`${name} end`);
    },
    ...extra,
  } satisfies SessionObserver;
}

describe('the observer dispatcher', () => {
  test('calls each hook on every observer, in the order they were added', async () => {
    const log: string[] = [];
    const dispatcher = createDispatcher(() => {});
    dispatcher.add(recording('a', log));
    dispatcher.add(recording('b', log));
    for (const event of [start, phaseEvent, end]) dispatcher.dispatch(event);
    await dispatcher.settled;
    expect(log).toEqual(['a start', 'b start', 'a phase', 'b phase', 'a end', 'b end']);
  });

  test('an observer that throws is detached and named once; the others go on', async () => {
    const log: string[] = [];
    const failures: string[] = [];
    const dispatcher = createDispatcher((name, error) =>
      failures.push(`${name}: ${(error as Error).message}`),
    );
    dispatcher.add(
      recording('broken', log, {
        onStart: () => {
          throw new Error('no terminal');
        },
        detach: () => log.push('broken detached'),
      }),
    );
    dispatcher.add(recording('fine', log));
    for (const event of [start, phaseEvent, end]) dispatcher.dispatch(event);
    await dispatcher.settled;
    expect(log).toEqual(['broken detached', 'fine start', 'fine phase', 'fine end']);
    expect(failures).toEqual(['broken: no terminal']);
  });

  test('each end begins once the one before it has settled; settled waits for all', async () => {
    const log: string[] = [];
    let finishFirst: () => void = () => {};
    const dispatcher = createDispatcher(() => {});
    dispatcher.add({
      name: 'slow',
      onEnd: () =>
        new Promise<void>((resolve) => {
          finishFirst = () => {
            log.push('slow end');
            resolve();
          };
        }),
    });
    dispatcher.add(recording('after', log));
    let settled = false;
    void dispatcher.settled.then(() => {
      settled = true;
    });
    dispatcher.dispatch(end);
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(settled).toBe(false);
    finishFirst();
    await dispatcher.settled;
    expect(log).toEqual(['slow end', 'after end']);
  });

  test('an end that rejects is reported, and the next end still runs', async () => {
    const log: string[] = [];
    const failures: string[] = [];
    const dispatcher = createDispatcher((name) => failures.push(name));
    dispatcher.add({ name: 'history', onEnd: () => Promise.reject(new Error('disk full')) });
    dispatcher.add(recording('screen', log));
    dispatcher.dispatch(end);
    await dispatcher.settled;
    expect(failures).toEqual(['history']);
    expect(log).toEqual(['screen end']);
  });

  test('removing an observer detaches it; nothing is dispatched after the end', async () => {
    const log: string[] = [];
    const dispatcher = createDispatcher(() => {});
    const remove = dispatcher.add(recording('a', log, { detach: () => log.push('a detached') }));
    remove();
    dispatcher.dispatch(start);
    dispatcher.dispatch(end);
    await dispatcher.settled;
    dispatcher.add(recording('late', log));
    dispatcher.dispatch(phaseEvent);
    expect(log).toEqual(['a detached']);
  });
});
