import type { Position, TensionMode } from '../routine/routine.js';
import { breathCues, closingCue, restCue, scanCue } from './phase-cues.js';
import { positionCue } from './position-cues.js';

// What pmr says, and when, written for listening with the eyes closed. Each
// group is announced before its tension (what to do, and to keep breathing),
// so the tension itself starts on one short word and the hold is silent; the
// release begins on an out-breath. Pure: the planner times every line.

/** The one word that starts a tension (or an imagined one). */
export const tenseWord = 'Now.';

/** The words that open every release: let go, on an out-breath. */
export const releaseOpening = 'And release, breathe out.';

const breathingReminder = /breath/i;

/** A tension cue with the reminder the clinical scripts insist on: keep breathing. */
export function withBreathing(cue: string, mode: TensionMode): string {
  const sentence = cue.trim().replace(/[.!]+$/, '');
  if (!sentence) return mode === 'imagery' ? 'Breathe easily.' : 'Keep breathing.';
  if (breathingReminder.test(sentence)) return `${sentence}.`;
  return mode === 'imagery' ? `${sentence}, breathing easily.` : `${sentence}, and keep breathing.`;
}

/**
 * What is said as a group is announced: its name, then what to do. Coming
 * round again, the person knows what to do: a reminder to breathe is enough.
 */
export function announcement(label: string, instruction: string, round: number): string {
  return round > 1 ? `${label} again, and keep breathing.` : `${label} next. ${instruction}`;
}

/**
 * What is said for a group that began to hurt (x) when it comes round again:
 * short, so it fits the time planned for its usual words; the screen shows
 * what to imagine.
 */
export function imaginedAnnouncement(label: string, round: number): string {
  return round > 1
    ? `${label} again, only imagined.`
    : `${label} next. Only imagine it this time, breathing easily.`;
}

/** What is said as a release begins. */
export function releaseWords(releaseCue: string): string {
  const cue = releaseCue.trim();
  return cue ? `${releaseOpening} ${cue}` : releaseOpening;
}

/**
 * Gentle things to notice during a long release, in turn; the routine's own
 * come first. Each is said on its own, at least 15 s after the one before.
 */
export function releasePrompts(closingWord: string, own: readonly string[]): string[] {
  return [
    ...own,
    'Notice the warmth and the heaviness as the muscles let go.',
    `With each out-breath, let the word "${closingWord}" soften you a little more.`,
    'Nothing to do now. Let it loosen on its own.',
    'Feel the difference between before and now.',
  ];
}

/** How a session opens: undo what is tight, settle into a supported position, rest the eyes. */
export function setupWords(position: Position): string {
  return `Loosen anything tight and slip off your shoes. ${positionCue(position)} Close your eyes, or let your gaze rest softly.`;
}

/** Said once the scan has begun, so the sensations it may bring are no surprise. */
export const scanReassurance =
  'Tingling, warmth or a floating feeling are normal here, and they pass.';

export const breathWords = {
  ...breathCues,
  /** With --count, a breath is paced by counting its seconds. */
  countIn: 'In.',
  countOut: 'Out.',
} as const;

export { closingCue, restCue, scanCue };
