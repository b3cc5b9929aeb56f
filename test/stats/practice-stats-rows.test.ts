import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { writeHistory } from '../../scripts/history-generator.mjs';
import { loadPracticeStats, loadRecentStreak } from '../../src/stats/history-stats.js';
import { dayKey } from '../../src/stats/local-day.js';
import { practiceStats } from '../../src/stats/practice-stats.js';
import { historyPath, readRecords } from '../../src/store/history-file.js';
import { loadSessions } from '../../src/store/load-history.js';
import { joinSessions, type SessionRecord } from '../../src/store/session-history.js';
import { tempHome } from '../helpers/run-pmr.js';

// Stats, the streak line and `pmr history` read through the summary must say
// exactly what the whole history, joined as before, says: the same figures
// in every time zone, whether the summary is new, brought up to date, or
// damaged. The histories are long enough for most sessions to be let go
// into rows (session-fold.ts keeps the last few thousand lines' open).

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const zones = ['UTC', 'Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Apia'];
const noneAlive = { isAlive: () => false };

/** The answers as pmr gave them before the summary: every line read and joined. */
function joinedAsBefore(home: string, now: Date) {
  const { records, problems } = readRecords(historyPath(home));
  const sessions = joinSessions(records, { ...noneAlive, now });
  const today = dayKey(now);
  return {
    problems: problems.map((problem) => `pmr: ${problem}`),
    sessions,
    stats: practiceStats(sessions, now),
    completedToday: sessions.some(
      (s: SessionRecord) => s.completed && dayKey(new Date(s.started_at)) === today,
    ),
  };
}

function throughSummary(home: string, now: Date) {
  const warnings: string[] = [];
  const warn = (line: string) => warnings.push(line);
  const stats = loadPracticeStats(home, warn, now);
  const streak = loadRecentStreak(home, () => {}, now);
  return { warnings, stats, streak };
}

function expectSame(home: string, now: Date) {
  const before = joinedAsBefore(home, now);
  const after = throughSummary(home, now);
  expect(after.stats).toEqual(before.stats);
  expect(after.warnings).toEqual(before.problems);
  expect(after.streak).toEqual({
    current: before.stats.streak.current,
    completedToday: before.completedToday,
  });
}

describe('the summary gives the same stats as the whole history', () => {
  test.each(zones.map((zone, index) => [zone, [2, 0.7, 6, 1, 3][index] ?? 2] as const))(
    'a generated history, in %s, %s sessions a day, on several days',
    (zone, perDay) => {
      process.env.TZ = zone;
      const home = tempHome();
      writeHistory(historyPath(home), { sessions: 900, perDay, seed: perDay * 10 });
      for (const now of [
        '2026-11-25T12:00:00Z',
        '2026-11-25T23:30:00Z',
        '2026-11-26T00:30:00Z',
        '2026-12-03T08:00:00Z',
      ]) {
        expectSame(home, new Date(now));
      }
    },
  );

  test('a summary brought up to date as sessions are added, damaged lines and all', () => {
    process.env.TZ = 'Europe/Berlin';
    const home = tempHome();
    const file = historyPath(home);
    writeHistory(file, {
      sessions: 800,
      perDay: 3,
      seed: 7,
      until: new Date('2026-10-01T12:00:00Z'),
    });
    const now = new Date('2026-11-25T21:00:00Z');
    expectSame(home, now);
    // More sessions, a damaged line, a foreign one, half a line being written.
    const more = tempHome();
    writeHistory(historyPath(more), { sessions: 800, perDay: 3, seed: 8, until: now });
    const extra = readFileSync(historyPath(more), 'utf8').split('\n');
    appendFileSync(file, `${extra.slice(0, 5000).join('\n')}\n{"oops\n`);
    expectSame(home, now);
    appendFileSync(file, `{"v":1,"id":"x","type":"start"}\n${extra.slice(5000).join('\n')}`);
    expectSame(home, now);
    appendFileSync(file, '{"v":1,"id":"half","type":"st');
    expectSame(home, now);
  });

  test('days worked out in one time zone are worked out again in another', () => {
    const home = tempHome();
    writeHistory(historyPath(home), { sessions: 1200, perDay: 5, seed: 31 });
    const now = new Date('2026-11-25T20:30:00Z');
    process.env.TZ = 'Pacific/Kiritimati';
    expectSame(home, now);
    // Read as it is while another pmr updates it, then brought up to date here.
    writeFileSync(`${home}/history.summary.lock`, String(process.pid));
    process.env.TZ = 'America/Los_Angeles';
    expectSame(home, now);
    rmSync(`${home}/history.summary.lock`);
    expectSame(home, now);
    expectSame(home, now);
  });
});

describe('a summary that cannot be trusted is rebuilt, and nothing is lost', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const setUp = () => {
    process.env.TZ = 'UTC';
    const home = tempHome();
    writeHistory(historyPath(home), { sessions: 800, seed: 11 });
    appendFileSync(historyPath(home), 'not json\n');
    expectSame(home, now); // builds the summary
    return home;
  };
  const summary = (home: string) => `${home}/history.summary`;

  test('bytes overwritten anywhere', () => {
    const home = setUp();
    const bytes = readFileSync(summary(home));
    for (const at of [0, 40, 140, 200, bytes.length - 30, bytes.length - 1]) {
      const damaged = Buffer.from(bytes);
      damaged.fill(0xee, at, Math.min(at + 8, damaged.length));
      writeFileSync(summary(home), damaged);
      expectSame(home, now);
    }
  });

  test('cut short, as by a pmr killed while writing it', () => {
    const home = setUp();
    const bytes = readFileSync(summary(home));
    for (const length of [0, 10, 32, 100, bytes.length - 7]) {
      writeFileSync(summary(home), bytes.subarray(0, length));
      expectSame(home, now);
    }
  });

  test('one made for another history', () => {
    const home = setUp();
    const other = tempHome();
    writeHistory(historyPath(other), { sessions: 50, seed: 12 });
    expectSame(other, now);
    writeFileSync(summary(home), readFileSync(summary(other)));
    expectSame(home, now);
    // The history rewritten in place: same file, other lines.
    writeFileSync(historyPath(home), readFileSync(historyPath(other)));
    expectSame(home, now);
  });

  test('a folder where it should be, or another pmr updating it: read without it', () => {
    process.env.TZ = 'UTC';
    const home = tempHome();
    writeHistory(historyPath(home), { sessions: 120, seed: 13 });
    writeFileSync(`${home}/history.summary.lock`, String(process.pid));
    expectSame(home, now);
    expectSame(home, now);
    rmSync(`${home}/history.summary.lock`);
    mkdirSync(`${home}/history.summary`);
    expectSame(home, now);
  });
});

describe('pmr history through the summary', () => {
  test('the newest n sessions are those the whole history lists first', () => {
    process.env.TZ = 'UTC';
    const home = tempHome();
    writeHistory(historyPath(home), { sessions: 800, perDay: 4, seed: 21 });
    const all = joinSessions(readRecords(historyPath(home)).records);
    for (const limit of [1, 5, 37, 800, 10_000])
      expect(loadSessions(home, () => {}, limit)).toEqual(all.slice(0, limit));
    expect(loadSessions(home, () => {})).toEqual(all);
  });
});
