// Measures how exactly a real session keeps time: runs a 95-second session
// with --json and, for every phase, compares when its line arrived (counted
// from the arrival of the start event) with its planned offset.
//
//   npm run bench:timing            prints a table, writes bench-results/timing.json
//
// Goal: every phase within 20 ms of plan, and no growth from the first half
// of the session to the second.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pmr = `${root}bin/pmr.js`;

export const timingArgs = [
  '--groups',
  'jaw,shoulders,hands',
  '--tense',
  '3',
  '--release',
  '10',
  '--breaths',
  '1',
  '--no-scan',
  '--json',
];

/** Runs one session and returns every phase's lateness against its plan. */
export function measureTiming(args = timingArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pmr, ...args], {
      env: { ...process.env, PMR_HOME: `${root}bench-results/home` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let startedAt;
    let pending = '';
    const phases = [];
    let end;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const now = performance.now();
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const event = JSON.parse(line);
        if (event.type === 'start') startedAt = now;
        if (event.type === 'phase') {
          phases.push({
            index: event.index,
            kind: event.kind,
            offset_ms: event.offset_ms,
            late_ms: now - startedAt - event.offset_ms,
          });
        }
        if (event.type === 'end') end = { ...event, arrived_ms: now - startedAt };
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || !end) reject(new Error(`pmr exited with ${code} before its end event`));
      else resolve(summarise(phases, end));
    });
  });
}

function summarise(phases, end) {
  const gaps = phases.map((phase) => Math.abs(phase.late_ms));
  const half = end.arrived_ms / 2;
  const inHalf = (first) =>
    phases
      .filter((phase) => phase.offset_ms < half === first)
      .map((phase) => Math.abs(phase.late_ms));
  const max = (values) => (values.length ? Math.max(...values) : 0);
  const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const round = (value) => Math.round(value * 100) / 100;
  return {
    session_ms: round(end.arrived_ms),
    planned_ms: end.elapsed_ms,
    phases: phases.length,
    max_ms: round(max(gaps)),
    mean_ms: round(mean(gaps)),
    first_half_max_ms: round(max(inHalf(true))),
    second_half_max_ms: round(max(inHalf(false))),
    first_half_mean_ms: round(mean(inHalf(true))),
    second_half_mean_ms: round(mean(inHalf(false))),
    detail: phases.map((phase) => ({ ...phase, late_ms: round(phase.late_ms) })),
  };
}

async function main() {
  process.stderr.write('Running a 95-second session with --json…\n');
  const result = await measureTiming();
  const rows = [
    ['phases', String(result.phases)],
    ['session (measured)', `${(result.session_ms / 1000).toFixed(3)} s`],
    ['max gap to plan', `${result.max_ms.toFixed(2)} ms`],
    ['mean gap to plan', `${result.mean_ms.toFixed(2)} ms`],
    ['max gap, first half', `${result.first_half_max_ms.toFixed(2)} ms`],
    ['max gap, second half', `${result.second_half_max_ms.toFixed(2)} ms`],
    ['mean gap, first half', `${result.first_half_mean_ms.toFixed(2)} ms`],
    ['mean gap, second half', `${result.second_half_mean_ms.toFixed(2)} ms`],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(22)} ${value}`);
  mkdirSync(`${root}bench-results`, { recursive: true });
  writeFileSync(`${root}bench-results/timing.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log('written to bench-results/timing.json');
  const ok = result.max_ms <= 20;
  console.log(
    ok ? 'goal met: every phase within 20 ms of plan' : 'goal missed: a phase was over 20 ms late',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
