import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planSession } from '../../src/plan/plan-session.js';
import { type CompiledRoutines, compileBuiltIns } from '../../src/routine/compile-built-ins.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { builtInEntry, compiledRoutine } from '../../src/routine/read-routine.js';
import { repoRoot, tempHome } from '../helpers/run-pmr.js';

// The built-in routines are parsed and validated when pmr is built; the
// bundle answers for them from that JSON. What it answers must be exactly
// what the loader gives for the file, and a broken built-in must stop the
// build.

const dir = join(repoRoot, 'routines');
// As the bundle reads it: JSON text, parsed.
const compiled = JSON.parse(JSON.stringify(compileBuiltIns(dir))) as CompiledRoutines;

describe('compiled built-in routines', () => {
  test('every built-in routine is compiled', () => {
    expect(Object.keys(compiled).sort()).toEqual(readdirSync(dir).sort());
  });

  for (const fileName of readdirSync(dir)) {
    test(`${fileName}: the compiled routine is what the loader gives, to the byte`, () => {
      const file = join(dir, fileName);
      const text = readFileSync(file, 'utf8');
      const source = { kind: 'built-in' as const, file };
      const entry = builtInEntry(compiled, text, source);
      expect(entry).toBeDefined();
      if (!entry) return;
      const loaded = parseRoutine(text, source);
      const answered = compiledRoutine(entry, source);
      expect(answered).toStrictEqual(loaded);
      // Key order too: show --json prints the routine as it is.
      expect(JSON.stringify(answered)).toBe(JSON.stringify(loaded));
      if (loaded.ok) expect(entry.totalMs).toBe(planSession(loaded.routine).total_ms);
    });
  }

  test('each answer is a copy of its own: changing one changes no later one', () => {
    const file = join(dir, 'work.yaml');
    const text = readFileSync(file, 'utf8');
    const source = { kind: 'built-in' as const, file };
    const entry = builtInEntry(compiled, text, source);
    if (!entry) throw new Error('work.yaml is not compiled');
    const first = compiledRoutine(entry, source);
    if (first.ok) {
      first.routine.steps.push({ group: 'jaw' });
      first.routine.pace.release = 60;
    }
    expect(compiledRoutine(entry, source)).toStrictEqual(parseRoutine(text, source));
  });

  test('a built-in file edited since the build, or any other source, is not answered from it', () => {
    const file = join(dir, 'work.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('title: Five-minute reset', 'title: Edited');
    expect(edited).not.toBe(text);
    expect(builtInEntry(compiled, edited, { kind: 'built-in', file })).toBeUndefined();
    expect(builtInEntry(compiled, text, { kind: 'built-in', file: join(dir, 'nope.yaml') })).toBe(
      undefined,
    );
    // "constructor" is not a compiled routine.
    expect(builtInEntry(compiled, text, { kind: 'built-in', file: 'constructor' })).toBeUndefined();
  });

  test('a built-in that is not a valid routine fails, with the loader’s messages', () => {
    const broken = tempHome();
    writeFileSync(join(broken, 'good.yaml'), 'steps: [jaw]\n');
    writeFileSync(join(broken, 'bad.yaml'), 'title: Bad\nsteps: [jaw, sholders]\n');
    expect(() => compileBuiltIns(broken)).toThrow(
      `${join(broken, 'bad.yaml')}:2:14: unknown group "sholders" — did you mean "shoulders"?`,
    );
  });

  test('the build step itself stops on a broken built-in', () => {
    const broken = join(tempHome(), 'routines');
    mkdirSync(broken);
    writeFileSync(join(broken, 'bad.yaml'), 'steps: [jaw]\npace: { tense: 99 }\n');
    const script = `
      import { compileRoutines } from ${JSON.stringify(join(repoRoot, 'scripts', 'compile-routines.mjs'))};
      await compileRoutines(${JSON.stringify(repoRoot)}, ${JSON.stringify(broken)});
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `${join(broken, 'bad.yaml')}:2:16: tense must be between 1 and 10 seconds`,
    );
  });
});
