// The one line that says what --minutes left out to fit, so a shorter session
// never drops a group without saying so.

// Made on first use: starting ICU's list formatter takes milliseconds, and
// most plans leave nothing out.
let list: Intl.ListFormat | undefined;

/** "to fit 2.2 minutes, left out the repeats and hips, neck", or null when nothing was. */
export function leftOutLine(leftOut: readonly string[], minutes: number | null): string | null {
  if (leftOut.length === 0) return null;
  const target =
    minutes === null ? 'the time asked for' : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  list ??= new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  return `to fit ${target}, left out ${list.format(leftOut)}.`;
}
