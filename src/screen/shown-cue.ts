import type { Phase } from '../plan/phase.js';

// The words under the label: the phase's cue, until a prompt of the phase
// takes its place (a long release's gentle reminders, the scan's
// reassurance); the latest prompt whose moment has come stays.

export function shownCue(phase: Phase, elapsedMs: number): string {
  const shown = phase.prompts.filter((prompt) => prompt.at_ms <= elapsedMs).at(-1);
  return shown?.text ?? phase.cue;
}

/** Milliseconds until the next prompt takes the cue's place. */
export function msUntilNextPrompt(phase: Phase, elapsedMs: number): number {
  const next = phase.prompts.find((prompt) => prompt.at_ms > elapsedMs);
  return next ? next.at_ms - elapsedMs : Number.POSITIVE_INFINITY;
}
