// A check-in is one key: 0–9 as they are, t for ten; Enter or s skips.
export type CheckInAnswer = number | 'skip' | 'interrupt';

export function checkInAnswer(
  input: string,
  key: { return?: boolean; ctrl?: boolean },
): CheckInAnswer | undefined {
  if (key.ctrl && input === 'c') return 'interrupt';
  if (key.return || input === 's' || input === 'S') return 'skip';
  if (/^[0-9]$/.test(input)) return Number(input);
  if (input === 't' || input === 'T') return 10;
  return undefined;
}
