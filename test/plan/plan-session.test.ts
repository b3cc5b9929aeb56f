import { describe, expect, test } from 'vitest';
import { planUsageError } from '../../src/cli/pacing-flags.js';
import type { Pacing } from '../../src/plan/pacing.js';
import type { Plan } from '../../src/plan/phase.js';
import { type PacingField, PlanError } from '../../src/plan/plan-error.js';
import { planSession } from '../../src/plan/plan-session.js';
import { catalog } from '../../src/routine/catalog.js';
import { buildRoutine } from './routine-builder.js';

const kinds = (plan: Plan) => plan.phases.map((phase) => phase.kind);
const tenseGroups = (plan: Plan) =>
  plan.phases.filter((phase) => phase.kind === 'tense').map((phase) => phase.group);
const durationsOf = (plan: Plan, kind: string) =>
  plan.phases.filter((phase) => phase.kind === kind).map((phase) => phase.duration_ms);

function expectConsistent(plan: Plan): void {
  let offset = 0;
  plan.phases.forEach((phase, index) => {
    expect(phase.index).toBe(index);
    expect(phase.offset_ms).toBe(offset);
    expect(Number.isInteger(phase.duration_ms)).toBe(true);
    expect(phase.duration_ms).toBeGreaterThan(0);
    offset += phase.duration_ms;
  });
  expect(plan.total_ms).toBe(offset);
}

describe('the timeline', () => {
  test('setup, opening breaths, then each group announced, tensed, released; scan, closing', () => {
    const plan = planSession(buildRoutine(['jaw', 'neck'], { breaths: 2 }));
    expect(kinds(plan)).toEqual([
      'setup',
      'breathe-in',
      'breathe-out',
      'breathe-in',
      'breathe-out',
      'prepare',
      'tense',
      'release',
      'prepare',
      'tense',
      'release',
      'scan',
      'closing',
    ]);
    expectConsistent(plan);
    expect(plan.steps).toBe(2);
    const [prepare, tense, release] = plan.phases.slice(5, 8);
    const instruction = 'Bring your back teeth lightly together, and keep breathing.';
    expect(prepare).toMatchObject({ group: 'jaw', label: 'Jaw', step: 0, cue: instruction });
    expect(prepare?.speech).toEqual([{ at_ms: 0, text: `Jaw next. ${instruction}` }]);
    expect(tense).toMatchObject({ group: 'jaw', step: 0, duration_ms: 5000, cue: instruction });
    expect(tense?.speech).toEqual([{ at_ms: 0, text: 'Now.' }]);
    expect(release?.speech).toEqual([
      { at_ms: 0, text: 'And release, breathe out. Let your jaw hang loose, lips apart.' },
    ]);
    expect(plan.phases[12]?.cue).toBe('Breathe in, and as you breathe out, think "soften".');
    expect(plan.phases[12]?.duration_ms).toBe(10_000);
  });

  test('every phase outside a group has its own label and cue', () => {
    const plan = planSession(
      buildRoutine(['jaw', 'neck', 'hands'], { breaths: 1, between: 'breath', closing: 'calm' }),
    );
    const shown = plan.phases
      .filter((phase) => !['prepare', 'tense', 'release'].includes(phase.kind))
      .map((phase) => [phase.kind, phase.label, phase.cue, phase.group, phase.step]);
    expect(shown).toEqual([
      [
        'setup',
        'Settle in',
        'Loosen anything tight and slip off your shoes. Sit back, feet flat, a cushion or rolled towel at your lower back. Close your eyes, or let your gaze rest softly.',
        null,
        null,
      ],
      ['breathe-in', 'Breathe', 'Breathe in slowly through your nose.', null, null],
      ['breathe-out', 'Breathe', 'Breathe out, slower than you breathed in.', null, null],
      ['breathe-in', 'Breathe', 'Breathe in gently.', 'jaw', 0],
      ['breathe-out', 'Breathe', 'And out, letting go a little more.', 'jaw', 0],
      ['breathe-in', 'Breathe', 'Breathe in gently.', 'neck', 1],
      ['breathe-out', 'Breathe', 'And out, letting go a little more.', 'neck', 1],
      [
        'scan',
        'Whole body',
        'Travel from head to toes; notice what feels heavier, warmer, softer.',
        null,
        null,
      ],
      ['closing', 'Closing', 'Breathe in, and as you breathe out, think "calm".', null, null],
    ]);
    const rest = planSession(buildRoutine(['jaw', 'neck'], { between: 'rest' })).phases.find(
      (phase) => phase.kind === 'rest',
    );
    expect(rest).toMatchObject({
      label: 'Rest',
      cue: 'Stay with the quiet and notice the difference.',
      group: 'jaw',
      step: 0,
      mode: null,
    });
  });

  test('the plan names its routine', () => {
    const routine = buildRoutine(['jaw'], {
      name: 'desk',
      title: 'At the desk',
      summary: 'A short one.',
      position: 'reclined',
      source: { kind: 'user', file: '/home/me/desk.yaml' },
    });
    expect(planSession(routine).routine).toEqual({
      name: 'desk',
      title: 'At the desk',
      summary: 'A short one.',
      position: 'reclined',
      source: 'user',
      file: '/home/me/desk.yaml',
    });
  });

  test('a step whose group is defined nowhere still plans, named by its id', () => {
    const routine = buildRoutine(['tail'], { groups: {} });
    const cues = (mode: 'full' | 'micro' | 'imagery') =>
      planSession(routine, { mode })
        .phases.filter((phase) => phase.group === 'tail')
        .map((phase) => [phase.kind, phase.label, phase.cue]);
    expect(cues('full')).toEqual([
      ['prepare', 'tail', 'Keep breathing.'],
      ['tense', 'tail', 'Keep breathing.'],
      ['release', 'tail', ''],
    ]);
    expect(cues('micro')[1]).toEqual([
      'tense',
      'tail',
      'tail: engage it only just, enough to notice, and keep breathing.',
    ]);
    expect(cues('imagery')[1]).toEqual([
      'tense',
      'tail',
      'tail: stay still and imagine it firming, then letting go, breathing easily.',
    ]);
    const tension = planSession(routine).phases.find((phase) => phase.kind === 'tense');
    expect(tension?.imagined?.cue).toBe(
      'tail: stay still and imagine it firming, then letting go, breathing easily.',
    );
  });

  test('between: breath and rest follow every release but the last', () => {
    const withBreath = planSession(buildRoutine(['jaw', 'neck', 'hands'], { between: 'breath' }));
    expect(kinds(withBreath).filter((kind) => kind === 'breathe-in')).toHaveLength(2);
    const breathAfterJaw = withBreath.phases.find((phase) => phase.kind === 'breathe-in');
    expect(breathAfterJaw).toMatchObject({ group: 'jaw', step: 0 });
    const withRest = planSession(buildRoutine(['jaw', 'neck'], { between: 'rest' }));
    expect(durationsOf(withRest, 'rest')).toEqual([5000]);
    const noRest = planSession(
      buildRoutine(['jaw', 'neck'], {
        between: 'rest',
        pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 0 },
      }),
    );
    expect(durationsOf(noRest, 'rest')).toEqual([]);
  });

  test('per-step seconds and cues override the pace and the catalog', () => {
    const plan = planSession(
      buildRoutine([{ group: 'hands', tense: 3, release: 25, cue: 'Fists.', releaseCue: 'Open.' }]),
    );
    expect(plan.phases.find((phase) => phase.kind === 'tense')).toMatchObject({
      duration_ms: 3000,
      cue: 'Fists, and keep breathing.',
    });
    expect(plan.phases.find((phase) => phase.kind === 'release')).toMatchObject({
      duration_ms: 25_000,
      cue: 'Open.',
    });
  });

  test('the setup describes the routine position', () => {
    const lying = planSession(buildRoutine(['jaw'], { position: 'side' }));
    expect(lying.phases[0]?.cue).toMatch(/pillow between your knees/);
  });

  test('the same input gives the same plan', () => {
    const routine = buildRoutine(['jaw', 'neck'], { between: 'breath' });
    expect(planSession(routine, { minutes: 3 })).toEqual(planSession(routine, { minutes: 3 }));
  });
});

describe('pacing flags', () => {
  const routine = buildRoutine(['feet', 'calves', 'hands', 'shoulders', 'face'], {
    breaths: 3,
    between: 'breath',
  });

  test('--tense and --release apply to every step, even one with its own seconds', () => {
    const withOwn = buildRoutine([{ group: 'jaw', release: 30 }, 'neck']);
    const plan = planSession(withOwn, { tense: 7, release: 12 });
    expect(durationsOf(plan, 'tense')).toEqual([7000, 7000]);
    expect(durationsOf(plan, 'release')).toEqual([12_000, 12_000]);
  });

  test('--slow lengthens releases and breaths but not tension', () => {
    const normal = planSession(routine);
    const slow = planSession(routine, { slow: true });
    expect(durationsOf(slow, 'tense')).toEqual(durationsOf(normal, 'tense'));
    // Whole seconds: 15 × 1.5 is said as 23, not 22.5.
    expect(durationsOf(slow, 'release')[0]).toBe(23_000);
    expect(durationsOf(slow, 'breathe-out')[0]).toBe(9000);
    expect(durationsOf(slow, 'breathe-in')[0]).toBe(5000);
    const rests = buildRoutine(['jaw', 'neck'], { between: 'rest' });
    expect(durationsOf(planSession(rests, { slow: true }), 'rest')).toEqual([8000]);
    expect(durationsOf(planSession(rests, { slow: true }), 'scan')).toEqual([45_000]);
    expect(slow.total_ms).toBeGreaterThan(normal.total_ms * 1.25);
    expect([normal.speech_wpm, slow.speech_wpm]).toEqual([150, 125]);
    expect(planSession(buildRoutine(['jaw'], { bedtime: true })).speech_wpm).toBe(125);
  });

  test('--breaths, --repeat and --no-scan', () => {
    expect(kinds(planSession(routine, { breaths: 0 })).slice(0, 2)).toEqual(['setup', 'prepare']);
    const twice = planSession(routine, { repeat: 2 });
    expect(tenseGroups(twice)).toEqual([
      'feet',
      'feet',
      'calves',
      'calves',
      'hands',
      'hands',
      'shoulders',
      'shoulders',
      'face',
      'face',
    ]);
    expect(twice.steps).toBe(10);
    expect(
      twice.phases.filter((phase) => phase.kind === 'tense').map((phase) => phase.step),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(kinds(planSession(routine, { scan: false }))).not.toContain('scan');
  });

  test('--only, --skip, --reverse and --start-with', () => {
    expect(tenseGroups(planSession(routine, { only: ['face', 'feet'] }))).toEqual(['feet', 'face']);
    expect(tenseGroups(planSession(routine, { skip: ['calves', 'hands'] }))).toEqual([
      'feet',
      'shoulders',
      'face',
    ]);
    expect(tenseGroups(planSession(routine, { reverse: true }))).toEqual([
      'face',
      'shoulders',
      'hands',
      'calves',
      'feet',
    ]);
    expect(tenseGroups(planSession(routine, { startWith: 'hands' }))).toEqual([
      'hands',
      'shoulders',
      'face',
      'feet',
      'calves',
    ]);
    expect(tenseGroups(planSession(routine, { reverse: true, startWith: 'calves' }))).toEqual([
      'calves',
      'feet',
      'face',
      'shoulders',
      'hands',
    ]);
  });

  // Phase by phase in fit-to-minutes.test.ts.
  test('--minutes fits to the second, never touching tension', () => {
    for (const minutes of [4, 5, 7.25, 9, 10.5]) {
      const plan = planSession(routine, { minutes });
      expectConsistent(plan);
      expect(plan.total_ms).toBe(Math.round(minutes * 60) * 1000);
      expect(durationsOf(plan, 'tense')).toEqual([5000, 5000, 5000, 5000, 5000]);
      expect(plan.left_out).toEqual([]);
    }
  });

  test('--minutes that cannot fit names the shortest and longest sessions', () => {
    expect(() => planSession(routine, { minutes: 1 })).toThrow(
      /^minutes 1 is too short for this session: it can run from \d+\.\d to \d+\.\d minutes\.$/,
    );
    expect(() => planSession(buildRoutine(['jaw']), { minutes: 60 })).toThrow(/too long/);
  });

  test('the suggested range always works', () => {
    const message = (() => {
      try {
        planSession(routine, { minutes: 1 });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    const [, low, high] = /from ([\d.]+) to ([\d.]+)/.exec(message) ?? [];
    for (const minutes of [Number(low), Number(high)]) {
      expect(planSession(routine, { minutes }).total_ms).toBe(Math.round(minutes * 60_000));
    }
  });
});

describe('contradictions are usage errors that say what works', () => {
  // left-hand is one of this routine's own groups, though none of its steps uses it.
  const routine = buildRoutine(['jaw', 'shoulders', 'hands', 'lower-back'], {
    groups: {
      ...catalog,
      'left-hand': {
        id: 'left-hand',
        label: 'Left hand',
        tenseCue: 'Make a soft fist.',
        releaseCue: 'Let it open.',
        microCue: 'Curl a finger.',
        imageryCue: 'Picture a soft fist.',
      },
    },
  });
  test.each<[Pacing, string, PacingField[]]>([
    [
      { only: ['jaw'], skip: ['jaw'] },
      '--only and --skip both name "jaw"; use one or the other for it.',
      ['only', 'skip'],
    ],
    [
      { only: ['sholders'] },
      '--only: unknown group "sholders" — did you mean "shoulders"? This routine\'s groups: jaw, shoulders, hands, lower-back.',
      ['only'],
    ],
    [
      { only: ['zzz'] },
      '--only: unknown group "zzz". This routine\'s groups: jaw, shoulders, hands, lower-back.',
      ['only'],
    ],
    [
      { skip: ['calves'] },
      '--skip calves: "calves" is not in this routine; its groups are: jaw, shoulders, hands, lower-back.',
      ['skip'],
    ],
    [
      { skip: ['left-hand'] },
      '--skip left-hand: "left-hand" is not in this routine; its groups are: jaw, shoulders, hands, lower-back.',
      ['skip'],
    ],
    [
      { skip: ['jaw', 'shoulders', 'hands', 'lower-back'] },
      'nothing left to do: --skip removed every group. Keep at least one of: jaw, shoulders, hands, lower-back.',
      ['skip'],
    ],
    [
      { skip: ['jaw'], startWith: 'jaw' },
      '--start-with jaw: that group was left out; start with one of: shoulders, hands, lower-back.',
      ['startWith'],
    ],
    [
      { startWith: 'sholders' },
      '--start-with: unknown group "sholders" — did you mean "shoulders"? This routine\'s groups: jaw, shoulders, hands, lower-back.',
      ['startWith'],
    ],
    [{ minutes: 0.1 }, '--minutes must be between 1 and 90.', ['minutes']],
    [{ release: 9 }, '--release must be between 10 and 60 seconds.', ['release']],
    [{ tense: 11 }, '--tense must be between 1 and 10 seconds.', ['tense']],
    [{ breaths: 1.5 }, '--breaths must be between 0 and 10.', ['breaths']],
    [{ repeat: 4 }, '--repeat must be between 1 and 3.', ['repeat']],
    [{ repeat: 1.5 }, '--repeat must be between 1 and 3.', ['repeat']],
  ])('%j', (pacing, message, fields) => {
    let thrown: unknown;
    try {
      planSession(routine, pacing);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PlanError);
    expect(thrown).toMatchObject({ name: 'PlanError', fields });
    const usage = planUsageError(thrown as PlanError);
    expect(usage.message).toBe(message);
    expect(usage.exitCode).toBe(2);
    // Without the command line, the same message names the plain fields.
    expect((thrown as PlanError).message).not.toContain('--');
  });
});
