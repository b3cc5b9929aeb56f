import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/plan/phase.js';
import { planSession } from '../../src/plan/plan-session.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { repoRoot } from '../helpers/run-pmr.js';

// The built-in routines are timed and ordered as the guide describes.

const dir = join(repoRoot, 'routines');
const plans = new Map<string, Plan>();
for (const file of readdirSync(dir)) {
  const path = join(dir, file);
  const result = parseRoutine(readFileSync(path, 'utf8'), { kind: 'built-in', file: path });
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  plans.set(result.routine.name, planSession(result.routine));
}
const minutes = (name: string) => (plans.get(name)?.total_ms ?? 0) / 60_000;
const tensed = (name: string) =>
  plans
    .get(name)
    ?.phases.filter((phase) => phase.kind === 'tense')
    .map((phase) => phase.group) ?? [];
/** Average length of one tense–release round, with what follows it. */
const perRound = (name: string) => {
  const plan = plans.get(name);
  if (!plan) return 0;
  const inSteps = plan.phases.filter((phase) => phase.step !== null);
  return inSteps.reduce((sum, phase) => sum + phase.duration_ms, 0) / plan.steps;
};

describe('built-in routines', () => {
  test('all five are there and valid', () => {
    expect([...plans.keys()].sort()).toEqual(['anxiety', 'back', 'bedtime', 'classic', 'work']);
  });

  test('classic: nine groups from the feet upward, the jaw after the face, three breaths, gentle 5 s tension, 10–20 s releases, 8–15 min', () => {
    expect([...new Set(tensed('classic'))]).toEqual([
      'feet',
      'calves',
      'thighs',
      'glutes',
      'hands',
      'upper-arms',
      'shoulders',
      'face',
      'jaw',
    ]);
    const phases = plans.get('classic')?.phases ?? [];
    expect(
      phases.filter((phase) => phase.step === null && phase.kind === 'breathe-in'),
    ).toHaveLength(3);
    for (const phase of phases.filter((p) => p.kind === 'tense'))
      expect(phase.duration_ms).toBe(5000);
    for (const phase of phases.filter((p) => p.kind === 'release')) {
      expect(phase.duration_ms).toBeGreaterThanOrEqual(10_000);
      expect(phase.duration_ms).toBeLessThanOrEqual(20_000);
    }
    expect(phases.at(-2)?.kind).toBe('scan');
    expect(minutes('classic')).toBeGreaterThanOrEqual(8);
    expect(minutes('classic')).toBeLessThanOrEqual(15);
  });

  test('work: jaw, shoulders, hands, lower back with a breath between, 4–6 min', () => {
    expect([...new Set(tensed('work'))]).toEqual(['jaw', 'shoulders', 'hands', 'lower-back']);
    expect(
      plans.get('work')?.phases.some((phase) => phase.kind === 'breathe-in' && phase.step !== null),
    ).toBe(true);
    expect(minutes('work')).toBeGreaterThanOrEqual(4);
    expect(minutes('work')).toBeLessThanOrEqual(6);
  });

  test('anxiety: the full body with slow breathing between, 9–12 min', () => {
    expect(new Set(tensed('anxiety')).size).toBeGreaterThanOrEqual(10);
    const plan = plans.get('anxiety');
    const exhale = plan?.phases.find((phase) => phase.kind === 'breathe-out')?.duration_ms ?? 0;
    const inhale = plan?.phases.find((phase) => phase.kind === 'breathe-in')?.duration_ms ?? 0;
    expect(exhale).toBeGreaterThan(inhale);
    expect(minutes('anxiety')).toBeGreaterThanOrEqual(9);
    expect(minutes('anxiety')).toBeLessThanOrEqual(11);
  });

  test('anxiety: time to feel the shoulders and face settle, and a way back for a wandering mind', () => {
    const releases = (plans.get('anxiety')?.phases ?? []).filter((p) => p.kind === 'release');
    const long = releases.filter((phase) => phase.duration_ms >= 30_000).map((p) => p.group);
    expect(long).toEqual(expect.arrayContaining(['shoulders', 'face']));
    const prompts = releases.flatMap((phase) => phase.prompts.map((prompt) => prompt.text));
    expect(prompts.some((text) => /mind wanders/i.test(text))).toBe(true);
  });

  test('bedtime: lying down, fewer groups, longer releases, slower per round than classic, 8–12 min', () => {
    expect(plans.get('bedtime')?.routine.position).toBe('lying');
    expect(new Set(tensed('bedtime')).size).toBeLessThan(new Set(tensed('classic')).size);
    const release = (name: string) =>
      plans.get(name)?.phases.find((phase) => phase.kind === 'release')?.duration_ms ?? 0;
    expect(release('bedtime')).toBeGreaterThan(release('classic'));
    expect(perRound('bedtime')).toBeGreaterThan(perRound('classic'));
    expect(minutes('bedtime')).toBeGreaterThanOrEqual(8);
    expect(minutes('bedtime')).toBeLessThanOrEqual(12);
  });

  test('every opening and between breath breathes out longer than in', () => {
    for (const plan of plans.values()) {
      const ins = plan.phases.filter((phase) => phase.kind === 'breathe-in');
      const outs = plan.phases.filter((phase) => phase.kind === 'breathe-out');
      for (const [index, phase] of ins.entries()) {
        expect(outs[index]?.duration_ms ?? 0).toBeGreaterThan(phase.duration_ms);
      }
    }
  });

  test('back: supported, micro tension, hips/glutes/abdomen first, neck before legs, long releases', () => {
    const plan = plans.get('back');
    const order = tensed('back');
    expect(order.slice(0, 3)).toEqual(['hips', 'glutes', 'abdomen']);
    expect(order.indexOf('neck')).toBeLessThan(order.indexOf('thighs'));
    expect(order.indexOf('shoulders')).toBeLessThan(order.indexOf('calves'));
    expect(plan?.routine.position).toBe('reclined');
    const tenses = plan?.phases.filter((phase) => phase.kind === 'tense') ?? [];
    for (const phase of tenses) {
      expect(['micro', 'imagery']).toContain(phase.mode);
      expect(phase.duration_ms).toBeLessThanOrEqual(2000);
    }
    expect(tenses.find((phase) => phase.group === 'lower-back')?.mode).toBe('imagery');
    const releases = plan?.phases.filter((phase) => phase.kind === 'release') ?? [];
    for (const phase of releases) expect(phase.duration_ms).toBeGreaterThanOrEqual(20_000);
  });
});
