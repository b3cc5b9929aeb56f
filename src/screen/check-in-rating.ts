// A check-in is one key: 0–9 as they are, t for ten; Enter or s skips; q or
// Esc means "not now" (before a session, it ends pmr without one).
export type CheckInAnswer = number | 'skip' | 'quit' | 'interrupt';

export function checkInAnswer(
  input: string,
  key: { return?: boolean; ctrl?: boolean; escape?: boolean },
): CheckInAnswer | undefined {
  if (key.ctrl && input === 'c') return 'interrupt';
  if (key.escape || input === 'q' || input === 'Q') return 'quit';
  if (key.return || input === 's' || input === 'S') return 'skip';
  if (/^[0-9]$/.test(input)) return Number(input);
  if (input === 't' || input === 'T') return 10;
  return undefined;
}
