import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bindingsFor, keyAction, keyBindings, keyLegend } from '../../src/session/session-keys.js';
import { repoRoot } from '../helpers/run-pmr.js';

// One key table for every place keys are read or shown.

describe('the key table', () => {
  test('no key does two things', () => {
    const keys = keyBindings.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('each output has its own keys: x needs the screen or --json; ? only the screen', () => {
    expect(keyAction('x', 'screen')).toBe('pain');
    expect(keyAction('x', 'json')).toBe('pain');
    expect(keyAction('x', 'plain')).toBeUndefined();
    expect(keyAction('?', 'plain')).toBeUndefined();
    expect(bindingsFor('plain').map((binding) => binding.action)).not.toContain('help');
  });

  test('the legend follows the output and the pause', () => {
    expect(keyLegend('screen', false)).toBe(
      'space pause · → next · ← back · x hurts · q quit · ? help',
    );
    expect(keyLegend('screen', true)).toMatch(/^space resume/);
    expect(keyLegend('plain', false)).toBe('space pause · → next · ← back · q quit');
  });

  test("the README's key table is this table", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('| key ');
    const lines = readme.slice(start).split('\n');
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
