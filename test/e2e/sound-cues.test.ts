import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type PtyRun, spawnPty } from '../helpers/pty-session.js';
import { tempHome } from '../helpers/run-pmr.js';

// Bell and voice in a real terminal. A fake espeak-ng placed first on PATH
// records every invocation's arguments and whether it was stopped. It
// speaks until stopped, except the closing words, which it finishes at once
// (pmr waits for those before it leaves).

const runs: PtyRun[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) run.dispose();
});
const right = '\u001b[C';
const bel = '\u0007';

function fakeSpeech() {
  const home = tempHome();
  const dir = join(home, 'bin');
  mkdirSync(dir);
  const log = join(home, 'speech.jsonl');
  const script = join(dir, 'espeak-ng');
  writeFileSync(
    script,
    `#!${process.execPath}
const { appendFileSync } = require('node:fs');
const log = ${JSON.stringify(log)};
appendFileSync(log, JSON.stringify({ pid: process.pid, event: 'start', args: process.argv.slice(2) }) + '\\n');
process.on('SIGTERM', () => {
  appendFileSync(log, JSON.stringify({ pid: process.pid, event: 'stopped' }) + '\\n');
  process.exit(0);
});
if (process.argv.at(-1).includes('as you breathe out')) process.exit(0);
setTimeout(() => {}, 30000);
`,
  );
  chmodSync(script, 0o755);
  const records = () =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { pid: number; event: string; args?: string[] })
      : [];
  return { home, path: `${dir}:/usr/bin:/bin`, records };
}

const hostile = `Say "hi"; $(touch /tmp/pmr-pwned) \`id\` & ok`;

describe('voice', () => {
  test('one invocation per phase, in order, the previous stopped, hostile text as one argument', async () => {
    const { home, path, records } = fakeSpeech();
    const routine = join(home, 'hostile.yaml');
    writeFileSync(
      routine,
      `breaths: 0\nscan: false\nsteps:\n  - group: jaw\n    cue: '${hostile}'\n`,
    );
    const run = spawnPty(['run', routine, '--voice'], { home, env: { PATH: path } });
    runs.push(run);
    await run.waitForText('SETTLE');
    // Each line is heard before moving on, as a person would.
    const spoken = (n: number) => records().filter((r) => r.event === 'start').length >= n;
    await expect.poll(() => spoken(1)).toBe(true);
    for (const [index, word] of ['NEXT', 'TENSE', 'RELEASE', 'CLOSE'].entries()) {
      run.write(right);
      await run.waitForText(word);
      await expect.poll(() => spoken(index + 2)).toBe(true);
    }
    run.write(right);
    expect((await run.exited).exitCode).toBe(0);

    const started = records().filter((r) => r.event === 'start');
    expect(started.map((r) => r.args)).toEqual([
      [
        '-z',
        '-s',
        '150',
        '--',
        'Loosen anything tight and slip off your shoes. Sit back, feet flat, a cushion or rolled towel at your lower back. Close your eyes, or let your gaze rest softly.',
      ],
      ['-z', '-s', '150', '--', `Jaw next. ${hostile}, and keep breathing.`],
      ['-z', '-s', '150', '--', 'Now.'],
      ['-z', '-s', '150', '--', 'And release, breathe out. Let your jaw hang loose, lips apart.'],
      ['-z', '-s', '150', '--', 'Breathe in, and as you breathe out, think "soften".'],
    ]);
    const stopped = new Set(
      records()
        .filter((r) => r.event === 'stopped')
        .map((r) => r.pid),
    );
    for (const earlier of started.slice(0, -1)) expect(stopped.has(earlier.pid)).toBe(true);
    expect(existsSync('/tmp/pmr-pwned')).toBe(false);
  });

  test('bedtime and --slow speak more slowly', async () => {
    const { home, path, records } = fakeSpeech();
    const run = spawnPty(['bedtime', '--voice'], { home, env: { PATH: path } });
    runs.push(run);
    await run.waitForText('SETTLE');
    await expect.poll(() => records().length).toBeGreaterThan(0);
    run.write('q');
    await run.exited;
    expect(records()[0]?.args?.slice(0, 3)).toEqual(['-z', '-s', '125']);
  });

  test('no text-to-speech: one line says what to install, and the bell takes over', async () => {
    const home = tempHome();
    const run = spawnPty(['--groups', 'jaw', '--breaths', '0', '--voice'], {
      home,
      env: { PATH: join(home, 'empty') },
    });
    runs.push(run);
    await run.waitForText('SETTLE');
    expect(run.screenText()).toMatch(/no text-to-speech found; install espeak-ng/);
    run.write(right);
    await run.waitForText('NEXT');
    run.write(right);
    await run.waitForText('TENSE');
    await run.waitFor((r) => r.output().includes(bel), 3000, 'the bell');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });

  test('a speech command that fails never ends the session: the bell takes over', async () => {
    const home = tempHome();
    const dir = join(home, 'bin');
    mkdirSync(dir);
    const tried = join(home, 'tried');
    writeFileSync(join(dir, 'espeak-ng'), `#!/bin/sh\ntouch '${tried}'\nexit 3\n`);
    chmodSync(join(dir, 'espeak-ng'), 0o755);
    const run = spawnPty(['--groups', 'jaw', '--breaths', '0', '--no-scan', '--voice'], {
      home,
      env: { PATH: `${dir}:/usr/bin:/bin` },
    });
    runs.push(run);
    await run.waitForText('SETTLE');
    // The first line has been tried (and failed) before moving on.
    await expect.poll(() => existsSync(tried)).toBe(true);
    run.write(right);
    await run.waitForText('NEXT');
    run.write(right);
    await run.waitForText('TENSE');
    run.write(right);
    await run.waitForText('RELEASE');
    await run.waitFor((r) => r.output().includes(bel), 3000, 'the bell');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
    expect(run.screenText()).toMatch(
      /speech stopped working \(espeak-ng exited with 3\); using the bell/,
    );
  });
});

describe('bell', () => {
  test('once as tension begins, twice as release begins, nowhere else', async () => {
    const run = spawnPty(['--groups', 'jaw', '--breaths', '0', '--no-scan', '--bell']);
    runs.push(run);
    const bells = () => run.output().split(bel).length - 1;
    await run.waitForText('SETTLE');
    expect(bells()).toBe(0);
    run.write(right);
    await run.waitForText('NEXT');
    expect(bells()).toBe(0);
    run.write(right);
    await run.waitForText('TENSE');
    await run.waitFor(() => bells() === 1, 3000, 'one ring');
    run.write(right);
    await run.waitForText('RELEASE');
    await run.waitFor(() => bells() === 3, 3000, 'two more rings');
    run.write(right);
    await run.waitForText('CLOSE');
    run.write('q');
    await run.exited;
    expect(bells()).toBe(3);
  });
});
