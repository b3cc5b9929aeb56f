import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { unicodeGlyphs } from '../../src/report/glyphs.js';
import { bigRows } from '../../src/screen/block-font.js';
import { cursorVisible, type PtyRun, spawnPty } from '../helpers/pty-session.js';
import { repoRoot, tempHome } from '../helpers/run-pmr.js';
import { findRows } from '../helpers/screen-harness.js';

// The live screen in a real pseudo-terminal, read through a real emulator.
// The look is pinned (normal unless a test says dim), so the time of day
// the tests run at never changes what they see.

const runs: PtyRun[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) run.dispose();
});

function start(args: string[], options: Parameters<typeof spawnPty>[1] = {}): PtyRun {
  const run = spawnPty(args, { thenStty: true, theme: 'normal', ...options });
  runs.push(run);
  return run;
}

/** After pmr exits, the shell prints EXIT=<code> and `stty -a`. */
async function exitAndTerminal(run: PtyRun) {
  await run.waitFor((r) => r.output().includes('EXIT='), 5000, 'pmr to exit');
  // The shell ends after `stty -a`, so by then its whole report has arrived.
  await run.exited;
  const output = run.output();
  const code = Number(/EXIT=(\d+)/.exec(output)?.[1]);
  const stty = output.slice(output.indexOf('EXIT='));
  return {
    code,
    canonical: /(^|\s)icanon(\s|$)/m.test(stty),
    echo: /(^|\s)echo(\s|$)/m.test(stty),
    cursorVisible: cursorVisible(output),
  };
}

const sequence = ['--groups', 'shoulders,hands', '--breaths', '0'];

describe('live session in a terminal', () => {
  test('shows the phase, moves on with →, pauses and resumes with space, quits with q', async () => {
    const run = start(sequence);
    // The legend is the frame's last line: once it is there, the frame is whole.
    await run.waitForText('space pause');
    expect(run.screenText()).toContain('SETTLE');
    run.write('\u001b[C'); // →
    await run.waitForText('NEXT');
    expect(run.screenText()).toContain('Shoulders');
    expect(run.screenText()).toContain('Next: Hands and forearms');
    run.write('\u001b[C');
    await run.waitForText('TENSE');

    run.write(' ');
    await run.waitForText('PAUSED');
    run.write(' ');
    await run.waitFor((r) => !r.screenText().includes('PAUSED'), 3000, 'PAUSED to go');

    const before = performance.now();
    run.write('q');
    const result = await exitAndTerminal(run);
    // The bound is generous for a busy CI machine; the bench measures the real figure.
    expect(performance.now() - before).toBeLessThan(2000);
    expect(result).toEqual({ code: 0, canonical: true, echo: true, cursorVisible: true });
    expect(run.screenText()).toMatch(/Stopped|stopped/);
  });

  test('back (←) returns to the start of the current group, its announcement', async () => {
    const run = start(sequence);
    await run.waitForText('SETTLE');
    run.write('\u001b[C');
    await run.waitForText('NEXT');
    run.write('\u001b[C');
    await run.waitForText('TENSE');
    run.write('\u001b[C');
    await run.waitForText('RELEASE');
    run.write('\u001b[D'); // ←
    await run.waitForText('▸ NEXT ▸');
    expect(run.screenText()).toContain('Shoulders');
    run.write('q');
    expect((await exitAndTerminal(run)).code).toBe(0);
  });

  test('Ctrl-C ends with 130 and a restored terminal', async () => {
    const run = start(sequence);
    await run.waitForText('SETTLE');
    run.write('\u0003');
    expect(await exitAndTerminal(run)).toEqual({
      code: 130,
      canonical: true,
      echo: true,
      cursorVisible: true,
    });
  });

  test('SIGTERM ends with 143 and a restored terminal', async () => {
    const run = spawnPty(sequence);
    runs.push(run);
    await run.waitForText('SETTLE');
    run.signal('SIGTERM');
    const { exitCode } = await run.exited;
    expect(exitCode).toBe(143);
    expect(cursorVisible(run.output())).toBe(true);
  });

  test('a session runs to its end and says so', async () => {
    const run = start(['--groups', 'jaw', '--breaths', '0', '--no-scan']);
    await run.waitForText('SETTLE');
    for (const word of ['NEXT', 'TENSE', 'RELEASE', 'CLOSE']) {
      run.write('\u001b[C');
      await run.waitForText(word);
    }
    run.write('\u001b[C');
    const result = await exitAndTerminal(run);
    expect(result.code).toBe(0);
    expect(run.screenText()).toMatch(/Completed|completed/);
  });

  test('fits 40 columns', async () => {
    const run = start(['work'], { cols: 40, rows: 20 });
    await run.waitForText('? help');
    for (const line of run.screen()) expect(line.length).toBeLessThanOrEqual(40);
    expect(run.wrappedRows()).toBe(0);
    run.write('q');
    expect((await exitAndTerminal(run)).code).toBe(0);
  });

  test('NO_COLOR: no colour at all, and the phase still reads by its word and symbol', async () => {
    const run = start(sequence, { env: { NO_COLOR: '1' } });
    await run.waitForText('SETTLE');
    run.write('\u001b[C');
    await run.waitForText('▸ NEXT ▸');
    run.write('\u001b[C');
    await run.waitForText('▲ TENSE ▲');
    run.write('q');
    await exitAndTerminal(run);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour escapes
    expect(run.output()).not.toMatch(/\u001b\[(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])[;m]/);
  });

  test('stdin from /dev/null: no keys, no raw-mode error, the session still runs', async () => {
    const run = spawnPty(sequence, { stdinFrom: '/dev/null' });
    runs.push(run);
    await run.waitForText('SETTLE');
    expect(run.screenText()).not.toMatch(/raw mode/i);
    run.signal('SIGTERM');
    expect((await run.exited).exitCode).toBe(143);
    expect(run.output()).not.toMatch(/raw mode/i);
    expect(cursorVisible(run.output())).toBe(true);
  });
});

describe('the first frame', () => {
  test("loads no HTTP client: the screen's layout engine decodes its own WebAssembly", async () => {
    const home = tempHome();
    const log = join(home, 'builtins.log');
    const hook = join(repoRoot, 'test', 'helpers', 'log-builtins.mjs');
    const run = start(['--groups', 'jaw'], {
      home,
      env: { NODE_OPTIONS: `--import ${hook}`, PMR_BUILTIN_LOG: log },
    });
    await run.waitForText('space pause');
    run.write('q');
    expect((await exitAndTerminal(run)).code).toBe(0);
    const builtins = readFileSync(log, 'utf8');
    // The log is whole: Node's own modules for the screen's streams are in it.
    expect(builtins).toContain('NativeModule tty');
    expect(builtins).not.toContain('undici');
  });
});

describe('between frames, the ticking cells are rewritten in place', () => {
  // Ink starts every frame it draws with a synchronized update.
  const frameStart = '\u001b[?2026h';
  const count = (text: string, part: string) => text.split(part).length - 1;

  test.concurrent.each([
    [80, 'normal'],
    [40, 'normal'],
    [40, 'dim'],
  ] as const)('%i columns, %s: second by second, then help and back', async (cols, theme) => {
    const run = spawnPty(['work'], { cols, rows: 24, theme });
    try {
      /** The countdown, the bar's filled cells and the session's clock, as on screen now. */
      const shown = () => {
        const screen = run.screen();
        const rows = screen.filter((line) => /^ +\d+s [░▒█]+$/.test(line));
        const bar = /(\d+)s ([░▒█]+)/.exec(rows[0] ?? '');
        const clock = /(\d+):(\d\d) left/.exec(screen.join('\n'));
        return {
          barRows: rows.length,
          seconds: Number(bar?.[1]),
          filled: (bar?.[2] ?? '').replace(/░/g, '').length,
          clock: clock ? Number(clock[1]) * 60 + Number(clock[2]) : undefined,
        };
      };
      const nextSecond = async (after: number) => {
        await run.waitFor(() => shown().seconds < after, 3000, `the countdown to pass ${after}s`);
        return shown();
      };
      await run.waitForText('space pause');
      await run.waitFor(() => shown().barRows === 1, 3000, 'the bar');
      const mark = run.output().length;
      const first = await nextSecond(shown().seconds);
      const ticks = [first, await nextSecond(first.seconds)];
      ticks.push(await nextSecond(ticks[1]?.seconds ?? 0));
      const frames = count(run.output().slice(mark), frameStart);
      // In the dim look the clock and keys may fade meanwhile: one frame for that.
      expect(frames).toBeLessThanOrEqual(theme === 'dim' ? 1 : 0);
      for (const [index, tick] of ticks.entries()) {
        expect(tick.barRows).toBe(1);
        if (index === 0) continue;
        const before = ticks[index - 1] ?? tick;
        expect(tick.seconds).toBe(before.seconds - 1);
        expect(tick.filled).toBeGreaterThan(before.filled);
        if (theme === 'normal') expect(tick.clock).toBe((before.clock ?? 0) - 1);
      }
      // The clock and the countdown tick together, so they keep their distance.
      const distance = (first.clock ?? 0) - first.seconds;

      // Ink's next frame (the help) draws over what was written in place. At
      // 40 columns the help is taller than the terminal: its top scrolls away.
      run.write('?');
      await run.waitForText('Tense gently');
      const consistent = () => {
        const now = shown();
        return (
          now.barRows === 1 &&
          run.wrappedRows() === 0 &&
          run.screen().filter((line) => line.includes('SETTLE')).length <= 1 &&
          (theme === 'dim' || now.clock === undefined || now.clock === now.seconds + distance)
        );
      };
      await run.waitFor(consistent, 3000, 'one bar row, clock and countdown in step, with help');
      const withHelp = await nextSecond(shown().seconds);
      run.write('?');
      await run.waitFor(
        () => !run.screenText().includes('Tense gently'),
        3000,
        'the help to close',
      );
      await nextSecond(withHelp.seconds);
      await run.waitFor(
        () => consistent() && run.screenText().includes('SETTLE'),
        3000,
        'one bar row, clock and countdown in step, after help',
      );
      run.write('q');
      expect((await run.exited).exitCode).toBe(0);
    } finally {
      run.dispose();
    }
  });
});

describe('the look, at 80 and 40 columns', () => {
  const big = (text: string) => bigRows(text, unicodeGlyphs.letterCells);
  // A text set to inverse (a block of colour), alone or with other attributes.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes
  const inverse = /\u001b\[(?:\d+;)*7m/;
  const looks = [
    [80, 'normal'],
    [40, 'normal'],
    [80, 'dim'],
    [40, 'dim'],
  ] as const;

  test.concurrent.each(looks)(
    '%i columns, %s: the big word reads, and every row fits',
    async (cols, theme) => {
      // Concurrent: each run is disposed here, not by afterEach.
      const run = spawnPty(['--groups', 'shoulders,hands', '--breaths', '1'], {
        cols,
        rows: 24,
        theme,
      });
      try {
        const fits = () => {
          expect(run.wrappedRows()).toBe(0);
          for (const line of run.screen()) expect([...line].length).toBeLessThanOrEqual(cols);
        };
        await run.waitForText('space pause');
        expect(findRows(run.screen(), big('SETTLE'))).toHaveLength(3);
        fits();
        run.write('\u001b[C');
        await run.waitForText('↑ BREATHE IN ↑');
        const lines = cols === 80 ? ['BREATHE IN'] : ['BREATHE', 'IN'];
        for (const line of lines) expect(findRows(run.screen(), big(line)), line).toHaveLength(3);
        fits();
        // The pacer's row: full blocks in the normal look, shade in the dim one.
        const pacer = run.screen().find((line) => /^ +\d+s [░▒█]+$/.test(line)) ?? '';
        expect(pacer).not.toBe('');
        expect(pacer).not.toContain(theme === 'dim' ? '█' : '▒');
        if (theme === 'dim') expect(run.output()).not.toMatch(inverse);
        else expect(run.output()).toMatch(inverse);
        run.write('q');
        await run.waitForText('Stopped');
        expect((await run.exited).exitCode).toBe(0);
      } finally {
        run.dispose();
      }
    },
  );
});

describe('with a screen reader', () => {
  test('INK_SCREEN_READER=true: plain lines, one a phase, written once', async () => {
    const run = start(sequence, { env: { INK_SCREEN_READER: 'true' } });
    await run.waitForText('SETTLE: Settle in.');
    run.write('\u001b[C');
    await run.waitForText('NEXT: Shoulders (1 of 2 groups).');
    run.write('q');
    const result = await exitAndTerminal(run);
    expect(result.code).toBe(0);
    expect(result.cursorVisible).toBe(true);
    const text = run.screenText();
    expect(text).toMatch(/Keys: space pause, → next/);
    expect(text).toContain('■ Stopped · 0:00 · 0 groups');
    expect(text).not.toMatch(/[█░▀▄]/);
    // Written once: the cursor never goes back up to draw a line again.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes
    expect(run.output()).not.toMatch(/\u001b\[\d*A/);
    expect(text.match(/^NEXT: Shoulders/gm)).toHaveLength(1);
  });
});
