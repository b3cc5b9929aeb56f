import { estimateSpeechMs } from '../cues/speech-duration.js';
import type { SpeechLine } from './phase.js';

// Whether what is said in a phase fits it: each line must have been said
// before the next begins, and the last a moment before the phase ends, at the
// rate the plan is spoken at. Nothing is ever cut off at run time: a line
// that would not fit is a planning error, or its phase is made long enough.

/** Quiet kept after the last words of a phase, so nothing runs into the next. */
export const speechGuardMs = 300;

/** How long a line takes to say at this rate (an upper bound). */
export function lineMs(text: string, wordsPerMinute: number): number {
  return estimateSpeechMs(text, wordsPerMinute);
}

/** The least a phase can last and still hold all its lines, the guard included. */
export function speechNeedMs(lines: readonly SpeechLine[], wordsPerMinute: number): number {
  return lines.reduce(
    (end, line) => Math.max(end, line.at_ms + lineMs(line.text, wordsPerMinute) + speechGuardMs),
    0,
  );
}

/** The first line that would still be speaking when the next begins, if any. */
export function overlappingLine(
  lines: readonly SpeechLine[],
  wordsPerMinute: number,
): SpeechLine | undefined {
  const sorted = [...lines].sort((a, b) => a.at_ms - b.at_ms);
  return sorted.find((line, index) => {
    const next = sorted[index + 1];
    return next !== undefined && line.at_ms + lineMs(line.text, wordsPerMinute) > next.at_ms;
  });
}

/** Milliseconds rounded up to whole seconds: every phase lasts whole seconds. */
export function wholeSeconds(ms: number): number {
  return Math.ceil(ms / 1000) * 1000;
}
