import { describe, expect, test } from 'vitest';
import { phaseKinds } from '../../src/plan/phase.js';
import { phaseToJson } from '../../src/plan/phase-json.js';
import { phaseWords, phaseWordWidth } from '../../src/plan/phase-words.js';
import { planSession } from '../../src/plan/plan-session.js';
import { buildRoutine } from './routine-builder.js';

// How a phase is named and published, the same everywhere it appears.

describe('phase words', () => {
  test('each kind has the word the README gives it, all different', () => {
    expect(phaseKinds.map((kind) => phaseWords[kind])).toEqual([
      'SETTLE',
      'BREATHE IN',
      'BREATHE OUT',
      'TENSE',
      'RELEASE',
      'REST',
      'SCAN',
      'CLOSE',
    ]);
  });

  test('the width is that of the longest word, so columns line up', () => {
    expect(phaseWordWidth).toBe('BREATHE OUT'.length);
  });
});

describe('a phase as JSON', () => {
  test('every field of the phase, and nothing else', () => {
    const phase = planSession(buildRoutine(['jaw'])).phases[1];
    if (!phase) throw new Error('the plan has a tension');
    const json = phaseToJson({ ...phase, extra: 'not published' } as typeof phase);
    expect(json).toEqual({
      index: 1,
      kind: 'tense',
      group: 'jaw',
      label: 'Jaw',
      cue: 'Bring your back teeth lightly together.',
      offset_ms: 10_000,
      duration_ms: 5000,
      step: 0,
      mode: 'full',
    });
    expect(Object.keys(json)).toEqual([
      'index',
      'kind',
      'group',
      'label',
      'cue',
      'offset_ms',
      'duration_ms',
      'step',
      'mode',
    ]);
  });
});
