import { catalog } from '../../src/routine/catalog.js';
import type { Routine, Step } from '../../src/routine/routine.js';
import { routineDefaults } from '../../src/routine/routine-spec.js';

/** A routine straight from the catalog, without the loader. */
export function buildRoutine(
  steps: Array<string | Step>,
  overrides: Partial<Routine> = {},
): Routine {
  return {
    name: 'test',
    title: 'Test',
    summary: '',
    position: 'sitting',
    mode: 'full',
    stopRules: false,
    breaths: 0,
    pace: { ...routineDefaults.pace },
    bedtime: false,
    between: 'none',
    repeat: 1,
    groups: { ...catalog },
    steps: steps.map((step) => (typeof step === 'string' ? { group: step } : step)),
    scan: true,
    closing: 'soften',
    prompts: [],
    source: { kind: 'inline', file: '' },
    ...overrides,
  };
}
