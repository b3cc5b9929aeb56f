import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CompiledPlans, defaultPacing } from '../plan/built-in-plans.js';
import { planSession } from '../plan/plan-session.js';
import { parseRoutine } from './load-routine.js';
import type { Routine } from './routine.js';
import { formatIssue } from './routine-issue.js';

// Run by the build: every built-in routine parsed and validated by the loader
// itself, once, so the bundle answers for them with JSON.parse and never
// loads the YAML parser or zod for them. A built-in that is not a valid
// routine stops the build with the loader's own messages.

/** One built-in routine: the text it was parsed from, and what the loader made of it. */
export interface CompiledRoutine {
  text: string;
  /** The routine without its source, which names the installed file. */
  routine: Omit<Routine, 'source'>;
  /** How long it runs at its own pace, as `pmr list` shows it (planning takes milliseconds). */
  totalMs: number;
}

/** File name (classic.yaml) → compiled routine. */
export type CompiledRoutines = Record<string, CompiledRoutine>;

export function compileBuiltIns(dir: string): CompiledRoutines {
  const compiled: CompiledRoutines = {};
  const problems: string[] = [];
  for (const fileName of readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()) {
    const file = join(dir, fileName);
    const text = readFileSync(file, 'utf8');
    const result = parseRoutine(text, { kind: 'built-in', file });
    if (!result.ok) {
      problems.push(...result.issues.map(formatIssue));
      continue;
    }
    const { source: _source, ...routine } = result.routine;
    compiled[fileName] = { text, routine, totalMs: planSession(result.routine).total_ms };
  }
  if (problems.length > 0) {
    throw new Error(`a built-in routine is not valid:\n${problems.join('\n')}`);
  }
  return compiled;
}

/** Run by the build: every compiled built-in routine planned at the default pacing. */
export function compileBuiltInPlans(routines: CompiledRoutines): CompiledPlans {
  return Object.fromEntries(
    Object.entries(routines).map(([fileName, entry]) => [
      fileName,
      planSession({ ...entry.routine, source: { kind: 'built-in', file: '' } }, defaultPacing),
    ]),
  );
}
