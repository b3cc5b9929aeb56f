import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  builtInPlan,
  type CompiledPlans,
  defaultPacing,
  isDefaultPacing,
  planFor,
} from '../../src/plan/built-in-plans.js';
import { planSession } from '../../src/plan/plan-session.js';
import { compileBuiltInPlans, compileBuiltIns } from '../../src/routine/compile-built-ins.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { builtInEntry, compiledFrom, compiledRoutine } from '../../src/routine/read-routine.js';
import { repoRoot } from '../helpers/run-pmr.js';

// The plans of the built-in routines at the default pacing are made when pmr
// is built. Each must be exactly what planSession gives for the routine as
// the loader reads it, and be used for nothing else.

const dir = join(repoRoot, 'routines');
const routines = compileBuiltIns(dir);
// As the bundle reads it: JSON text, parsed.
const plans = JSON.parse(JSON.stringify(compileBuiltInPlans(routines))) as CompiledPlans;

function loaded(fileName: string) {
  const file = join(dir, fileName);
  const text = readFileSync(file, 'utf8');
  const source = { kind: 'built-in' as const, file };
  const result = parseRoutine(text, source);
  if (!result.ok) throw new Error(`${fileName} is not valid`);
  const entry = builtInEntry(routines, text, source);
  if (!entry) throw new Error(`${fileName} is not compiled`);
  return { routine: result.routine, answered: compiledRoutine(entry, source) };
}

describe('built-in plans', () => {
  for (const fileName of readdirSync(dir)) {
    test(`${fileName}: the compiled plan is planSession's, to the byte`, () => {
      const { routine } = loaded(fileName);
      const made = planSession(routine, { sensitive: {} });
      const compiled = planFor(plans, fileName, routine);
      expect(compiled).toStrictEqual(made);
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(made));
    });
  }

  test('each answer is a copy of its own', () => {
    const { routine } = loaded('work.yaml');
    const first = planFor(plans, 'work.yaml', routine);
    first?.phases.pop();
    expect(planFor(plans, 'work.yaml', routine)).toStrictEqual(planSession(routine, defaultPacing));
  });

  test('only a routine answered from the compiled built-ins, and only at the default pacing, is looked up', async () => {
    const { routine, answered } = loaded('classic.yaml');
    expect(compiledFrom(routine)).toBeUndefined();
    if (!answered.ok) throw new Error('classic.yaml is not compiled');
    expect(compiledFrom(answered.routine)).toBe('classic.yaml');
    // From src/ there are no compiled plans: nothing is answered, whatever the pacing.
    expect(await builtInPlan(answered.routine, { sensitive: {} })).toBeUndefined();
    expect(await builtInPlan(routine, { sensitive: {} })).toBeUndefined();
  });

  test('the default pacing is the one with nothing set', () => {
    expect(isDefaultPacing(defaultPacing)).toBe(true);
    expect(isDefaultPacing({ sensitive: {} })).toBe(true);
    expect(isDefaultPacing({})).toBe(false);
    expect(isDefaultPacing({ sensitive: { jaw: 1 } })).toBe(false);
    expect(isDefaultPacing({ sensitive: {}, slow: true })).toBe(false);
    expect(isDefaultPacing({ sensitive: {}, scan: false })).toBe(false);
  });
});
