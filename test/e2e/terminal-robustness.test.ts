import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { poll } from '../helpers/poll.js';
import { cursorVisible, type PtyRun, spawnPty } from '../helpers/pty-session.js';
import { tempHome } from '../helpers/run-pmr.js';

// What a terminal can do to a session: signals of every kind, Ctrl-Z and fg,
// a window closed under it, keys read from the terminal while stdin is a
// pipe, a terminal that cannot move its cursor, a resize either way. Each
// time the session is recorded and the terminal is left as it was found.

// Each test has a terminal of its own, so they run side by side.
const runs: PtyRun[] = [];
afterAll(() => {
  for (const run of runs) run.dispose();
});

function start(args: string[], options: Parameters<typeof spawnPty>[1] = {}): PtyRun {
  const run = spawnPty(args, options);
  runs.push(run);
  return run;
}

const sequence = ['--groups', 'shoulders,hands', '--breaths', '0'];
const legend = 'space pause';

/** The terminal's own settings, read from outside while pmr runs (or is stopped). */
function termios(run: PtyRun) {
  const stty = spawnSync('stty', ['-F', run.device, '-a'], { encoding: 'utf8' }).stdout;
  return {
    canonical: /(^|\s)icanon(\s|$)/m.test(stty),
    echo: /(^|\s)echo(\s|$)/m.test(stty),
  };
}

/** One letter of /proc/PID/stat: R running, S sleeping, T stopped. */
function processState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

function lastEnd(home: string): Record<string, unknown> | undefined {
  const file = join(home, 'history.jsonl');
  if (!existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .findLast((record) => record.type === 'end');
}

describe.concurrent('fatal signals put the terminal back', () => {
  const fatal = ['SIGQUIT', 'SIGABRT', 'SIGALRM', 'SIGBUS', 'SIGFPE', 'SIGILL', 'SIGPROF'] as const;
  test.each(fatal)(
    '%s on the live screen: recorded, exit 128+n, echo on, cursor shown',
    async (signal) => {
      const home = tempHome();
      const run = start(sequence, { home });
      await run.waitForText(legend);
      // Raw mode is set just after the first frame is drawn.
      await poll(() => !termios(run).echo && !termios(run).canonical, 'raw mode');
      run.signal(signal);
      const { exitCode } = await run.exited;
      expect(exitCode).toBe(128 + constants.signals[signal]);
      expect(cursorVisible(run.output())).toBe(true);
      expect(lastEnd(home)).toMatchObject({ reason: 'terminated' });
    },
  );

  test('SIGQUIT beside --plain keys: echo and line editing come back', async () => {
    const run = start([...sequence, '--plain'], { thenStty: true });
    await run.waitForText('SETTLE');
    await poll(() => !termios(run).echo, 'raw mode');
    const pmr = Number(
      readFileSync(`/proc/${run.pid}/task/${run.pid}/children`, 'utf8').trim().split(' ')[0],
    );
    process.kill(pmr, 'SIGQUIT');
    await run.waitFor((r) => r.output().includes('EXIT='), 10_000, 'pmr to exit');
    await run.exited;
    expect(run.output()).toContain('EXIT=131');
    const report = run.output().slice(run.output().indexOf('EXIT='));
    expect(report).toMatch(/(^|\s)echo(\s|$)/m);
    expect(report).toMatch(/(^|\s)icanon(\s|$)/m);
  });
});

describe.concurrent('Ctrl-Z and fg', () => {
  test.each([
    ['Ctrl-Z', (run: PtyRun) => run.write('\u001a')],
    ['SIGTSTP from outside', (run: PtyRun) => run.signal('SIGTSTP')],
  ])(
    '%s: the terminal is handed back and pmr stops; fg takes it again and carries on',
    async (_how, suspend) => {
      const home = tempHome();
      const run = start(sequence, { home });
      await run.waitForText(legend);
      suspend(run);
      await poll(() => processState(run.pid) === 'T', 'pmr to stop');
      expect(termios(run)).toEqual({ canonical: true, echo: true });
      // What pmr wrote before it stopped may still be on its way to the
      // screen. The frame is taken off it, so the shell has it to itself.
      await run.waitFor(
        (r) => cursorVisible(r.output()) && !r.screenText().includes(legend),
        3000,
        'the cursor shown and the frame gone',
      );

      process.kill(run.pid, 'SIGCONT');
      await run.waitForText(legend);
      await poll(() => !termios(run).echo, 'raw mode again');
      expect(cursorVisible(run.output())).toBe(false);
      run.write('q');
      expect((await run.exited).exitCode).toBe(0);
      expect(lastEnd(home)).toMatchObject({ reason: 'quit' });
    },
  );
});

describe.concurrent('the terminal closed under a session', () => {
  test('mid-session: recorded as ended by a signal, exit 129', async () => {
    const home = tempHome();
    const exitFile = join(home, 'exit-code');
    const run = start(sequence, { home, exitCodeTo: exitFile });
    await run.waitForText(legend);
    // Closed once the session has begun (its first line is in the history).
    await poll(() => existsSync(join(home, 'history.jsonl')), 'the session to begin');
    run.close();
    await poll(() => existsSync(exitFile) && readFileSync(exitFile, 'utf8') !== '', 'an exit code');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('129');
    expect(lastEnd(home)).toMatchObject({ reason: 'terminated' });
  });

  test('while the check-in waits: no session is started or recorded', async () => {
    const home = tempHome();
    const exitFile = join(home, 'exit-code');
    const run = start([...sequence, '--checkin'], { home, exitCodeTo: exitFile });
    await run.waitForText('How tense');
    run.close();
    await poll(() => existsSync(exitFile) && readFileSync(exitFile, 'utf8') !== '', 'an exit code');
    expect(readFileSync(exitFile, 'utf8').trim()).toBe('129');
    expect(existsSync(join(home, 'history.jsonl'))).toBe(false);
  });
});

describe.concurrent('the check-in before', () => {
  test.each([
    ['q', 'q'],
    ['Esc', '\u001b'],
  ])('%s leaves without a session, kindly', async (_key, key) => {
    const home = tempHome();
    const run = start([...sequence, '--checkin'], { home });
    await run.waitForText('q to leave');
    run.write(key);
    expect((await run.exited).exitCode).toBe(0);
    expect(run.screenText()).toContain('Not now. Come back whenever you like.');
    expect(existsSync(join(home, 'history.jsonl'))).toBe(false);
  });
});

describe.concurrent('keys from the terminal while the routine comes through a pipe', () => {
  test('cat mine.yaml | pmr run -: keys work and nothing typed is echoed', async () => {
    const home = tempHome();
    const run = start(['run', '-'], {
      home,
      stdinText: 'breaths: 0\nsteps: [jaw, neck]\n',
    });
    await run.waitForText(legend);
    run.write(' ');
    await run.waitForText('PAUSED');
    run.write('kkkk'); // keys with no meaning, which a cooked terminal would echo
    run.write(' ');
    await run.waitFor((r) => !r.screenText().includes('PAUSED'), 3000, 'PAUSED to go');
    expect(run.output()).not.toContain('kkkk');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
    expect(lastEnd(home)).toMatchObject({ reason: 'quit' });
  });
});

describe.concurrent('terminals that are not what they seem', () => {
  test('TERM=dumb gets plain lines, with no escape codes at all', async () => {
    const run = start(sequence, { env: { TERM: 'dumb' } });
    await run.waitForText('SETTLE');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
    expect(run.output()).not.toContain('\u001b');
    expect(run.screenText()).toMatch(/Stopped/);
  });

  test('pmr work 2>err.log leaves no escape code in the log', async () => {
    const home = tempHome();
    const log = join(home, 'err.log');
    writeFileSync(log, '');
    const run = start(['work'], { home, stderrTo: log });
    await run.waitForText(legend);
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
    expect(readFileSync(log, 'utf8')).not.toContain('\u001b');
  });
});

describe.concurrent('resizing mid-session', () => {
  test.each([
    [100, 40],
    [40, 100],
  ])('from %i to %i columns: one frame, no stale or doubled lines', async (from, to) => {
    const run = start(['work'], { cols: from, rows: 30 });
    await run.waitForText(legend);
    run.resize(to, 30);
    const once = (text: string) => run.screen().filter((line) => line.includes(text)).length === 1;
    const barRow = () => run.screen().find((line) => /\d+s [█░]+/.test(line)) ?? '';
    await run.waitFor(
      () =>
        once('SETTLE') &&
        once(legend) &&
        once('Five-minute reset') &&
        barRow().length > 0 &&
        barRow().length <= Math.min(to, 72) &&
        run.wrappedRows() === 0,
      5000,
      `one frame laid out for ${to} columns`,
    );
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });
});
