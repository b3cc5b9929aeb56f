// The last words of a session, after its summary and any check-in. When the
// person feels more tense than before, pmr does not say "well done": it says
// that this happens, and what to try next time.

export interface SessionOutcome {
  completed: boolean;
  /** Check-in ratings, 0–10, when given. */
  before?: number;
  after?: number;
}

export const tenserAfter =
  'Tension went up this time, and that happens. Next time try --micro or --imagery, and see pmr safety if anything hurt.';

export function partingWords({ completed, before, after }: SessionOutcome): string {
  if (before !== undefined && after !== undefined && after > before) return tenserAfter;
  return completed
    ? 'Well done. Let the ease you found come with you.'
    : 'Thank you for taking this time. Come back whenever you like.';
}
