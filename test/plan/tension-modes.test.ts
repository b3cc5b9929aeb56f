import { describe, expect, test } from 'vitest';
import { withBreathing } from '../../src/plan/coaching-words.js';
import type { Plan } from '../../src/plan/phase.js';
import { gentlestMode, planSession, sensitiveMode } from '../../src/plan/plan-session.js';
import { catalog, catalogIds } from '../../src/routine/catalog.js';
import { buildRoutine } from './routine-builder.js';

// Full, micro and imagery tension through the planner: which mode wins, the
// cue each brings, and how long a micro-contraction lasts.

const tenses = (plan: Plan) => plan.phases.filter((phase) => phase.kind === 'tense');

describe('tension modes', () => {
  test('every catalog group has its own micro and imagery cue, unlike its full one', () => {
    for (const id of catalogIds) {
      const group = catalog[id];
      expect(group?.microCue, id).toBeTruthy();
      expect(group?.imageryCue, id).toBeTruthy();
      expect(new Set([group?.tenseCue, group?.microCue, group?.imageryCue]).size, id).toBe(3);
    }
    const all = catalogIds.flatMap((id) => [catalog[id]?.microCue, catalog[id]?.imageryCue]);
    expect(new Set(all).size).toBe(all.length);
  });

  test('full by default: mild tension, the full cue, mode on tense and release phases', () => {
    const plan = planSession(buildRoutine(['jaw']));
    expect(tenses(plan)[0]).toMatchObject({
      mode: 'full',
      cue: withBreathing(catalog.jaw?.tenseCue ?? '', 'full'),
    });
    expect(plan.phases.find((p) => p.kind === 'release')?.mode).toBe('full');
    expect(plan.phases.find((p) => p.kind === 'setup')?.mode).toBeNull();
  });

  test('micro: the micro cue, and the tension lasts at most two seconds', () => {
    const plan = planSession(buildRoutine(['jaw', 'hands'], { mode: 'micro' }));
    for (const phase of tenses(plan)) {
      expect(phase.mode).toBe('micro');
      expect(phase.duration_ms).toBe(2000);
      expect(phase.cue).toBe(withBreathing(catalog[phase.group ?? '']?.microCue ?? '', 'micro'));
    }
    const short = planSession(buildRoutine(['jaw'], { mode: 'micro' }), { tense: 1 });
    expect(tenses(short)[0]?.duration_ms).toBe(1000);
  });

  test('imagery: the imagery cue, with the usual length', () => {
    const plan = planSession(buildRoutine(['neck']), { mode: 'imagery' });
    expect(tenses(plan)[0]).toMatchObject({
      mode: 'imagery',
      cue: withBreathing(catalog.neck?.imageryCue ?? '', 'imagery'),
      duration_ms: 5000,
    });
  });

  test('a step may set its own mode, and keeps its own cue for it', () => {
    const plan = planSession(
      buildRoutine([{ group: 'hands', mode: 'micro', cue: 'Just curl a finger.' }, 'jaw']),
    );
    expect(tenses(plan).map((p) => [p.mode, p.cue])).toEqual([
      ['micro', 'Just curl a finger, and keep breathing.'],
      ['full', withBreathing(catalog.jaw?.tenseCue ?? '', 'full')],
    ]);
  });

  test('the gentlest mode asked for wins: a flag never makes a gentle step harder', () => {
    expect(gentlestMode('full', 'micro', undefined)).toBe('micro');
    expect(gentlestMode('imagery', 'micro')).toBe('imagery');
    expect(gentlestMode(undefined)).toBe('full');
    const plan = planSession(
      buildRoutine([{ group: 'hands', mode: 'imagery', cue: 'Picture your hands.' }, 'jaw']),
      { mode: 'micro' },
    );
    expect(tenses(plan).map((p) => p.mode)).toEqual(['imagery', 'micro']);
    expect(tenses(plan)[0]?.cue).toBe('Picture your hands, breathing easily.');
  });

  test('a step cue written for full tension gives way when a gentler mode is imposed', () => {
    const plan = planSession(buildRoutine([{ group: 'hands', cue: 'Make firm fists.' }]), {
      mode: 'micro',
    });
    expect(tenses(plan)[0]?.cue).toBe(withBreathing(catalog.hands?.microCue ?? '', 'micro'));
  });

  test('groups that hurt before: one mark makes them micro, two imagery; show knows them', () => {
    expect([
      sensitiveMode(undefined),
      sensitiveMode(1),
      sensitiveMode(2),
      sensitiveMode(5),
    ]).toEqual([undefined, 'micro', 'imagery', 'imagery']);
    expect([sensitiveMode(0), sensitiveMode(0.5), sensitiveMode(-1)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const plan = planSession(buildRoutine(['jaw', 'neck', 'hands']), {
      sensitive: { neck: 1, hands: 2, feet: 1 },
    });
    expect(tenses(plan).map((p) => p.mode)).toEqual(['full', 'micro', 'imagery']);
    expect(plan.sensitive).toEqual(['neck', 'hands']);
  });

  test('every announcement and tension carries how it reads when imagined, for a group that hurts', () => {
    const plan = planSession(buildRoutine(['jaw', 'hands']));
    const imagined = plan.phases
      .filter((phase) => phase.kind === 'tense')
      .map((phase) => phase.imagined?.cue);
    expect(imagined).toEqual([
      withBreathing(catalog.jaw?.imageryCue ?? '', 'imagery'),
      withBreathing(catalog.hands?.imageryCue ?? '', 'imagery'),
    ]);
  });
});

describe('--position', () => {
  test('opens with a setup for that supported position, over the routine’s', () => {
    const setup = (position?: 'sitting' | 'lying' | 'reclined' | 'side') =>
      planSession(buildRoutine(['jaw'], { position: 'sitting' }), position ? { position } : {})
        .phases[0]?.cue;
    expect(setup()).toMatch(/lower back/);
    expect(setup('lying')).toMatch(/pillow under your knees/);
    expect(setup('reclined')).toMatch(/lower back supported/);
    expect(setup('side')).toMatch(/pillow between your knees/);
  });
});
