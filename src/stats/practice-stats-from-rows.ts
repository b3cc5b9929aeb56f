import type { RowView } from '../store/history-summary.js';
import { newer } from '../store/newest-sessions.js';
import { rowBytes, rowField } from '../store/summary-file.js';
import { addDays, dayKey, weekStart } from './local-day.js';
import { dayNumberKey, keyDayNumber, localDayNumber } from './local-day-number.js';
import {
  chartDays,
  checkInWindow,
  type DayPractice,
  eveningHour,
  longSessionMs,
  type PracticeStats,
} from './practice-stats.js';
import { bestStreak } from './streaks.js';

// practiceStats, in one pass over the history's rows without keeping them:
// totals, the days with a completed session (as day numbers, for streaks),
// the few days shown (this week, the chart) in full, and the newest rated
// sessions. The same figures as practiceStats on the joined sessions
// (test/stats/practice-stats-rows.test.ts compares the two on generated
// histories in several time zones).

interface DayTotals {
  sessions: number;
  ms: number;
  short: boolean;
  tenMinute: boolean;
  bedtime: number;
  tenMinuteEvening: boolean;
}

export function practiceStatsFromRows(view: RowView, now: Date): PracticeStats {
  const today = dayKey(now);
  const todayNumber = keyDayNumber(today);
  const monday = keyDayNumber(weekStart(today));
  // The days shown one by one: the chart's four weeks and this whole week.
  const firstShown = Math.min(monday, todayNumber - chartDays + 1);
  const lastShown = Math.max(monday + 6, todayNumber);
  const shown = new Map<number, DayTotals>();
  const totals = { sessions: 0, ms: 0 };
  const completed = new DayList();
  let lastCompleted = Number.NaN;
  // Hundreds of thousands of rows: read straight from the stored bytes.
  view.forEachChunk(({ bytes, view: data, count, sameZone }) => {
    for (let at = 0; at < count * rowBytes; at += rowBytes) {
      const durationMs = data.getFloat64(at + rowField.durationMs, true);
      if (!(durationMs > 0)) continue;
      const flags = bytes[at + rowField.flags] as number;
      const localDay = sameZone
        ? data.getInt32(at + rowField.localDay, true)
        : localDayNumber(data.getFloat64(at + rowField.startMs, true));
      totals.sessions++;
      totals.ms += durationMs;
      // Mostly the same day as the row before: checked here, not in a call.
      if (flags & 1 && localDay !== lastCompleted) {
        completed.add(localDay);
        lastCompleted = localDay;
      }
      if (localDay >= firstShown && localDay <= lastShown) {
        const startMs = data.getFloat64(at + rowField.startMs, true);
        const evening =
          localDay >= monday &&
          localDay < monday + 7 &&
          new Date(startMs).getHours() >= eveningHour;
        countShown(shown, localDay, durationMs, (flags & 2) === 2, evening);
      }
    }
  });

  const completedDays = completed.sorted();
  const weekNumbers = Array.from({ length: 7 }, (_, offset) => monday + offset);
  const days = weekNumbers.map((number) => dayPractice(number, shown));
  const weekTotals = weekNumbers.map((number) => shown.get(number));
  const weekMs = weekTotals.reduce((sum, day) => sum + (day?.ms ?? 0), 0);
  return {
    today,
    streak: { current: currentRun(completedDays, todayNumber), best: bestStreak(completedDays) },
    this_week: {
      sessions: days.reduce((sum, practice) => sum + practice.sessions, 0),
      minutes: minutes(weekMs),
    },
    total: { sessions: totals.sessions, minutes: minutes(totals.ms) },
    week: {
      days,
      weekdays_with_session: days.slice(0, 5).filter((practice) => practice.sessions > 0).length,
      weekdays_so_far: days.slice(0, 5).filter((practice) => practice.date <= today).length,
      ten_minute_evenings: weekTotals.filter((day) => day?.tenMinuteEvening).length,
      bedtime_sessions: weekTotals.reduce((sum, day) => sum + (day?.bedtime ?? 0), 0),
    },
    checkins: checkInTrend(newestRated(view)),
    minutes_per_day: Array.from({ length: chartDays }, (_, index) => {
      const date = addDays(today, index - chartDays + 1);
      return { date, minutes: minutes(shown.get(keyDayNumber(date))?.ms ?? 0) };
    }),
  };
}

function countShown(
  shown: Map<number, DayTotals>,
  localDay: number,
  durationMs: number,
  bedtime: boolean,
  evening: boolean,
): void {
  let day = shown.get(localDay);
  if (!day) {
    day = {
      sessions: 0,
      ms: 0,
      short: false,
      tenMinute: false,
      bedtime: 0,
      tenMinuteEvening: false,
    };
    shown.set(localDay, day);
  }
  day.sessions++;
  day.ms += durationMs;
  if (bedtime) day.bedtime++;
  else if (durationMs < longSessionMs) day.short = true;
  else {
    day.tenMinute = true;
    if (evening) day.tenMinuteEvening = true;
  }
}

/** Day numbers, a day seen again straight after itself kept once. */
class DayList {
  private days = new Float64Array(1024);
  private count = 0;

  add(day: number): void {
    if (this.count > 0 && this.days[this.count - 1] === day) return;
    if (this.count === this.days.length) {
      const grown = new Float64Array(this.days.length * 2);
      grown.set(this.days);
      this.days = grown;
    }
    this.days[this.count++] = day;
  }

  /** Sorted; a history written in order usually is already. */
  sorted(): Float64Array {
    const days = this.days.subarray(0, this.count);
    for (let index = 1; index < days.length; index++)
      if ((days[index] as number) < (days[index - 1] as number)) return days.sort();
    return days;
  }
}

interface Rated {
  startMs: number;
  order: number;
  before: number;
  after: number;
}

/**
 * The `checkInWindow` newest sessions rated before and after, oldest first,
 * found from the last row back: once every row before starts earlier than
 * the oldest kept, none of them can count.
 */
function newestRated(view: RowView): Rated[] {
  const kept: Rated[] = [];
  let order = 0;
  view.forEachRowBackward((row, latestStart) => {
    order--;
    const oldest = kept[checkInWindow - 1];
    if (oldest && latestStart < oldest.startMs) return false;
    if (!(row.before >= 0 && row.after >= 0)) return true;
    const candidate = { startMs: row.startMs, order, before: row.before, after: row.after };
    if (oldest && !newer(candidate, oldest)) return true;
    let index = kept.length;
    while (index > 0 && newer(candidate, kept[index - 1] as Rated)) index--;
    kept.splice(index, 0, candidate);
    if (kept.length > checkInWindow) kept.pop();
    return true;
  });
  return kept.reverse();
}

/** Days in a row up to today, or yesterday while today is open, in sorted day numbers. */
function currentRun(sorted: Float64Array, today: number): number {
  let index = sorted.length - 1;
  while (index >= 0 && (sorted[index] as number) > today) index--;
  let expected = sorted[index] === today ? today : today - 1;
  let run = 0;
  for (; index >= 0; index--) {
    const day = sorted[index] as number;
    if (day === expected + 1) continue; // the same day again
    if (day !== expected) break;
    run++;
    expected--;
  }
  return run;
}

function dayPractice(number: number, shown: Map<number, DayTotals>): DayPractice {
  const day = shown.get(number);
  return {
    date: dayNumberKey(number),
    sessions: day?.sessions ?? 0,
    minutes: minutes(day?.ms ?? 0),
    short: day?.short ?? false,
    ten_minute: day?.tenMinute ?? false,
    bedtime: (day?.bedtime ?? 0) > 0,
  };
}

function minutes(ms: number): number {
  return Math.round(ms / 6000) / 10;
}

/** Oldest first. */
function checkInTrend(
  rated: ReadonlyArray<{ before: number; after: number }>,
): PracticeStats['checkins'] {
  if (rated.length === 0) return null;
  const average = (values: number[]) =>
    Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const before = average(rated.map((s) => s.before));
  const after = average(rated.map((s) => s.after));
  return {
    count: rated.length,
    before,
    after,
    drop: Math.round((before - after) * 10) / 10,
    drops: rated.map((s) => s.before - s.after),
  };
}
