import { afterEach, describe, expect, test } from 'vitest';
import { addDays, dayKey, daysBetween, weekStart } from '../../src/stats/local-day.js';
import { practiceStats } from '../../src/stats/practice-stats.js';
import { sparkline } from '../../src/stats/sparkline.js';
import { streaks } from '../../src/stats/streaks.js';
import type { SessionRecord } from '../../src/store/session-history.js';

// Days, streaks and the week in the person's own time zone, with a fixed
// clock and TZ. Node reads a changed process.env.TZ at once.

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function session(startedAt: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: startedAt,
    routine: 'work',
    title: 'Work',
    started_at: startedAt,
    flags: {},
    bedtime: false,
    planned_ms: 300_000,
    duration_ms: 300_000,
    phases_done: 10,
    groups_done: ['jaw'],
    completed: true,
    outcome: 'completed',
    checkin: {},
    pain: [],
    ...overrides,
  };
}

describe('calendar days', () => {
  test('a day is local: 23:30 UTC is already tomorrow in Berlin and still today in New York', () => {
    const moment = new Date('2026-11-24T23:30:00Z');
    process.env.TZ = 'Europe/Berlin';
    expect(dayKey(moment)).toBe('2026-11-25');
    process.env.TZ = 'America/New_York';
    expect(dayKey(moment)).toBe('2026-11-24');
  });

  test('stepping across daylight-saving changes keeps whole days', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // 23-hour day follows
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26'); // 25-hour day
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    process.env.TZ = 'America/Sao_Paulo';
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  test('weeks start on Monday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23'); // a Wednesday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // Sunday
  });
});

describe('streaks', () => {
  const days = (...keys: string[]) => new Set(keys);
  test('counts back from today, or from yesterday when today is still open', () => {
    expect(streaks(days('2026-11-23', '2026-11-24', '2026-11-25'), '2026-11-25')).toEqual({
      current: 3,
      best: 3,
    });
    expect(streaks(days('2026-11-23', '2026-11-24'), '2026-11-25').current).toBe(2);
    expect(streaks(days('2026-11-22', '2026-11-23'), '2026-11-25').current).toBe(0);
  });

  test('the best streak is the longest run, across months and DST', () => {
    process.env.TZ = 'Europe/Berlin';
    const run = [
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ];
    expect(streaks(days(...run, '2026-04-03'), '2026-04-03')).toEqual({ current: 1, best: 6 });
  });

  test('sessions either side of midnight are two days in a row', () => {
    process.env.TZ = 'Europe/Berlin';
    const stats = practiceStats(
      [
        session('2026-11-24T22:50:00Z'),
        session('2026-11-24T22:40:00Z'),
        session('2026-11-24T23:10:00Z'),
      ],
      new Date('2026-11-25T08:00:00Z'),
    );
    // 23:50 and 23:40 on the 24th, 00:10 on the 25th, Berlin time.
    expect(stats.streak).toEqual({ current: 2, best: 2 });
  });

  test('only completed sessions keep a streak, though every session counts its minutes', () => {
    process.env.TZ = 'UTC';
    const stats = practiceStats(
      [
        session('2026-11-25T07:00:00Z', { completed: false, outcome: 'quit', duration_ms: 60_000 }),
        session('2026-11-24T07:00:00Z'),
      ],
      new Date('2026-11-25T09:00:00Z'),
    );
    expect(stats.streak.current).toBe(1);
    expect(stats.total).toEqual({ sessions: 2, minutes: 6 });
  });
});

describe('the week against the plan', () => {
  test('short weekday sessions, ten-minute evenings and bedtime sessions are told apart', () => {
    process.env.TZ = 'UTC';
    const now = new Date('2026-11-27T12:00:00Z'); // Friday
    const stats = practiceStats(
      [
        session('2026-11-23T08:00:00Z'), // Mon short
        session('2026-11-24T19:00:00Z', { routine: 'anxiety', duration_ms: 600_000 }), // Tue evening
        session('2026-11-25T22:00:00Z', {
          routine: 'evening',
          bedtime: true,
          duration_ms: 500_000,
        }), // Wed bedtime
        // Named bedtime but not a bedtime routine: counted by what it is, not its name.
        session('2026-11-24T07:00:00Z', { routine: 'bedtime', duration_ms: 60_000 }),
        session('2026-11-26T09:00:00Z', { routine: 'classic', duration_ms: 630_000 }), // Thu morning, long
        session('2026-11-16T08:00:00Z'), // last week
      ],
      now,
    );
    expect(stats.week.days.map((day) => [day.short, day.ten_minute, day.bedtime])).toEqual([
      [true, false, false],
      [true, true, false],
      [false, false, true],
      [false, true, false],
      [false, false, false],
      [false, false, false],
      [false, false, false],
    ]);
    expect(stats.week).toMatchObject({
      weekdays_with_session: 4,
      weekdays_so_far: 5,
      ten_minute_evenings: 1,
      bedtime_sessions: 1,
    });
    expect(stats.this_week.sessions).toBe(5);
    expect(stats.minutes_per_day).toHaveLength(28);
    expect(stats.minutes_per_day.at(-1)).toEqual({ date: '2026-11-27', minutes: 0 });
    expect(stats.minutes_per_day.find((day) => day.date === '2026-11-24')?.minutes).toBe(11);
  });
});

describe('check-ins', () => {
  test('averages the last 14 sessions rated before and after, and the drop', () => {
    process.env.TZ = 'UTC';
    const rated = Array.from({ length: 20 }, (_, index) =>
      session(new Date(Date.UTC(2026, 10, 1 + index, 8)).toISOString(), {
        // The newest 14 are 6 → 3; the older six are 9 → 9 and must not count.
        checkin: index >= 6 ? { before: 6, after: 3 } : { before: 9, after: 9 },
      }),
    ).reverse();
    const stats = practiceStats(
      [session('2026-11-25T08:00:00Z', { checkin: { before: 5 } }), ...rated],
      new Date('2026-11-25T12:00:00Z'),
    );
    expect(stats.checkins).toMatchObject({ count: 14, before: 6, after: 3, drop: 3 });
    expect(stats.checkins?.drops).toEqual(Array(14).fill(3));
  });

  test('no check-ins: none reported', () => {
    expect(practiceStats([session('2026-11-25T08:00:00Z')], new Date()).checkins).toBeNull();
  });
});

describe('a long history', () => {
  test('50,000 sessions on one day are counted in one pass', () => {
    // Joined day by day through copies, this took minutes.
    process.env.TZ = 'UTC';
    const sessions = Array.from({ length: 50_000 }, (_, index) =>
      session(new Date(Date.UTC(2026, 10, 25, 8, 0, index % 60)).toISOString(), {
        id: String(index),
        duration_ms: 60_000,
      }),
    );
    const stats = practiceStats(sessions, new Date('2026-11-25T12:00:00Z'));
    expect(stats.total).toEqual({ sessions: 50_000, minutes: 50_000 });
    expect(stats.this_week.sessions).toBe(50_000);
    expect(stats.minutes_per_day.at(-1)).toEqual({ date: '2026-11-25', minutes: 50_000 });
    expect(stats.streak).toEqual({ current: 1, best: 1 });
  });
});

describe('sparkline', () => {
  test('eight heights, and a dot for nothing', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('·▁▂▄█');
    expect(sparkline([0, 0])).toBe('··');
    expect(sparkline([-2, 3])).toBe('·█');
  });
});
