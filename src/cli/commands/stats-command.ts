import type { Display } from '../../report/display.js';
import { clipText } from '../../report/display-width.js';
import { plural } from '../../report/format-clock.js';
import { weekdayNames } from '../../stats/local-day.js';
import type { DayPractice, PracticeStats } from '../../stats/practice-stats.js';
import { sparkline } from '../../stats/sparkline.js';

// `pmr stats`: progress at a glance, in 40 columns and without colour.

export function formatStats(stats: PracticeStats, display: Display): string {
  const { width, glyphs } = display;
  const dot = ` ${glyphs.separator} `;
  const { streak, week } = stats;
  const lines = [
    'Practice',
    `  streak      ${plural(streak.current, 'day')} (best ${streak.best})`,
    `  this week   ${plural(stats.this_week.sessions, 'session')}${dot}${stats.this_week.minutes} min`,
    `  in all      ${plural(stats.total.sessions, 'session')}${dot}${stats.total.minutes} min`,
    '',
    `This week (${['s short', 'T ten-minute', 'b bedtime'].join(dot)})`,
    `  ${weekdayNames.map((name) => name.padEnd(4)).join('')}`,
    `  ${week.days.map((day) => dayMark(day, stats.today, glyphs.nothing).padEnd(4)).join('')}`,
    `  short sessions on weekdays  ${week.weekdays_with_session} of ${week.weekdays_so_far}`,
    `  ten-minute evenings         ${week.ten_minute_evenings} of 2${glyphs.rangeDash}3`,
    `  bedtime sessions            ${week.bedtime_sessions}`,
    '',
  ];
  const { checkins } = stats;
  if (checkins) {
    lines.push(
      `Tension, last ${plural(checkins.count, 'check-in')}`,
      `  ${checkins.before} ${glyphs.arrow} ${checkins.after} out of 10${dot}drop ${checkins.drop}`,
      `  drops  ${sparkline(checkins.drops, glyphs)}`,
      '',
    );
  } else {
    lines.push('Tension: no check-ins yet (pmr --checkin)', '');
  }
  const perDay = stats.minutes_per_day.map((day) => day.minutes);
  lines.push(
    'Minutes a day, last 4 weeks',
    `  ${sparkline(perDay, glyphs)}`,
    `  top ${Math.max(0, ...perDay)} min${dot}"${glyphs.nothing}" none`,
  );
  const fit = (line: string) => {
    const trimmed = line.trimEnd();
    return width === undefined ? trimmed : clipText(trimmed, width, glyphs.ellipsis);
  };
  return `${lines.map(fit).join('\n')}\n`;
}

function dayMark(day: DayPractice, today: string, nothing: string): string {
  if (day.date > today) return '';
  const marks = `${day.short ? 's' : ''}${day.ten_minute ? 'T' : ''}${day.bedtime ? 'b' : ''}`;
  return marks || nothing;
}
