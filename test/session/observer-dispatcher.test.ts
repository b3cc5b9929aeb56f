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
  speech_wpm: 150,
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

  test('each kind of event goes to its own hook', async () => {
    const seen: string[] = [];
    const dispatcher = createDispatcher(() => {});
    const hook = (name: string) => (event: SessionEvent) => {
      seen.push(`${name} ${event.type}`);
    };
    dispatcher.add({
      name: 'every hook',
      onStart: hook('onStart'),
      onPhase: hook('onPhase'),
      onPause: hook('onPause'),
      onResume: hook('onResume'),
      onSkip: hook('onSkip'),
      onBack: hook('onBack'),
      onPain: hook('onPain'),
      onEnd: hook('onEnd'),
    });
    const events: SessionEvent[] = [
      start,
      phaseEvent,
      { type: 'pause', at_ms: 1, index: 0 },
      { type: 'resume', at_ms: 2, index: 0, paused_ms: 1 },
      { type: 'skip', at_ms: 3, from: 0, to: 1 },
      { type: 'back', at_ms: 4, from: 1, to: 0 },
      { type: 'pain', at_ms: 5, index: 0, group: null },
      end,
    ];
    for (const event of events) dispatcher.dispatch(event);
    await dispatcher.settled;
    expect(seen).toEqual([
      'onStart start',
      'onPhase phase',
      'onPause pause',
      'onResume resume',
      'onSkip skip',
      'onBack back',
      'onPain pain',
      'onEnd end',
    ]);
  });

  test('hooks are optional: an observer with none is followed without a failure', async () => {
    const failures: string[] = [];
    const dispatcher = createDispatcher((name) => failures.push(name));
    const remove = dispatcher.add({ name: 'quiet' });
    for (const event of [start, phaseEvent]) dispatcher.dispatch(event);
    expect(() => remove()).not.toThrow();
    dispatcher.add({ name: 'quiet to the end' });
    dispatcher.dispatch(end);
    await dispatcher.settled;
    expect(failures).toEqual([]);
  });

  test('an observer removed by another during an event misses that event', async () => {
    const log: string[] = [];
    const dispatcher = createDispatcher(() => {});
    let removeSecond: () => void = () => {};
    dispatcher.add(
      recording('first', log, {
        onStart: () => {
          log.push('first start');
          removeSecond();
        },
      }),
    );
    removeSecond = dispatcher.add(recording('second', log));
    dispatcher.dispatch(start);
    dispatcher.dispatch(end);
    await dispatcher.settled;
    expect(log).toEqual(['first start', 'first end']);
  });

  test('an observer removed during an earlier end is not ended', async () => {
    const log: string[] = [];
    const dispatcher = createDispatcher(() => {});
    let removeSecond: () => void = () => {};
    dispatcher.add({
      name: 'first',
      onEnd: () => {
        log.push('first end');
        removeSecond();
      },
    });
    removeSecond = dispatcher.add(
      recording('second', log, { detach: () => log.push('second detached') }),
    );
    dispatcher.dispatch(end);
    await dispatcher.settled;
    expect(log).toEqual(['first end', 'second detached']);
  });

  test('once the end is dispatched, nothing more is, even while an end is still running', async () => {
    const log: string[] = [];
    let finish: () => void = () => {};
    const dispatcher = createDispatcher(() => {});
    dispatcher.add(
      recording('slow', log, {
        onEnd: () =>
          new Promise<void>((resolve) => {
            log.push('slow end');
            finish = resolve;
          }),
      }),
    );
    dispatcher.dispatch(end);
    dispatcher.dispatch(phaseEvent);
    dispatcher.dispatch(end);
    finish();
    await dispatcher.settled;
    expect(log).toEqual(['slow end']);
  });

  test('after the end, removing or adding an observer detaches nothing', async () => {
    const log: string[] = [];
    const dispatcher = createDispatcher(() => {});
    const remove = dispatcher.add(recording('a', log, { detach: () => log.push('a detached') }));
    dispatcher.dispatch(end);
    await dispatcher.settled;
    remove();
    const removeLate = dispatcher.add(
      recording('late', log, { detach: () => log.push('late detached') }),
    );
    removeLate();
    expect(log).toEqual(['a end']);
  });
});
