import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { historyPath } from '../../src/store/history-file.js';
import { poll } from '../helpers/poll.js';
import { type PtyRun, spawnPty } from '../helpers/pty-session.js';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// Check-ins and history in a real terminal: what a person types, what lands
// in the history, and a session killed outright losing only itself.

const runs: PtyRun[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) run.dispose();
});

const oneGroup = ['--groups', 'jaw', '--breaths', '0', '--no-scan'];
const right = '\u001b[C';

const until = (condition: () => boolean) => poll(condition, 'the history');

function history(home: string) {
  return JSON.parse(runPmr(['history', '--json'], { home }).stdout) as Array<
    Record<string, unknown>
  >;
}

describe('practice memory in a terminal', () => {
  test('--checkin asks before and after with one key each; both land in the history', async () => {
    const home = tempHome();
    const run = spawnPty([...oneGroup, '--checkin'], { home });
    runs.push(run);
    await run.waitForText('How tense do you feel right now?');
    run.write('6');
    await run.waitForText('SETTLE');
    expect(run.screenText()).toContain('Tension before: 6 out of 10');
    for (const word of ['TENSE', 'RELEASE', 'CLOSE']) {
      run.write(right);
      await run.waitForText(word);
    }
    run.write(right);
    await run.waitForText('And now, how tense do you feel?');
    run.write('2');
    expect((await run.exited).exitCode).toBe(0);
    expect(run.screenText()).toContain('Tension after: 2 out of 10 (down 4)');
    expect(run.screenText()).toContain('Day one of a streak.');
    expect(history(home)[0]).toMatchObject({
      completed: true,
      checkin: { before: 6, after: 2 },
      groups_done: ['jaw'],
    });
  });

  test('SIGTERM while a check-in is asked ends at once, 143, the terminal restored', async () => {
    const run = spawnPty([...oneGroup, '--checkin'], { thenStty: true });
    runs.push(run);
    await run.waitForText('How tense do you feel right now?');
    const pmr = Number(
      (await import('node:child_process'))
        .execFileSync('pgrep', ['-P', String(run.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')[0],
    );
    process.kill(pmr, 'SIGTERM');
    await run.waitFor((r) => r.output().includes('EXIT='), 5000, 'pmr to exit');
    await run.exited;
    const output = run.output();
    expect(Number(/EXIT=(\d+)/.exec(output)?.[1])).toBe(143);
    expect(output.slice(output.indexOf('EXIT='))).toMatch(/(^|\s)icanon(\s|$)/m);
  });

  test('without --checkin nothing is asked', async () => {
    const run = spawnPty(oneGroup);
    runs.push(run);
    await run.waitForText('SETTLE');
    expect(run.screenText()).not.toContain('How tense');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });

  test('a session killed with SIGKILL keeps what it did, and the one before is untouched', async () => {
    const home = tempHome();
    const first = spawnPty(oneGroup, { home });
    runs.push(first);
    await first.waitForText('SETTLE');
    first.write('q');
    await first.exited;

    const killed = spawnPty(oneGroup, { home });
    runs.push(killed);
    await killed.waitForText('SETTLE');
    killed.write(right);
    await killed.waitForText('TENSE');
    killed.write(right);
    await killed.waitForText('RELEASE');
    // The progress line is written as the release begins.
    await until(() => readFileSync(historyPath(home), 'utf8').includes('"progress"'));
    killed.signal('SIGKILL');
    await killed.exited;

    const sessions = history(home);
    expect(sessions.map((s) => s.outcome)).toEqual(['unfinished', 'quit']);
    expect(sessions[0]).toMatchObject({ completed: false, groups_done: ['jaw'] });
    expect(sessions[1]).toMatchObject({ completed: false, groups_done: [] });
  });
});
