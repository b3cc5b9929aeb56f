import type { SessionRecord } from '../store/session-history.js';
import { addDays, type DayKey, dayKey, weekStart } from './local-day.js';
import { type Streaks, streaks } from './streaks.js';

// Progress at a glance, from the history alone: streaks, this week against
// the guide's weekly plan (a short session on weekdays, a ten-minute one on
// two or three evenings, a bedtime one when stress is high), tension
// check-ins, and minutes a day over four weeks.

/** A session this long or longer counts as a ten-minute one. */
export const longSessionMs = 8 * 60_000;
/** Evenings begin at this local hour. */
export const eveningHour = 17;
export const checkInWindow = 14;
export const chartDays = 28;

export interface DayPractice {
  date: DayKey;
  sessions: number;
  minutes: number;
  short: boolean;
  ten_minute: boolean;
  bedtime: boolean;
}

export interface PracticeStats {
  today: DayKey;
  streak: Streaks;
  this_week: { sessions: number; minutes: number };
  total: { sessions: number; minutes: number };
  week: {
    days: DayPractice[];
    weekdays_with_session: number;
    weekdays_so_far: number;
    ten_minute_evenings: number;
    bedtime_sessions: number;
  };
  checkins: { count: number; before: number; after: number; drop: number; drops: number[] } | null;
  minutes_per_day: Array<{ date: DayKey; minutes: number }>;
}

export function practiceStats(sessions: readonly SessionRecord[], now: Date): PracticeStats {
  const today = dayKey(now);
  const practised = sessions.filter((session) => session.duration_ms > 0);
  // One pass, each day's list grown in place: a history of any size, even
  // thousands of sessions on one day, takes time in proportion to its length.
  const byDay = new Map<DayKey, SessionRecord[]>();
  const completedDays = new Set<DayKey>();
  for (const session of practised) {
    const key = dayKey(new Date(session.started_at));
    const list = byDay.get(key);
    if (list) list.push(session);
    else byDay.set(key, [session]);
    if (session.completed) completedDays.add(key);
  }

  const monday = weekStart(today);
  const days = Array.from({ length: 7 }, (_, offset) =>
    dayPractice(addDays(monday, offset), byDay),
  );
  const weekSessions = days.flatMap((day) => byDay.get(day.date) ?? []);
  const weekdaysSoFar = days.slice(0, 5).filter((day) => day.date <= today).length;

  return {
    today,
    streak: streaks(completedDays, today),
    this_week: { sessions: weekSessions.length, minutes: minutes(weekSessions) },
    total: { sessions: practised.length, minutes: minutes(practised) },
    week: {
      days,
      weekdays_with_session: days.slice(0, 5).filter((day) => day.sessions > 0).length,
      weekdays_so_far: weekdaysSoFar,
      ten_minute_evenings: days.filter((day) =>
        (byDay.get(day.date) ?? []).some(
          (s) =>
            s.duration_ms >= longSessionMs &&
            !isBedtime(s) &&
            new Date(s.started_at).getHours() >= eveningHour,
        ),
      ).length,
      bedtime_sessions: weekSessions.filter(isBedtime).length,
    },
    checkins: checkInTrend(sessions),
    minutes_per_day: Array.from({ length: chartDays }, (_, index) => {
      const date = addDays(today, index - chartDays + 1);
      return { date, minutes: minutes(byDay.get(date) ?? []) };
    }),
  };
}

function dayPractice(date: DayKey, byDay: Map<DayKey, SessionRecord[]>): DayPractice {
  const list = byDay.get(date) ?? [];
  return {
    date,
    sessions: list.length,
    minutes: minutes(list),
    short: list.some((s) => s.duration_ms < longSessionMs && !isBedtime(s)),
    ten_minute: list.some((s) => s.duration_ms >= longSessionMs && !isBedtime(s)),
    bedtime: list.some(isBedtime),
  };
}

function isBedtime(session: SessionRecord): boolean {
  return session.bedtime;
}

function minutes(list: readonly SessionRecord[]): number {
  return Math.round(list.reduce((sum, s) => sum + s.duration_ms, 0) / 6000) / 10;
}

/** The last 14 sessions rated both before and after, oldest first. */
function checkInTrend(sessions: readonly SessionRecord[]): PracticeStats['checkins'] {
  const rated = sessions
    .filter((s) => s.checkin.before !== undefined && s.checkin.after !== undefined)
    .slice(0, checkInWindow)
    .reverse();
  if (rated.length === 0) return null;
  const average = (values: number[]) =>
    Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const before = average(rated.map((s) => s.checkin.before ?? 0));
  const after = average(rated.map((s) => s.checkin.after ?? 0));
  return {
    count: rated.length,
    before,
    after,
    drop: Math.round((before - after) * 10) / 10,
    drops: rated.map((s) => (s.checkin.before ?? 0) - (s.checkin.after ?? 0)),
  };
}
