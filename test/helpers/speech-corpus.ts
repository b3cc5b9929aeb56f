import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pacing } from '../../src/plan/pacing.js';
import type { Plan } from '../../src/plan/phase.js';
import { breathCues, closingCue, restCue, scanCue } from '../../src/plan/phase-cues.js';
import { planSession } from '../../src/plan/plan-session.js';
import { positionCue } from '../../src/plan/position-cues.js';
import { catalog, catalogIds, imageryCueFor, microCueFor } from '../../src/routine/catalog.js';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { packageRoot } from '../../src/routine/package-root.js';
import type { Routine } from '../../src/routine/routine.js';
import { positions } from '../../src/routine/routine-spec.js';
import { calmSentences } from './calm-sentences.js';
import { unusualLines } from './unusual-lines.js';

// Everything pmr says, and more in the same style: the corpus the speech
// estimate is calibrated and tested on. Built from the sources themselves, so
// a reworded cue is measured the next time the tests run.

/** The ways a plan's words change: pace, the gentler modes, counted breaths. */
export const speechVariants: Readonly<Record<string, Pacing>> = {
  normal: {},
  slow: { slow: true },
  micro: { mode: 'micro' },
  imagery: { mode: 'imagery' },
  count: { count: true },
  'slow count': { slow: true, count: true },
};

function loadRoutine(name: string, yaml: string): Routine {
  const file = join(packageRoot(), 'routines', `${name}.yaml`);
  const result = parseRoutine(yaml, { kind: 'built-in', file });
  if (!result.ok) throw new Error(`${name} does not load: ${result.issues[0]?.message}`);
  return result.routine;
}

/** The built-in routines, by name. */
export function builtInRoutines(): Map<string, Routine> {
  const routinesDir = join(packageRoot(), 'routines');
  const routines = new Map<string, Routine>();
  for (const entry of readdirSync(routinesDir).filter((name) => name.endsWith('.yaml'))) {
    const name = entry.slice(0, -'.yaml'.length);
    routines.set(name, loadRoutine(name, readFileSync(join(routinesDir, entry), 'utf8')));
  }
  return routines;
}

/** A routine of every group in the catalogue, twice, so every cue is said in every form. */
export function everyGroupRoutine(): Routine {
  const steps = catalogIds.map((id) => `  - ${id}`).join('\n');
  return loadRoutine(
    'every-group',
    `name: every-group\ntitle: Every group\nsummary: Each group in the catalogue.\nposition: lying\nrepeat: 2\nsteps:\n${steps}\n`,
  );
}

/** Every plan whose words the tests hold against the engine: each routine in each variant. */
export function spokenPlans(): Array<{ name: string; variant: string; plan: Plan }> {
  const routines = builtInRoutines();
  routines.set('every-group', everyGroupRoutine());
  const plans: Array<{ name: string; variant: string; plan: Plan }> = [];
  for (const [name, routine] of routines) {
    for (const [variant, pacing] of Object.entries(speechVariants)) {
      plans.push({ name, variant, plan: planSession(routine, pacing) });
    }
  }
  return plans;
}

/** Every line a plan says, the words for an imagined group included. */
export function planLines(plan: Plan): string[] {
  return plan.phases.flatMap((phase) => [
    ...phase.speech.map((line) => line.text),
    ...(phase.imagined?.speech.map((line) => line.text) ?? []),
  ]);
}

/** Every line pmr can say today: every built-in routine and every group, in every variant. */
export function spokenLines(): string[] {
  return spokenPlans().flatMap(({ plan }) => planLines(plan));
}

/** Every cue in the sources as written, alone: the words a planner may yet speak apart. */
export function cueLines(): string[] {
  const closingWords = ['soften', 'calm', 'ease', 'sleep', 'let go'];
  const lines: string[] = [
    ...Object.values(breathCues),
    restCue,
    scanCue,
    ...closingWords.map(closingCue),
    ...positions.map(positionCue),
  ];
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
