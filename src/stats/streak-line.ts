// The one calm line about the streak at the end of a session.
export function streakLine(current: number, completedToday: boolean): string {
  if (completedToday) {
    return current <= 1
      ? 'Day one of a streak. Tomorrow, if you can.'
      : `${current} days in a row. That steadiness is what counts.`;
  }
  return current > 0
    ? `Your streak is ${current} ${current === 1 ? 'day' : 'days'}; a full session today adds one.`
    : 'A full session starts a streak, whenever you are ready.';
}
