import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  bindingsFor,
  type KeyAction,
  keyAction,
  keyBindings,
  keyLegend,
  type SessionOutput,
} from '../../src/session/session-keys.js';
import { repoRoot } from '../helpers/run-pmr.js';

// The keys of a session, as a person meets them: what each key does in each
// output, the one-line legend, and the help panel's lines.

const outputs: SessionOutput[] = ['screen', 'plain', 'json'];

describe('what each key does', () => {
  const everywhere: Array<[string, KeyAction]> = [
    ['space', 'pause'],
    ['p', 'pause'],
    ['right', 'next'],
    ['n', 'next'],
    ['l', 'next'],
    ['left', 'back'],
    ['b', 'back'],
    ['h', 'back'],
    ['q', 'quit'],
    ['escape', 'quit'],
    ['ctrl-c', 'interrupt'],
    ['ctrl-z', 'suspend'],
  ];

  test.each(everywhere)('%s: %s, in every output', (key, action) => {
    for (const output of outputs) expect(keyAction(key, output), output).toBe(action);
  });

  test('x (this hurts) on the screen and in JSON, not in plain lines; ? only on the screen', () => {
    expect(outputs.map((output) => keyAction('x', output))).toEqual(['pain', undefined, 'pain']);
    expect(outputs.map((output) => keyAction('?', output))).toEqual(['help', undefined, undefined]);
  });

  test('any other key, or none, does nothing', () => {
    for (const output of outputs) {
      expect(keyAction('z', output)).toBeUndefined();
      expect(keyAction('', output)).toBeUndefined();
      expect(keyAction(undefined, output)).toBeUndefined();
    }
  });

  test('each action has one binding, and no key does two things', () => {
    const actions = keyBindings.map((binding) => binding.action);
    expect(new Set(actions).size).toBe(actions.length);
    const keys = keyBindings.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the legend', () => {
  test('on the screen, with the word for resuming while paused', () => {
    expect(keyLegend('screen', false)).toBe(
      'space pause · → next · ← back · x hurts · q quit · ? help',
    );
    expect(keyLegend('screen', true)).toBe(
      'space resume · → next · ← back · x hurts · q quit · ? help',
    );
  });

  test('plain lines and JSON leave out what they cannot do; any separator', () => {
    expect(keyLegend('plain', false)).toBe('space pause · → next · ← back · q quit');
    expect(keyLegend('json', false, ', ')).toBe('space pause, → next, ← back, x hurts, q quit');
  });
});

describe('the help panel', () => {
  test('every key on the screen, as people read it, with what it does', () => {
    expect(bindingsFor('screen').map(({ shown, help }) => `${shown}: ${help}`)).toEqual([
      'space, p: pause and resume (the countdown freezes)',
      '→, n: next phase',
      '←, b: this group again, or the one before if just begun',
      'x: this hurts: ease off, and only imagine that group from now on',
      'q, Esc: stop, with a short summary',
      'Ctrl-C: stop at once, as the signal would',
      'Ctrl-Z: pause and step out to the shell; fg comes back',
      '?: help in place of the cue, and back',
    ]);
  });

  test('plain lines and JSON list only their own keys', () => {
    const actions = (output: SessionOutput) => bindingsFor(output).map(({ action }) => action);
    expect(actions('plain')).toEqual(['pause', 'next', 'back', 'quit', 'interrupt', 'suspend']);
    expect(actions('json')).toEqual([
      'pause',
      'next',
      'back',
      'pain',
      'quit',
      'interrupt',
      'suspend',
    ]);
  });
});

describe('the README', () => {
  test('its key table is this table', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const lines = readme.slice(readme.indexOf('| key ')).split('\n');
    const tableEnd = lines.findIndex((line) => !line.startsWith('|'));
    const rows = lines.slice(2, tableEnd).map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
    expect(rows).toEqual(keyBindings.map((binding) => [binding.shown, binding.help]));
  });
});
