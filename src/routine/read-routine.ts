import { basename } from 'node:path';
import type { CompiledRoutine, CompiledRoutines } from './compile-built-ins.js';
import { compiledRoutines } from './compiled-routines.js';
import type { LoadResult } from './load-routine.js';
import type { Routine, RoutineSource } from './routine.js';

// Routine text → routine. A built-in routine whose text is the one compiled
// into the bundle is answered from the compiled form; anything else (a user
// file, a path, stdin, a built-in edited since the build) goes through the
// loader, which brings the YAML parser and zod in only then.

let compiled: CompiledRoutines | undefined;

/** Routines answered from the compiled built-ins, and the file each was compiled from. */
const answered = new WeakMap<Routine, string>();

export async function readRoutine(text: string, source: RoutineSource): Promise<LoadResult> {
  const entry = compiledEntry(text, source);
  if (entry) return compiledRoutine(entry, source);
  const { parseRoutine } = await import('./load-routine.js');
  return parseRoutine(text, source);
}

/** How long a built-in routine runs at its own pace, when the build worked it out. */
export function compiledTotalMs(text: string, source: RoutineSource): number | undefined {
  return compiledEntry(text, source)?.totalMs;
}

function compiledEntry(text: string, source: RoutineSource): CompiledRoutine | undefined {
  if (source.kind !== 'built-in' || compiledRoutines === undefined) return undefined;
  compiled ??= JSON.parse(compiledRoutines) as CompiledRoutines;
  return builtInEntry(compiled, text, source);
}

/** The compiled entry for this built-in file, if it was compiled from exactly this text. */
export function builtInEntry(
  routines: CompiledRoutines,
  text: string,
  source: RoutineSource,
): CompiledRoutine | undefined {
  const fileName = basename(source.file);
  const entry = Object.hasOwn(routines, fileName) ? routines[fileName] : undefined;
  return entry?.text === text ? entry : undefined;
}

/** The loader's answer, from the compiled entry: a copy each time, so nothing a caller changes is shared. */
export function compiledRoutine(entry: CompiledRoutine, source: RoutineSource): LoadResult {
  const routine: Routine = { ...structuredClone(entry.routine), source: { ...source } };
  answered.set(routine, basename(source.file));
  return { ok: true, routine };
}

/** The built-in file this routine was answered from, compiled, if it was. */
export function compiledFrom(routine: Routine): string | undefined {
  return answered.get(routine);
}
