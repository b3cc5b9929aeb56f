import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spokenWords } from '../../src/cues/spoken-words.js';
import type { Phase, PhaseKind } from '../../src/plan/phase.js';
import { breathCues, closingCue, restCue, scanCue } from '../../src/plan/phase-cues.js';
import { planSession } from '../../src/plan/plan-session.js';
import { positionCue } from '../../src/plan/position-cues.js';
import { catalog, imageryCueFor, microCueFor } from '../../src/routine/catalog.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { packageRoot } from '../../src/routine/package-root.js';
import type { TensionMode } from '../../src/routine/routine.js';
import { positions } from '../../src/routine/routine-spec.js';
import { calmSentences } from './calm-sentences.js';
import { unusualLines } from './unusual-lines.js';

// Everything pmr says, and more in the same style: the corpus the speech
// estimate is calibrated and tested on. Built from the sources themselves, so
// a reworded cue is measured the next time the tests run.

/** Every line spoken in every built-in routine, as planned. */
export function builtInRoutineLines(): string[] {
  const routinesDir = join(packageRoot(), 'routines');
  const lines: string[] = [];
  for (const entry of readdirSync(routinesDir).filter((name) => name.endsWith('.yaml'))) {
    const file = join(routinesDir, entry);
    const result = parseRoutine(readFileSync(file, 'utf8'), { kind: 'built-in', file });
    if (!result.ok) throw new Error(`${file} does not load: ${result.issues[0]?.message}`);
    lines.push(...planSession(result.routine).phases.map(spokenWords));
  }
  return lines;
}

/** A phase with only what spokenWords reads. */
function phase(kind: PhaseKind, label: string, cue: string, mode: TensionMode | null): Phase {
  return {
    index: 0,
    kind,
    group: null,
    label,
    cue,
    offset_ms: 0,
    duration_ms: 1,
    step: null,
    mode,
  };
}

/** Every line pmr can say today: each cue in each spoken form it can take. */
export function spokenLines(): string[] {
  const lines = builtInRoutineLines();
  for (const { label, tenseCue, releaseCue, microCue, imageryCue } of Object.values(catalog)) {
    // Any group may be tensed in any mode: a sore group turns micro, then imagery.
    lines.push(
      spokenWords(phase('tense', label, tenseCue, 'full')),
      spokenWords(phase('tense', label, microCue, 'micro')),
      spokenWords(phase('tense', label, imageryCue, 'imagery')),
      spokenWords(phase('release', label, releaseCue, 'full')),
    );
  }
  for (const kind of ['breathe-in', 'breathe-out', 'rest'] as const) {
    lines.push(spokenWords(phase(kind, '', '', null)));
  }
  const closingWords = ['soften', 'calm', 'ease', 'sleep', 'let go'];
  for (const cue of [scanCue, ...closingWords.map(closingCue), ...positions.map(positionCue)]) {
    lines.push(spokenWords(phase('scan', '', cue, null)));
  }
  return lines;
}

/** Every cue in the sources as written, alone: the words a planner may yet speak apart. */
export function cueLines(): string[] {
  const lines: string[] = [...Object.values(breathCues), restCue];
  for (const { label, tenseCue, releaseCue, microCue, imageryCue } of Object.values(catalog)) {
    lines.push(label, tenseCue, releaseCue, microCue, imageryCue);
    // The cues a routine's own group gets when it defines none.
    lines.push(microCueFor(label), imageryCueFor(label));
  }
  return lines;
}

// A type, not an interface, so that Object.entries keeps the parts' type.
export type SpeechCorpus = {
  /** What pmr says today, in every built-in routine and every mode. */
  spoken: string[];
  /** The cues alone, and those for a routine's own groups. */
  cues: string[];
  /** Sentences written in the same style, to calibrate on more than pmr says. */
  written: string[];
  /** Numbers, symbols, emoji, other scripts. */
  unusual: string[];
};

/** The corpus in its parts, each line once, in the first part that has it. */
export function speechCorpus(): SpeechCorpus {
  const seen = new Set<string>();
  const fresh = (lines: readonly string[]) =>
    lines.filter((line) => !seen.has(line) && Boolean(seen.add(line)));
  return {
    spoken: fresh(spokenLines()),
    cues: fresh(cueLines()),
    written: fresh(calmSentences),
    unusual: fresh(unusualLines),
  };
}
