import type { Phase } from './phase.js';

/** A phase as `pmr show --json` and the `--json` event stream both publish it. */
export function phaseToJson(phase: Phase) {
  return {
    index: phase.index,
    kind: phase.kind,
    group: phase.group,
    label: phase.label,
    cue: phase.cue,
    offset_ms: phase.offset_ms,
    duration_ms: phase.duration_ms,
    step: phase.step,
    mode: phase.mode,
    place: phase.place,
    speech: phase.speech,
    prompts: phase.prompts,
  };
}
