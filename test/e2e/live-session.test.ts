import { afterEach, describe, expect, test } from 'vitest';
import { cursorVisible, type PtyRun, spawnPty } from '../helpers/pty-session.js';

// The live screen in a real pseudo-terminal, read through a real emulator.

const runs: PtyRun[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) run.dispose();
});

function start(args: string[], options: Parameters<typeof spawnPty>[1] = {}): PtyRun {
  const run = spawnPty(args, { thenStty: true, ...options });
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
    await run.waitForText('TENSE');
    expect(run.screenText()).toContain('Shoulders');
    expect(run.screenText()).toMatch(/Next: .*Shoulders|Next: .*Hands/);

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

  test('back (←) returns to the tension of the current group', async () => {
    const run = start(sequence);
    await run.waitForText('SETTLE');
    run.write('\u001b[C');
    await run.waitForText('TENSE');
    run.write('\u001b[C');
    await run.waitForText('RELEASE');
    run.write('\u001b[D'); // ←
    await run.waitForText('TENSE');
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
    for (const word of ['TENSE', 'RELEASE', 'CLOSE']) {
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
