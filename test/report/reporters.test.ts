import { describe, expect, test } from 'vitest';
import type { Phase, Plan } from '../../src/plan/phase.js';
import { createJsonReporter } from '../../src/report/json-reporter.js';
import { createPlainReporter } from '../../src/report/plain-reporter.js';
import type { SessionEvent } from '../../src/session/session-event.js';
import { deliver } from '../helpers/deliver.js';

const phase: Phase = {
  index: 0,
  kind: 'release',
  group: 'jaw',
  label: 'Jaw',
  cue: 'Let your jaw hang loose.',
  offset_ms: 5000,
  duration_ms: 15_000,
  step: 0,
  place: null,
  mode: 'full',
  speech: [],
  prompts: [],
};
const plan: Plan = {
  sensitive: [],
  routine: {
    name: 'x',
    title: 'A test',
    summary: '',
    position: 'sitting',
    source: 'inline',
    file: '',
  },
  steps: 1,
  phases: [phase],
  total_ms: 20_000,
  speech_wpm: 150,
  left_out: [],
};
const events: SessionEvent[] = [
  {
    type: 'start',
    at_ms: 0,
    routine: 'x',
    title: 'A test',
    total_ms: 20_000,
    phases: 1,
    speech_wpm: 150,
  },
  {
    type: 'phase',
    at_ms: 5000.4,
    phase,
    progress: { elapsed_ms: 5000, phases_done: 1, groups_done: ['jaw'] },
  },
  { type: 'pause', at_ms: 6000, index: 0 },
  { type: 'resume', at_ms: 9000, index: 0, paused_ms: 3000 },
  { type: 'skip', at_ms: 9500, from: 0, to: 1 },
  {
    type: 'end',
    at_ms: 9500,
    completed: false,
    reason: 'quit',
    elapsed_ms: 6500,
    phases_done: 1,
    groups_done: ['jaw'],
  },
];

describe('JSON reporter', () => {
  test('one JSON object per line, phase fields flattened like pmr show --json', async () => {
    let out = '';
    await deliver(
      createJsonReporter((text) => {
        out += text;
      }),
      events,
    );
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(events.length);
    const records = lines.map((line) => JSON.parse(line));
    expect(records.map((record) => record.type)).toEqual([
      'start',
      'phase',
      'pause',
      'resume',
      'skip',
      'end',
    ]);
    expect(records[1]).toEqual({ type: 'phase', ...phase, at_ms: 5000 });
    expect(records[5]).toMatchObject({ completed: false, elapsed_ms: 6500, phases_done: 1 });
  });
});

describe('plain reporter', () => {
  test('readable lines with no escape codes', async () => {
    let out = '';
    await deliver(
      createPlainReporter(plan, (text) => {
        out += text;
      }),
      events,
    );
    expect(out.includes('\u001b')).toBe(false);
    expect(out.split('\n')).toEqual([
      'A test · 1 phase · 0:20',
      '0:05  RELEASE      Jaw     15s  Let your jaw hang loose.',
      '0:06  paused',
      '0:09  resumed after 0:03',
      'Stopped · 0:06 · 1 group',
      '',
    ]);
  });
});
