// npm run bench: how fast pmr starts, how little it uses while it runs, how
// it copes with years of history, and how exactly it keeps time, every figure
// from the same run, each against its target. Prints one table and writes
// bench-results/bench.json.
//
//   npm run bench                      the table, with a 50,000-session history
//   npm run bench -- --huge            also 1,000,000 sessions (a few minutes more)
//   BENCH_NODE22=/path/to/node npm run bench
//                                      the same figures on Node 22 as well (found
//                                      by itself as `node22` on PATH, or a `node`
//                                      on PATH that is version 22)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { measureTiming } from './bench-timing.mjs';
import { writeHistory } from './history-generator.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pmr = join(root, 'bin', 'pmr.js');
const scratch = mkdtempSync(join(tmpdir(), 'pmr-bench-'));
// Removed however the script ends, so no run leaves a folder behind.
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const home = join(scratch, 'home');
mkdirSync(home);
const baseEnv = { ...process.env, PMR_HOME: home };
delete baseEnv.CI; // Ink draws every frame only without CI, as in a real terminal
const runs = Number(process.env.BENCH_RUNS ?? 15);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const huge = process.argv.includes('--huge');
const historySizes = huge ? [50_000, 1_000_000] : [50_000];
/** Records the process's peak RSS (kB) into BENCH_RSS_FILE as it exits. */
const rssHook = join(root, 'scripts', 'bench-rss.mjs');

/** The issue's targets: ratios to `node -e 0`, milliseconds, % of a core, MB. */
const targets = {
  version: 1.3,
  list: 1.7,
  show: 1.7,
  firstFrameMs: 150,
  cpuPercent: 0.15,
  cpuStretch: 0.05,
  rssMb: 90,
  statsMs: 300,
  statsMb: 100,
  endMs: 100,
  phaseGapMs: 20,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function wallTime(node, args, env = baseEnv) {
  const times = [];
  // One unmeasured run warms Node's compile cache, as any second use would.
  spawnSync(node, args, { env, stdio: 'ignore' });
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(node, args, { env, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median wall time and the largest peak RSS of a command, over a few runs. */
function timeAndMemory(node, args, env, times = 5) {
  const rssFile = join(scratch, 'rss');
  const withHook = { ...env, BENCH_RSS_FILE: rssFile };
  const walls = [];
  let peakKb = 0;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const result = spawnSync(node, ['--import', rssHook, ...args], {
      env: withHook,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    walls.push(performance.now() - start);
    if (result.status !== 0) {
      throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
    }
    peakKb = Math.max(peakKb, Number(readFileSync(rssFile, 'utf8')));
  }
  return { ms: median(walls), mb: peakKb / 1024 };
}

/** A pmr session in a real pseudo-terminal, read through a headless xterm. */
function spawnScreen(node, args, env) {
  const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
  const child = pty.spawn(node, [pmr, ...args], {
    cols: 80,
    rows: 24,
    cwd: root,
    env: { ...env, TERM: 'xterm-256color' },
  });
  const shows = (text) => {
    const buffer = term.buffer.active;
    for (let row = 0; row < term.rows; row++) {
      if (buffer.getLine(row)?.translateToString(true).includes(text)) return true;
    }
    return false;
  };
  /** Resolves with the time when the screen first shows text. */
  const waitFor = (text, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "${text}" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const listener = child.onData((data) => {
        term.write(data, () => {
          if (!shows(text)) return;
          clearTimeout(timer);
          listener.dispose();
          resolve(performance.now());
        });
      });
    });
  const exited = new Promise((resolve) => child.onExit(() => resolve(performance.now())));
  return { child, term, waitFor, exited };
}

/** Milliseconds from spawn to a screen showing the phase. */
async function firstFrame(node) {
  const start = performance.now();
  const screen = spawnScreen(node, ['work'], baseEnv);
  const shown = await screen.waitFor('SETTLE', 5000);
  screen.child.kill('SIGKILL');
  screen.term.dispose();
  return shown - start;
}

/** Milliseconds from q to the process gone, the summary and streak line written. */
async function endOfSession(node, env) {
  const screen = spawnScreen(node, ['work'], env);
  await screen.waitFor('SETTLE');
  // Let the first frame settle, as a person would before leaving.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const pressed = performance.now();
  screen.child.write('q');
  const gone = await screen.exited;
  screen.term.dispose();
  return gone - pressed;
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
async function steadySession(node) {
  const screen = spawnScreen(node, ['classic'], baseEnv);
  await screen.waitFor('SETTLE');
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  // Let the first frame settle, then measure a whole window of steady running.
  await pause(1000);
  const before = processUsage(screen.child.pid);
  await pause(steadySeconds * 1000);
  const after = processUsage(screen.child.pid);
  screen.child.kill('SIGKILL');
  screen.term.dispose();
  return {
    cpuPercent: ((after.cpuMs - before.cpuMs) / (steadySeconds * 1000)) * 100,
    peakMb: after.peakMb,
  };
}

/** A Node 22 to measure as well, if one is installed. */
function findNode22() {
  const candidates = [process.env.BENCH_NODE22];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    candidates.push(join(dir, 'node22'), join(dir, 'node'));
  }
  for (const file of candidates) {
    if (!file || !existsSync(file)) continue;
    const version = spawnSync(file, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    if (version.startsWith('v22.')) return { file, version };
  }
  return undefined;
}

/** History folders with this many sessions, written once per run. */
function historyHome(sessions) {
  const dir = join(scratch, `history-${sessions}`);
  if (!existsSync(dir)) {
    mkdirSync(dir);
    writeHistory(join(dir, 'history.jsonl'), { sessions });
    // The first read builds history.summary once, as after an upgrade; the
    // figures are for every read after it.
    spawnSync(process.execPath, [pmr, 'stats'], {
      env: { ...baseEnv, PMR_HOME: dir },
      stdio: 'ignore',
    });
  }
  return dir;
}

const log = (text) => process.stderr.write(`${text}\n`);

/** The figures measured by waiting on a child (spawnSync): start-up, and stats over long histories. */
function measureBlocking(node) {
  const floor = wallTime(node, ['-e', '0']);
  const commands = [
    ['version', 'pmr --version', [pmr, '--version']],
    ['list', 'pmr list', [pmr, 'list']],
    ['show', 'pmr show classic --json', [pmr, 'show', 'classic', '--json']],
  ].map(([key, name, args]) => {
    const ms = wallTime(node, args);
    return { key, name, ms: round(ms), ratio: round(ms / floor, 2) };
  });
  const histories = historySizes.map((sessions) => {
    const env = { ...baseEnv, PMR_HOME: historyHome(sessions) };
    const stats = timeAndMemory(node, [pmr, 'stats'], env);
    return { sessions, stats_ms: round(stats.ms), stats_mb: round(stats.mb) };
  });
  return {
    node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    node_ms: round(floor),
    commands,
    histories,
  };
}

/** The figures of a live screen, measured from events: they may run beside the timing session. */
async function measureLive(node, result) {
  const frames = [];
  for (let i = 0; i < 5; i++) frames.push(await firstFrame(node));
  result.first_frame_ms = round(median(frames));
  for (const history of result.histories) {
    const env = { ...baseEnv, PMR_HOME: historyHome(history.sessions) };
    const ends = [];
    for (let i = 0; i < 3; i++) ends.push(await endOfSession(node, env));
    history.end_ms = round(median(ends));
  }
  const usage = await steadySession(node);
  result.steady_cpu_percent = round(usage.cpuPercent, 3);
  result.peak_rss_mb = round(usage.peakMb);
  return result;
}

function rowsFor(result, timing) {
  const pass = (ok) => (ok ? 'ok' : 'MISSED');
  const rows = [[`node -e 0 (${result.node})`, `${result.node_ms} ms`, '', '']];
  for (const c of result.commands) {
    rows.push([
      c.name,
      `${c.ms} ms (${c.ratio}x)`,
      `<= ${targets[c.key]}x`,
      pass(c.ratio <= targets[c.key]),
    ]);
  }
  rows.push([
    'first frame, pmr work',
    `${result.first_frame_ms} ms`,
    `<= ${targets.firstFrameMs} ms`,
    pass(result.first_frame_ms <= targets.firstFrameMs),
  ]);
  if (result.steady_cpu_percent !== undefined) {
    const cpu = result.steady_cpu_percent;
    rows.push([
      'steady CPU, pmr classic',
      `${cpu}% of a core`,
      `<= ${targets.cpuPercent}% (stretch ${targets.cpuStretch}%)`,
      cpu <= targets.cpuStretch ? 'ok, stretch too' : pass(cpu <= targets.cpuPercent),
    ]);
    rows.push([
      'peak RSS, pmr classic',
      `${result.peak_rss_mb} MB`,
      `<= ${targets.rssMb} MB`,
      pass(result.peak_rss_mb <= targets.rssMb),
    ]);
  }
  for (const h of result.histories) {
    const size = h.sessions.toLocaleString('en');
    rows.push([
      `pmr stats, ${size} sessions`,
      `${h.stats_ms} ms, ${h.stats_mb} MB`,
      `<= ${targets.statsMs} ms, ${targets.statsMb} MB`,
      pass(h.stats_ms <= targets.statsMs && h.stats_mb <= targets.statsMb),
    ]);
    rows.push([
      `q to exit, ${size} sessions`,
      `${h.end_ms} ms`,
      `<= ${targets.endMs} ms`,
      pass(h.end_ms <= targets.endMs),
    ]);
  }
  if (timing) {
    rows.push([
      'phase gap to plan, max',
      `${timing.max_ms} ms`,
      `<= ${targets.phaseGapMs} ms`,
      pass(timing.max_ms <= targets.phaseGapMs),
    ]);
    rows.push(['phase gap, mean', `${timing.mean_ms} ms`, '', '']);
    rows.push([
      'max gap, 1st / 2nd half',
      `${timing.first_half_max_ms} / ${timing.second_half_max_ms} ms`,
      'no growth',
      pass(timing.second_half_max_ms <= Math.max(timing.first_half_max_ms * 2, 5)),
    ]);
  }
  return rows;
}

function printTable(rows) {
  const header = ['measure', 'result', 'target', ''];
  const all = [header, ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...all.map((row) => row[i].length)));
  for (const row of all) {
    console.log(
      row
        .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell))
        .join('  ')
        .trimEnd(),
    );
  }
}

async function main() {
  if (process.platform !== 'linux') {
    console.error('npm run bench reads /proc for CPU and memory, so it runs on Linux.');
    process.exit(1);
  }
  const started = performance.now();
  log(`Writing a history of 50,000 sessions${huge ? ' and one of 1,000,000' : ''}…`);
  for (const sessions of historySizes) historyHome(sessions);
  const node22 = findNode22();
  const nodes = [process.execPath, ...(node22 ? [node22.file] : [])];
  // Blocking measurements first: a spawnSync stops this process reading the
  // timing session's lines, which would make them look late.
  log(
    `Start-up (median of ${runs} runs) and pmr stats${node22 ? `, on ${process.version} and ${node22.version}` : ''}…`,
  );
  const measured = nodes.map(measureBlocking);
  // The timing session runs beside the live-screen measurements: it waits on
  // its clock, and a phase late because the machine is busy is what it is
  // there to catch.
  log(
    `Timing: a real 95-second session with --json, alongside the first frame, q to exit and ${steadySeconds} s of steady running…`,
  );
  const timingRun = measureTiming();
  for (const [index, node] of nodes.entries()) await measureLive(node, measured[index]);
  const timing = await timingRun;
  const [current, older] = measured;

  const result = {
    date: new Date().toISOString(),
    runs,
    targets,
    ...current,
    timing: {
      phases: timing.phases,
      max_ms: timing.max_ms,
      mean_ms: timing.mean_ms,
      first_half_max_ms: timing.first_half_max_ms,
      second_half_max_ms: timing.second_half_max_ms,
      first_half_mean_ms: timing.first_half_mean_ms,
      second_half_mean_ms: timing.second_half_mean_ms,
    },
    node22: older ?? null,
  };
  printTable(rowsFor(current, result.timing));
  if (older) {
    console.log('');
    printTable(rowsFor(older));
  } else {
    console.log('\nNo Node 22 found (set BENCH_NODE22=/path/to/node to measure one).');
  }
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `written to bench-results/bench.json (${Math.round((performance.now() - started) / 1000)} s)`,
  );
}

await main();
