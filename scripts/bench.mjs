// npm run bench: how fast pmr starts, how little it uses while it runs, and
// how exactly it keeps time, every figure from the same run. Prints one table
// and writes bench-results/bench.json.
//
// Targets: commands without a screen within 2x Node's own start; the first
// frame of `pmr work` within 250 ms; steady CPU <= 0.1% of a core; every
// phase within 20 ms of plan with no growth; peak RSS <= 100 MB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { measureTiming } from './bench-timing.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pmr = join(root, 'bin', 'pmr.js');
const home = mkdtempSync(join(tmpdir(), 'pmr-bench-'));
// Removed however the script ends, so no run leaves a folder behind.
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
const env = { ...process.env, PMR_HOME: home };
delete env.CI; // Ink draws every frame only without CI, as in a real terminal
const runs = Number(process.env.BENCH_RUNS ?? 15);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 30);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function wallTime(args) {
  const times = [];
  // One unmeasured run warms Node's compile cache, as any second use would.
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Milliseconds from spawn to a screen showing the phase, in a real pseudo-terminal. */
function firstFrame() {
  return new Promise((resolve, reject) => {
    const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
    const start = performance.now();
    const child = pty.spawn(process.execPath, [pmr, 'work'], {
      cols: 80,
      rows: 24,
      cwd: root,
      env: { ...env, TERM: 'xterm-256color' },
    });
    const timer = setTimeout(() => reject(new Error('no first frame within 5 s')), 5000);
    child.onData((data) => {
      term.write(data, () => {
        const buffer = term.buffer.active;
        for (let row = 0; row < term.rows; row++) {
          if (buffer.getLine(row)?.translateToString(true).includes('SETTLE')) {
            const elapsed = performance.now() - start;
            clearTimeout(timer);
            child.kill('SIGKILL');
            term.dispose();
            resolve(elapsed);
            return;
          }
        }
      });
    });
  });
}

/** CPU time (user + system) of a process, in ms, and its peak RSS, in MB. */
function processUsage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const peakKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: (ticks * 1000) / clockTicks(), peakMb: peakKb / 1024 };
}

let ticksPerSecond;
function clockTicks() {
  ticksPerSecond ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
  return ticksPerSecond;
}

/** CPU over the steady part of an interactive session, and its peak RSS. */
function steadySession() {
  return new Promise((resolve, reject) => {
    const child = pty.spawn(process.execPath, [pmr, 'classic'], {
      cols: 80,
      rows: 24,
      cwd: root,
      env: { ...env, TERM: 'xterm-256color' },
    });
    let seen = '';
    let started = false;
    const timeout = setTimeout(() => reject(new Error('the session did not start')), 10_000);
    child.onData((data) => {
      seen += data;
      if (started || !seen.includes('SETTLE')) return;
      started = true;
      clearTimeout(timeout);
      // Let the first frame settle, then measure a whole window of steady running.
      setTimeout(() => {
        const before = processUsage(child.pid);
        setTimeout(() => {
          const after = processUsage(child.pid);
          child.kill('SIGKILL');
          resolve({
            cpuPercent: ((after.cpuMs - before.cpuMs) / (steadySeconds * 1000)) * 100,
            peakMb: after.peakMb,
          });
        }, steadySeconds * 1000);
      }, 1000);
    });
  });
}

async function main() {
  if (process.platform !== 'linux') {
    console.error('npm run bench reads /proc for CPU and memory, so it runs on Linux.');
    process.exit(1);
  }
  const log = (text) => process.stderr.write(`${text}\n`);
  log(`Start-up, median of ${runs} runs each…`);
  const floor = wallTime(['-e', '0']);
  const commands = [
    ['pmr --version', [pmr, '--version']],
    ['pmr list', [pmr, 'list']],
    ['pmr show classic --json', [pmr, 'show', 'classic', '--json']],
  ].map(([name, args]) => ({ name, ms: wallTime(args) }));
  log('First frame of pmr work…');
  const frames = [];
  for (let i = 0; i < 5; i++) frames.push(await firstFrame());
  log(`Steady CPU and memory over ${steadySeconds} s of pmr classic…`);
  const steady = await steadySession();
  log('Timing: a real 70-second session with --json…');
  const timing = await measureTiming();

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    runs,
    start: {
      node_ms: round(floor),
      commands: commands.map((c) => ({ ...c, ms: round(c.ms), ratio: round(c.ms / floor, 2) })),
    },
    first_frame_ms: round(median(frames)),
    steady_cpu_percent: round(steady.cpuPercent, 3),
    peak_rss_mb: round(steady.peakMb),
    timing: {
      phases: timing.phases,
      max_ms: timing.max_ms,
      mean_ms: timing.mean_ms,
      first_half_max_ms: timing.first_half_max_ms,
      second_half_max_ms: timing.second_half_max_ms,
      first_half_mean_ms: timing.first_half_mean_ms,
      second_half_mean_ms: timing.second_half_mean_ms,
    },
  };

  const rows = [
    ['node -e 0 (the floor)', `${result.start.node_ms} ms`, '', ''],
    ...result.start.commands.map((c) => [
      c.name,
      `${c.ms} ms`,
      `${c.ratio}x`,
      c.ratio <= 2 ? 'ok' : 'over 2x',
    ]),
    [
      'first frame, pmr work',
      `${result.first_frame_ms} ms`,
      '',
      result.first_frame_ms <= 250 ? 'ok' : 'over 250 ms',
    ],
    [
      'steady CPU',
      `${result.steady_cpu_percent}% of a core`,
      '',
      result.steady_cpu_percent <= 0.1 ? 'ok' : 'over 0.1%',
    ],
    ['peak RSS', `${result.peak_rss_mb} MB`, '', result.peak_rss_mb <= 100 ? 'ok' : 'over 100 MB'],
    ['phase gap, max', `${timing.max_ms} ms`, '', timing.max_ms <= 20 ? 'ok' : 'over 20 ms'],
    ['phase gap, mean', `${timing.mean_ms} ms`, '', ''],
    [
      'max gap, 1st / 2nd half',
      `${timing.first_half_max_ms} / ${timing.second_half_max_ms} ms`,
      '',
      '',
    ],
    [
      'mean gap, 1st / 2nd half',
      `${timing.first_half_mean_ms} / ${timing.second_half_mean_ms} ms`,
      '',
      '',
    ],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell))
        .join('  ')
        .trimEnd(),
    );
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('written to bench-results/bench.json');
}

await main();
