// "m:ss" for every time shown to people (plain lines, tables, the screen):
// whole seconds, rounded up for countdowns so "0:00" only appears when time
// is really up, and to the nearest second for how long something took.

export type ClockRounding = 'floor' | 'ceil' | 'round';

export function formatClock(ms: number, rounding: ClockRounding = 'floor'): string {
  const total = Math.max(0, Math[rounding](ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** "5s", "1m 20s": a phase's length in a table. */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds}s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}m ${whole % 60}s`;
}

/** "about 5 min" for lists and summaries. */
export function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return `${minutes.toFixed(1)} min`;
}

/** "1 group", "3 groups". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
