import { describe, expect, test } from 'vitest';
import { phaseKinds } from '../../src/plan/phase.js';
import { phaseToJson } from '../../src/plan/phase-json.js';
import { phaseWord, phaseWords, phaseWordWidth } from '../../src/plan/phase-words.js';
import { planSession } from '../../src/plan/plan-session.js';
import { buildRoutine } from './routine-builder.js';

// How a phase is named and published, the same everywhere it appears.

describe('phase words', () => {
  test('each kind has the word the README gives it, all different', () => {
    expect(phaseKinds.map((kind) => phaseWords[kind])).toEqual([
      'SETTLE',
      'BREATHE IN',
      'BREATHE OUT',
      'NEXT',
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
  test('every published field of the phase, and nothing else (how it reads imagined stays inside)', () => {
    const plan = planSession(buildRoutine(['jaw']));
    const phase = plan.phases[2];
    if (phase?.kind !== 'tense') throw new Error('the plan has a tension third');
    const json = phaseToJson({ ...phase, extra: 'not published' } as typeof phase);
    expect(json).toEqual({
      index: 2,
      kind: 'tense',
      group: 'jaw',
      label: 'Jaw',
      cue: 'Bring your back teeth lightly together, and keep breathing.',
      offset_ms: (plan.phases[0]?.duration_ms ?? 0) + (plan.phases[1]?.duration_ms ?? 0),
      duration_ms: 5000,
      step: 0,
      mode: 'full',
      place: { group: 1, groups: 1, round: 1, rounds: 1 },
      speech: [{ at_ms: 0, text: 'Now.' }],
      prompts: [],
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
      'place',
      'speech',
      'prompts',
    ]);
  });

  test('an imagined tension is called IMAGINE, never TENSE', () => {
    expect(phaseWord({ kind: 'tense', mode: 'imagery' })).toBe('IMAGINE');
    expect(phaseWord({ kind: 'tense', mode: 'micro' })).toBe('TENSE');
    expect(phaseWord({ kind: 'release', mode: 'imagery' })).toBe('RELEASE');
  });
});
