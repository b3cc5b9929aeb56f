import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Plan } from '../../src/plan/phase.js';
import { planSession } from '../../src/plan/plan-session.js';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { nextLabel } from '../../src/screen/next-label.js';
import { whereLabels } from '../../src/screen/where-label.js';
import { showScreen } from '../helpers/screen-harness.js';
import { buildPlan } from '../session/plan-builder.js';

// Where the session stands, in the person's terms: the header's group,
// round and count of groups, what comes next ("Jaw again" when a group
// repeats), and the prompts that take a cue's place during a long release.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const twice = planSession(routineFromGroups('jaw,hands'), { breaths: 0, repeat: 2 });
const indexOf = (plan: Plan, kind: string, group: string, round: number) =>
  plan.phases.findIndex(
    (phase) => phase.kind === kind && phase.group === group && phase.place?.round === round,
  );

describe('what comes next', () => {
  test('the same group again when a routine repeats it, else the next group by name', () => {
    expect(nextLabel(twice, 0)).toBe('Next: Jaw');
    for (const kind of ['prepare', 'tense', 'release']) {
      expect(nextLabel(twice, indexOf(twice, kind, 'jaw', 1)), kind).toBe('Jaw again');
      expect(nextLabel(twice, indexOf(twice, kind, 'jaw', 2)), kind).toBe(
        'Next: Hands and forearms',
      );
    }
    expect(nextLabel(twice, indexOf(twice, 'release', 'hands', 2))).toBe('Next: Whole body');
    expect(nextLabel(twice, twice.phases.length - 1)).toBe('Last one');
  });

  test('a breath between rounds of the same group says so too', () => {
    const breaths = planSession(
      { ...routineFromGroups('jaw,hands'), between: 'breath' },
      { breaths: 0, repeat: 2 },
    );
    const between = breaths.phases.findIndex(
      (phase) => phase.kind === 'breathe-in' && phase.group === 'jaw' && phase.place?.round === 1,
    );
    expect(nextLabel(breaths, between)).toBe('Jaw again');
  });
});

describe('the header', () => {
  test('the group, its round and how far through the groups, fullest first', () => {
    const at = indexOf(twice, 'tense', 'hands', 2);
    expect(whereLabels(twice, at, '·')).toEqual([
      'Hands and forearms · round 2 of 2 · 2 of 2 groups',
      'Hands and forearms · round 2/2 · group 2/2',
      'round 2/2 · group 2/2',
      'group 2/2',
      'Hands and forearms',
    ]);
    const once = planSession(routineFromGroups('jaw,hands,feet'), { breaths: 0 });
    expect(whereLabels(once, indexOf(once, 'release', 'hands', 1), '·')[0]).toBe(
      'Hands and forearms · 2 of 3 groups',
    );
    const alone = planSession(routineFromGroups('jaw'), { breaths: 0 });
    expect(whereLabels(alone, indexOf(alone, 'tense', 'jaw', 1), '·')).toEqual(['Jaw']);
    expect(whereLabels(alone, 0, '·')).toEqual(['settling in']);
    expect(whereLabels(alone, alone.phases.length - 1, '·')).toEqual(['closing']);
  });

  test('on the screen: in full at 80 columns, shortened to fit at 40', async () => {
    const wide = await showScreen(twice, { columns: 80 });
    await wide.pass(twice.phases[indexOf(twice, 'tense', 'jaw', 2)]?.offset_ms ?? 0);
    expect(wide.frame()).toContain('Jaw · round 2 of 2 · 1 of 2 groups ·');
    expect(wide.frame()).toContain('Next: Hands and forearms');
    const narrow = await showScreen(twice, { columns: 40 });
    await narrow.pass(twice.phases[indexOf(twice, 'tense', 'hands', 1)]?.offset_ms ?? 0);
    expect(narrow.frame()).toMatch(/round 1\/2 · group 2\/2 · \d:\d\d left/);
    expect(narrow.frame()).toContain('Hands and forearms again');
    for (const line of narrow.lines()) expect([...line].length).toBeLessThanOrEqual(40);
  });
});

describe('prompts', () => {
  test('take the cue’s place from their moment on, the latest staying', async () => {
    const plan = buildPlan([
      {
        kind: 'release',
        ms: 40_000,
        prompts: [
          { at_ms: 15_000, text: 'Notice the warmth.' },
          { at_ms: 30_000, text: 'Let it soften further.' },
        ],
      },
    ]);
    const { frame, pass } = await showScreen(plan);
    await pass(14_900);
    expect(frame()).toContain('release cue');
    await pass(200);
    expect(frame()).toContain('Notice the warmth.');
    expect(frame()).not.toContain('release cue');
    await pass(15_000);
    expect(frame()).toContain('Let it soften further.');
    expect(frame()).not.toContain('Notice the warmth.');
  });
});
