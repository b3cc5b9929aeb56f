import { readFileSync } from 'node:fs';
import { planSession } from '../../plan/plan-session.js';
import { formatMinutes } from '../../report/format-clock.js';
import { clipText } from '../../report/phase-line.js';
import { listRoutineFiles, type RoutineDirs } from '../../routine/find-routine.js';
import { parseRoutine } from '../../routine/load-routine.js';

// `pmr list`: every routine pmr can find. A broken user file is listed as
// such instead of hiding the others.

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
      text = readFileSync(entry.file, 'utf8');
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
  // Every column as wide as its widest cell, so "9.7 min" lines up with
  // "10.5 min" and "1 group" with "12 groups".
  const valid = listings.filter((listing) => listing.valid);
  const nameWidth = widest(listings.map((listing) => listing.name));
  const lengthWidth = widest(valid.map((listing) => formatMinutes(listing.total_ms ?? 0)));
  const countWidth = widest(valid.map((listing) => String(listing.groups)));
  const lines = listings.map((listing) => {
    const name = listing.name.padEnd(nameWidth);
    const line = listing.valid
      ? [
          name,
          formatMinutes(listing.total_ms ?? 0).padStart(lengthWidth),
          `${String(listing.groups).padStart(countWidth)} ${listing.groups === 1 ? 'group ' : 'groups'}`,
          listing.source.padEnd(8),
          listing.title,
        ].join('  ')
      : `${name}  invalid: run pmr validate ${listing.file}`;
    return width === undefined ? line : clipText(line, width);
  });
  return `${lines.join('\n')}\n`;
}

function widest(cells: readonly string[]): number {
  return cells.reduce((most, cell) => Math.max(most, cell.length), 0);
}
