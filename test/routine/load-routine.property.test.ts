import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { parseRoutine } from '../../src/routine/load-routine.js';

// Whatever arrives, the loader answers with a routine or positioned problems:
// it never throws and never hangs.

const source = { kind: 'path' as const, file: 'any.yaml' };

function expectAnswer(text: string): void {
  const started = performance.now();
  const result = parseRoutine(text, source);
  expect(performance.now() - started).toBeLessThan(1000);
  if (result.ok) {
    expect(result.routine.steps.length).toBeGreaterThan(0);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.col).toBeGreaterThanOrEqual(1);
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.file).toBe('any.yaml');
  }
}

const fieldNames = fc.constantFrom(
  'name',
  'title',
  'summary',
  'position',
  'breaths',
  'pace',
  'between',
  'repeat',
  'groups',
  'steps',
  'scan',
  'closing',
  'tense',
  'release',
  'inhale',
  'exhale',
  'rest',
  'group',
  'cue',
  'release_cue',
  'label',
  'tense_cue',
  'jaw',
  'tempo',
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom('jaw', 'shoulders', 'sitting', 'breath', 'sholders', '\u001b[2J', ''),
    fc.double(),
    fc.integer({ min: -5, max: 100 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fieldNames, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const routineShaped = fc.dictionary(fieldNames, values, { maxKeys: 8 });

describe('parseRoutine never throws', () => {
  test('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), expectAnswer), { numRuns: 300 });
  });

  test('arbitrary unicode and control characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectAnswer), {
      numRuns: 200,
    });
  });

  test('YAML-shaped documents', () => {
    fc.assert(
      fc.property(routineShaped, (document) => expectAnswer(stringify(document))),
      { numRuns: 300 },
    );
  });

  test('YAML-shaped documents with random damage', () => {
    fc.assert(
      fc.property(
        routineShaped,
        fc.nat(),
        fc.constantFrom('\t', ':', '- ', '[', '}', '&a ', '*a', '\n  ', '"', '---\n', '%YAML'),
        (document, at, damage) => {
          const text = stringify(document);
          const cut = text.length === 0 ? 0 : at % text.length;
          expectAnswer(text.slice(0, cut) + damage + text.slice(cut));
        },
      ),
      { numRuns: 300 },
    );
  });
});
