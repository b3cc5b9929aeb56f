import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { formatHistory } from '../../src/cli/commands/history-command.js';
import { formatRoutineList, listRoutines } from '../../src/cli/commands/list-command.js';
import { formatPlanTable } from '../../src/cli/commands/plan-table.js';
import { formatStats } from '../../src/cli/commands/stats-command.js';
import { planSession } from '../../src/plan/plan-session.js';
import type { Display } from '../../src/report/display.js';
import { unicodeGlyphs } from '../../src/report/glyphs.js';
import { routineDirs } from '../../src/routine/find-routine.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { practiceStats } from '../../src/stats/practice-stats.js';
import type { SessionRecord } from '../../src/store/session-history.js';
import { tempHome } from '../helpers/run-pmr.js';

// Titles, labels and names in Japanese and with emoji take two columns a
// character: every table is measured in columns, so lines fit the terminal
// and columns line up whatever the script.

const wideRoutine = [
  'title: 深呼吸のリセット 🧘',
  'summary: 肩と首をゆるめる、短くてやさしいルーティンです。',
  'groups:',
  '  shoulders:',
  '    label: 肩と首',
  '    tense_cue: 肩をそっと耳のほうへ持ち上げて、そのまま保ちます。',
  '    release_cue: ふっと力を抜いて、肩が下がるのを感じます。',
  'steps: [shoulders, jaw]',
  '',
].join('\n');

const display = (width: number): Display => ({ width, glyphs: unicodeGlyphs });
const lines = (text: string) => text.trimEnd().split('\n');
/** The column (in display cells) where a pattern first matches. */
const columnOf = (line: string, pattern: RegExp) => {
  const index = line.search(pattern);
  return index === -1 ? -1 : stringWidth(line.slice(0, index));
};

function wideHome(): string {
  const home = tempHome();
  mkdirSync(join(home, 'routines'));
  writeFileSync(join(home, 'routines', '深呼吸.yaml'), wideRoutine);
  return home;
}

function widePlan() {
  const parsed = parseRoutine(wideRoutine, { kind: 'user', file: '深呼吸.yaml' });
  if (!parsed.ok) throw new Error('the wide routine should load');
  return planSession(parsed.routine);
}

function session(routine: string, startedAt: string, duration_ms: number): SessionRecord {
  return {
    id: startedAt,
    routine,
    title: routine,
    started_at: startedAt,
    bedtime: false,
    flags: {},
    planned_ms: 300_000,
    duration_ms,
    phases_done: 3,
    groups_done: ['jaw'],
    completed: true,
    outcome: 'completed',
    checkin: { before: 6, after: 2 },
    pain: [],
  };
}

describe.each([40, 80])('at %i columns', (width) => {
  test('pmr list: every line fits, and the columns line up', async () => {
    const text = formatRoutineList(await listRoutines(routineDirs(wideHome())), display(width));
    const rows = lines(text);
    expect(rows.some((row) => row.startsWith('深呼吸 '))).toBe(true);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(width);
    expect(new Set(rows.map((row) => columnOf(row, / min /))).size).toBe(1);
    expect(new Set(rows.map((row) => columnOf(row, / groups? /))).size).toBe(1);
    if (width === 80) {
      expect(new Set(rows.map((row) => columnOf(row, / (user|built-in) /))).size).toBe(1);
      expect(text).toContain('深呼吸のリセット 🧘');
    }
  });

  test('pmr show: every line fits, and the phase columns line up', () => {
    const rows = lines(formatPlanTable(widePlan(), display(width)));
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(width);
    const phaseRows = rows.filter((row) => /^\d+:\d\d {2}/.test(row));
    expect(phaseRows.some((row) => row.includes('肩と首'))).toBe(true);
    expect(
      new Set(
        phaseRows.map((row) =>
          columnOf(row, /(SETTLE|BREATHE|NEXT|TENSE|IMAGINE|RELEASE|SCAN|CLOSE)/),
        ),
      ).size,
    ).toBe(1);
    if (width === 80) {
      // The length column ends in the same place whatever the label's script.
      const ends = phaseRows.map(
        (row) =>
          columnOf(row, /\d+(\.\d)?s {2}/) + stringWidth(row.match(/\d+(\.\d)?s/)?.[0] ?? ''),
      );
      expect(new Set(ends).size).toBe(1);
    }
  });

  test('pmr history: every line fits, and the columns line up', () => {
    const now = new Date(2026, 10, 25, 20, 0);
    const text = formatHistory(
      [
        session(
          '深呼吸のリセットのながいなまえ',
          new Date(2026, 10, 25, 8, 0).toISOString(),
          125_000,
        ),
        session('work', new Date(2026, 10, 24, 8, 0).toISOString(), 612_000),
        session('肩', new Date(2026, 10, 20, 8, 0).toISOString(), 5_000),
      ],
      display(width),
      now,
    );
    const rows = lines(text);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(width);
    // Durations are right-aligned against the outcome, after names of any script.
    expect(new Set(rows.map((row) => columnOf(row, /✓/))).size).toBe(1);
  });

  test('pmr stats: every line fits', () => {
    const stats = practiceStats([session('深呼吸', new Date().toISOString(), 300_000)], new Date());
    for (const row of lines(formatStats(stats, display(width)))) {
      expect(stringWidth(row)).toBeLessThanOrEqual(width);
    }
  });
});
