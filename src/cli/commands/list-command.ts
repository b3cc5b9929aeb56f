import { planSession } from '../../plan/plan-session.js';
import { formatMinutes } from '../../report/format-clock.js';
import { clipText } from '../../report/phase-line.js';
import { listRoutineFiles, type RoutineDirs, readRoutineFile } from '../../routine/find-routine.js';
import { parseRoutine } from '../../routine/load-routine.js';

// `pmr list`: every routine pmr can find. A broken user file is listed as
// such instead of hiding the others; so is a FIFO or a folder named like a
// routine, which is never waited on.

export interface RoutineListing {
  name: string;
  title: string;
  summary: string;
  total_ms: number | null;
  groups: number | null;
  source: 'built-in' | 'user';
  file: string;
  valid: boolean;
}

export function listRoutines(dirs: RoutineDirs): RoutineListing[] {
  return listRoutineFiles(dirs).map((entry) => {
    let text: string;
    try {
      text = readRoutineFile(entry.file);
    } catch {
      return invalid(entry);
    }
    const result = parseRoutine(text, { kind: entry.kind, file: entry.file });
    if (!result.ok) return invalid(entry);
    const plan = planSession(result.routine);
    return {
      name: entry.name,
      title: result.routine.title,
      summary: result.routine.summary,
      total_ms: plan.total_ms,
      groups: new Set(result.routine.steps.map((step) => step.group)).size,
      source: entry.kind,
      file: entry.file,
      valid: true,
    };
  });
}

function invalid(entry: { name: string; kind: 'built-in' | 'user'; file: string }): RoutineListing {
  return {
    name: entry.name,
    title: '',
    summary: '',
    total_ms: null,
    groups: null,
    source: entry.kind,
    file: entry.file,
    valid: false,
  };
}

export function formatRoutineList(listings: RoutineListing[], width: number | undefined): string {
  if (listings.length === 0) return 'No routines found.\n';
  const nameWidth = Math.max(...listings.map((listing) => listing.name.length));
  const lines = listings.map((listing) => {
    const name = listing.name.padEnd(nameWidth);
    const line = listing.valid
      ? `${name}  ${formatMinutes(listing.total_ms ?? 0).padStart(7)}  ${String(listing.groups).padStart(2)} groups  ${listing.source.padEnd(8)}  ${listing.title}`
      : `${name}  invalid: run pmr validate ${listing.file}`;
    return width === undefined ? line : clipText(line, width);
  });
  return `${lines.join('\n')}\n`;
}
