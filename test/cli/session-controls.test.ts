import { describe, expect, test } from 'vitest';
import { sessionExitCode } from '../../src/cli/exit-code.js';
import { keypressName } from '../../src/cli/key-controls.js';
import { keyAction } from '../../src/session/session-keys.js';

describe('keys beside --plain and --json, from the one key table', () => {
  test.each([
    [' ', { name: 'space' }, 'pause'],
    ['p', { name: 'p' }, 'pause'],
    [undefined, { name: 'right' }, 'next'],
    ['n', { name: 'n' }, 'next'],
    [undefined, { name: 'left' }, 'back'],
    ['b', { name: 'b' }, 'back'],
    ['q', { name: 'q' }, 'quit'],
    ['\u001b', { name: 'escape' }, 'quit'],
    ['\u0003', { name: 'c', ctrl: true }, 'interrupt'],
    ['\u001a', { name: 'z', ctrl: true }, 'suspend'],
    ['x', { name: 'x' }, 'pain'],
    ['X', { name: 'x', shift: true }, 'pain'],
    ['?', {}, undefined],
    ['z', { name: 'z' }, undefined],
  ])('%j %j → %s', (input, key, action) => {
    expect(keyAction(keypressName(input, key), 'json')).toBe(action);
  });

  test('x (this hurts) needs the screen or a program reading --json; plain lines stop with q', () => {
    expect(keyAction('x', 'plain')).toBeUndefined();
    expect(keyAction('?', 'screen')).toBe('help');
  });
});

describe('sessionExitCode', () => {
  test('0 for completed and quit, 128+n for signals, 141 for a closed output, 1 for errors', () => {
    expect(sessionExitCode('completed')).toBe(0);
    expect(sessionExitCode('quit')).toBe(0);
    expect(sessionExitCode('interrupted')).toBe(130);
    expect(sessionExitCode('terminated')).toBe(143);
    expect(sessionExitCode('closed')).toBe(141);
    expect(sessionExitCode('error')).toBe(1);
  });
});
