import { describe, expect, test } from 'vitest';
import { sessionExitCode } from '../../src/cli/exit-code.js';
import { keyAction } from '../../src/cli/key-controls.js';
import type { EndEvent } from '../../src/session/session.js';

describe('keyAction', () => {
  test.each([
    [' ', { name: 'space' }, 'pause'],
    ['p', { name: 'p' }, 'pause'],
    [undefined, { name: 'right' }, 'next'],
    ['n', { name: 'n' }, 'next'],
    [undefined, { name: 'left' }, 'back'],
    ['b', { name: 'b' }, 'back'],
    ['q', { name: 'q' }, 'quit'],
    ['\u0003', { name: 'c', ctrl: true }, 'interrupt'],
    ['x', { name: 'x' }, 'pain'],
    ['z', { name: 'z' }, undefined],
  ])('%j %j → %s', (input, key, action) => {
    expect(keyAction(input, key)).toBe(action);
  });
});

describe('sessionExitCode', () => {
  const end = (reason: EndEvent['reason']): EndEvent => ({
    type: 'end',
    at_ms: 0,
    completed: reason === 'completed',
    reason,
    elapsed_ms: 0,
    phases_done: 0,
    groups_done: [],
  });
  test('0 for completed and quit, 128+n for signals, 1 for errors', () => {
    expect(sessionExitCode(end('completed'), undefined)).toBe(0);
    expect(sessionExitCode(end('quit'), undefined)).toBe(0);
    expect(sessionExitCode(end('interrupted'), undefined)).toBe(130);
    expect(sessionExitCode(end('terminated'), 'SIGTERM')).toBe(143);
    expect(sessionExitCode(end('terminated'), 'SIGHUP')).toBe(129);
    expect(sessionExitCode(end('error'), undefined)).toBe(1);
  });
});
