import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { routineJsonSchema } from '../../src/routine/routine-json-schema.js';
import { routineDefaults } from '../../src/routine/routine-spec.js';
import { repoRoot, runPmr } from '../helpers/run-pmr.js';

// The JSON Schema for editors agrees with the loader: every built-in routine
// passes, and files the loader rejects for their shape fail it too.

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(routineJsonSchema());
const dir = join(repoRoot, 'routines');

describe('routine JSON Schema', () => {
  test('every default it shows is the one routine-spec.ts declares, as the loader fills in', () => {
    const { properties } = routineJsonSchema() as {
      properties: Record<
        string,
        { default?: unknown; properties?: Record<string, { default?: unknown }> }
      >;
    };
    const shown = {
      position: properties.position?.default,
      mode: properties.mode?.default,
      stopRules: properties.stop_rules?.default,
      bedtime: properties.bedtime?.default,
      breaths: properties.breaths?.default,
      between: properties.between?.default,
      repeat: properties.repeat?.default,
      scan: properties.scan?.default,
      closing: properties.closing?.default,
      prompts: properties.prompts?.default,
      pace: Object.fromEntries(
        Object.entries(properties.pace?.properties ?? {}).map(([key, value]) => [
          key,
          value.default,
        ]),
      ),
    };
    const { summary: _summary, ...defaults } = routineDefaults;
    expect(shown).toEqual(defaults);
    const loaded = parseRoutine('steps: [jaw]\n', { kind: 'path', file: 'x.yaml' });
    expect(loaded.ok && loaded.routine).toMatchObject({ ...defaults, summary: '' });
    expect(routineFromGroups('jaw')).toMatchObject(defaults);
  });

  test('pmr schema prints it, and the build ships the same in schema/', () => {
    const printed = runPmr(['schema']).stdout;
    expect(JSON.parse(printed)).toEqual(routineJsonSchema());
    const shipped = readFileSync(join(repoRoot, 'schema', 'routine.schema.json'), 'utf8');
    expect(shipped).toBe(printed);
  });

  for (const file of readdirSync(dir)) {
    test(`accepts the built-in ${file}, which names the schema for editors`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text.split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schema/routine.schema.json',
      );
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  const invalid: Array<[string, string]> = [
    ['an unknown field', 'tempo: 3\nsteps: [jaw]\n'],
    ['no steps', 'title: Empty\n'],
    ['empty steps', 'steps: []\n'],
    ['seconds out of range', 'pace:\n  release: 99\nsteps: [jaw]\n'],
    ['a wrong type', 'breaths: many\nsteps: [jaw]\n'],
    ['a fractional breath count', 'breaths: 2.5\nsteps: [jaw]\n'],
    ['an unknown position', 'position: standing\nsteps: [jaw]\n'],
    ['an unknown mode', 'mode: gentle\nsteps: [jaw]\n'],
    ['a step that is a number', 'steps: [5]\n'],
    ['an unknown field in a step', 'steps:\n  - group: jaw\n    relase: 3\n'],
    ['a list, not a mapping', '- jaw\n- neck\n'],
  ];
  for (const [what, text] of invalid) {
    test(`rejects ${what}, as the loader does`, () => {
      expect(parseRoutine(text, { kind: 'path', file: 'mine.yaml' }).ok).toBe(false);
      expect(validate(parse(text))).toBe(false);
    });
  }
});
