import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type PtyRun, spawnPty } from '../helpers/pty-session.js';
import { pmrBin, runPmr, tempHome } from '../helpers/run-pmr.js';

// A sore back in a real terminal: the back routine's stop rules, the pain
// key, and what pmr remembers from it.

const runs: PtyRun[] = [];
afterEach(() => {
  for (const run of runs.splice(0)) run.dispose();
});
const right = '\u001b[C';

/** Runs pmr with pipes for output until its first line, then stops it. */
function firstLineThenStop(args: string[], home: string) {
  return new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [pmrBin, ...args], {
      env: { ...process.env, PMR_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('\n')) child.kill('SIGTERM');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

describe('back care in a terminal', () => {
  test('pmr back shows the stop rules before it starts, and micro tension', async () => {
    const run = spawnPty(['back'], { rows: 30 });
    runs.push(run);
    await run.waitForText('SETTLE');
    expect(run.screenText()).toMatch(/Stop or change any step that\s+brings\s+sharp/);
    for (let i = 0; i < 5; i++) run.write(right);
    await run.waitForText('TENSE');
    expect(run.screenText()).toMatch(/TENSE ▲\s+· micro/);
    expect(run.screenText()).toContain('Hips');
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });

  test('x during shoulders: release at once, stop rules, recorded, remembered; show marks it', async () => {
    const home = tempHome();
    const run = spawnPty(['--groups', 'shoulders,hands', '--breaths', '0'], { home, rows: 30 });
    runs.push(run);
    await run.waitForText('SETTLE');
    run.write(right);
    await run.waitForText('NEXT');
    run.write(right);
    await run.waitForText('TENSE');
    run.write('x');
    await run.waitForText('Shoulders: imagine it only, from now on.');
    expect(run.screenText()).toContain('RELEASE');
    expect(run.screenText()).toMatch(/numbness,\s+dizziness/);
    run.write('x');
    await run.waitForText('End here? y ends');
    run.write('y');
    expect((await run.exited).exitCode).toBe(0);

    const [session] = JSON.parse(runPmr(['history', '--json'], { home }).stdout);
    expect(session.pain.map((p: { group: string }) => p.group)).toEqual(['shoulders']);
    // Marked once per session, however many times it hurt.
    expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')).sensitive).toEqual({
      shoulders: 1,
    });
    const shown = runPmr(['show', '--groups', 'shoulders,hands'], { home }).stdout;
    expect(shown).toMatch(/TENSE\s+Shoulders \(micro\)\*/);
    expect(shown).toContain('* marked as hurting before');
    expect(runPmr(['config', 'get', 'sensitive'], { home }).stdout).toBe('shoulders ×1\n');
  });

  test('--json: x emits a pain event on stdout', async () => {
    const run = spawnPty(['--groups', 'jaw', '--breaths', '0', '--json']);
    runs.push(run);
    await run.waitFor((r) => r.output().includes('"kind":"setup"'), 5000, 'the setup line');
    run.write(right);
    await run.waitFor((r) => r.output().includes('"kind":"prepare"'), 5000, 'the prepare line');
    run.write(right);
    await run.waitFor((r) => r.output().includes('"kind":"tense"'), 5000, 'the tense line');
    run.write('x');
    await run.waitFor((r) => r.output().includes('"type":"pain"'), 5000, 'the pain event');
    expect(run.output()).toMatch(/\{"type":"pain","at_ms":\d+,"index":2,"group":"jaw"\}/);
    run.write('q');
    expect((await run.exited).exitCode).toBe(0);
  });

  test('the safety notice is shown before the first session only, and never into a pipe', async () => {
    const home = tempHome();
    const piped = await firstLineThenStop(['work', '--plain'], home);
    expect(piped.stdout).toMatch(/^Five-minute reset/);
    expect(piped.stderr).not.toContain('Before you begin');
    const first = spawnPty(['work'], { home, rows: 30 });
    runs.push(first);
    await first.waitForText('SETTLE');
    expect(first.screenText()).toContain('Before you begin');
    expect(first.screenText()).toContain('pmr safety');
    first.write('q');
    await first.exited;
    const second = spawnPty(['work'], { home, rows: 30 });
    runs.push(second);
    await second.waitForText('SETTLE');
    expect(second.screenText()).not.toContain('Before you begin');
    second.write('q');
    await second.exited;
  });
});
