import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { systemClock } from '../../src/session/clock.js';

// The real clock, under vitest's fake timers: no waiting on the wall clock.

describe('the system clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('now is the monotonic performance clock', () => {
    const before = systemClock.now();
    expect(before).toBe(performance.now());
    vi.advanceTimersByTime(1500);
    expect(systemClock.now()).toBe(before + 1500);
  });

  test('a timer fires once its time has come, not before', () => {
    const fired = vi.fn();
    systemClock.setTimer(fired, 1000);
    vi.advanceTimersByTime(999);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fired).toHaveBeenCalledOnce();
  });

  test('a time already past fires at once', () => {
    const fired = vi.fn();
    systemClock.setTimer(fired, -50);
    vi.advanceTimersByTime(0);
    expect(fired).toHaveBeenCalledOnce();
  });

  test('a cancelled timer never fires', () => {
    const fired = vi.fn();
    const cancel = systemClock.setTimer(fired, 1000);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(fired).not.toHaveBeenCalled();
  });
});
