import type { Phase, PhaseKind, Plan, ShownLine, SpeechLine } from '../../src/plan/phase.js';

export interface PhaseSpec {
  kind: PhaseKind;
  ms: number;
  group?: string;
  step?: number | null;
  speech?: SpeechLine[];
  prompts?: ShownLine[];
}

/** A plan from a list of phases, offsets filled in. */
export function buildPlan(specs: PhaseSpec[]): Plan {
  let offset = 0;
  const phases: Phase[] = specs.map((spec, index) => {
    const phase: Phase = {
      index,
      kind: spec.kind,
      group: spec.group ?? null,
      label: spec.group ?? spec.kind,
      cue: `${spec.kind} cue`,
      offset_ms: offset,
      duration_ms: spec.ms,
      speech: spec.speech ?? [],
      prompts: spec.prompts ?? [],
      step: spec.step ?? null,
      place: null,
      mode: ['prepare', 'tense', 'release'].includes(spec.kind) ? 'full' : null,
      ...(spec.group && ['prepare', 'tense'].includes(spec.kind)
        ? { imagined: { cue: `imagine ${spec.group}`, speech: [] } }
        : {}),
    };
    offset += spec.ms;
    return phase;
  });
  const steps = new Set(phases.map((phase) => phase.step).filter((step) => step !== null)).size;
  return {
    sensitive: [],
    routine: {
      name: 'test',
      title: 'Test',
      summary: '',
      position: 'sitting',
      source: 'inline',
      file: '',
    },
    steps,
    phases,
    total_ms: offset,
    speech_wpm: 150,
    left_out: [],
  };
}

/** setup 10 s, then for each group tense 5 s + release 15 s, then closing 10 s. */
export function groupsPlan(groups: string[]): Plan {
  return buildPlan([
    { kind: 'setup', ms: 10_000 },
    ...groups.flatMap((group, step) => [
      { kind: 'tense' as const, ms: 5000, group, step },
      { kind: 'release' as const, ms: 15_000, group, step },
    ]),
    { kind: 'closing', ms: 10_000 },
  ]);
}
