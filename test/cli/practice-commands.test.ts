import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendRecord, historyPath } from '../../src/store/history-file.js';
import { pmrBin, runPmr, tempHome } from '../helpers/run-pmr.js';

// config, history and stats as a person runs them, state under a temp PMR_HOME.

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

/** The start event's planned total of a session, then the session is stopped. */
function plannedTotal(args: string[], home: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [pmrBin, ...args, '--json'], {
      env: { ...process.env, PMR_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const first = out.split('\n')[0];
      if (out.includes('\n') && first) {
        child.kill('SIGTERM');
        resolve(JSON.parse(first).total_ms);
      }
    });
    child.on('error', reject);
  });
}

function seedHistory(home: string) {
  const file = historyPath(home);
  const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  for (const [n, id] of [
    [2, 'a'],
    [1, 'b'],
    [0, 'c'],
  ] as const) {
    appendRecord(file, {
      v: 1,
      id,
      type: 'start',
      started_at: day(n),
      pid: 1,
      routine: 'work',
      title: 'Five-minute reset',
      flags: {},
      planned_ms: 290_000,
      groups: 4,
    });
    appendRecord(file, { v: 1, id, type: 'checkin', moment: 'before', rating: 6 });
    appendRecord(file, {
      v: 1,
      id,
      type: 'end',
      ended_at: day(n),
      completed: true,
      reason: 'completed',
      elapsed_ms: 290_000,
      phases_done: 20,
      groups_done: ['jaw', 'shoulders', 'hands', 'lower-back'],
    });
    appendRecord(file, { v: 1, id, type: 'checkin', moment: 'after', rating: 2 });
  }
  return file;
}

describe('pmr config', () => {
  test('list, set, get, unset, reset and path', () => {
    const home = tempHome();
    expect(runPmr(['config', 'list'], { home }).stdout).toMatch(/^pace\s+normal\s+\(default\)$/m);
    const set = runPmr(['config', 'set', 'pace', 'slow'], { home });
    expect([set.status, set.stdout]).toEqual([0, 'pace = slow\n']);
    expect(runPmr(['config', 'get', 'pace'], { home }).stdout).toBe('slow\n');
    expect(runPmr(['config'], { home }).stdout).toMatch(/^pace\s+slow$/m);
    expect(runPmr(['config', 'unset', 'pace'], { home }).stdout).toBe('pace = normal (default)\n');
    runPmr(['config', 'set', 'checkin', 'on'], { home });
    expect(runPmr(['config', 'reset'], { home }).status).toBe(0);
    expect(runPmr(['config', 'get', 'checkin'], { home }).stdout).toBe('off\n');
    expect(runPmr(['config', 'path'], { home }).stdout).toBe(`${join(home, 'config.json')}\n`);
  });

  test('a bad key or value is a usage error that lists what is allowed', () => {
    const home = tempHome();
    const key = runPmr(['config', 'set', 'colour', 'teal'], { home });
    expect(key.status).toBe(2);
    expect(key.stderr).toBe(
      'pmr: unknown preference "colour"; the keys are routine, pace, checkin, sound, voice.command, sensitive.\n',
    );
    const value = runPmr(['config', 'set', 'pace', 'fast'], { home });
    expect(value.status).toBe(2);
    expect(value.stderr).toBe('pmr: pace cannot be "fast"; it takes normal or slow.\n');
    const routine = runPmr(['config', 'set', 'routine', 'wrok'], { home });
    expect(routine.status).toBe(2);
    expect(routine.stderr).toMatch(/did you mean "work"/);
    noStackTrace(routine.stderr);
  });

  test('sound, and a voice command kept exactly as typed', () => {
    const home = tempHome();
    expect(runPmr(['config', 'set', 'sound', 'Voice'], { home }).stdout).toBe('sound = voice\n');
    const bad = runPmr(['config', 'set', 'sound', 'loud'], { home });
    expect(bad.stderr).toBe('pmr: sound cannot be "loud"; it takes off, bell or voice.\n');
    const set = runPmr(['config', 'set', 'voice.command', 'espeak-ng -v en-GB -s 130'], { home });
    expect(set.stdout).toBe('voice.command = espeak-ng -v en-GB -s 130\n');
    expect(runPmr(['config', 'get', 'voice.command'], { home }).stdout).toBe(
      'espeak-ng -v en-GB -s 130\n',
    );
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    expect(config['voice.command']).toBe('espeak-ng -v en-GB -s 130');
  });

  test('a corrupted preferences file warns once, is kept aside, and pmr goes on', () => {
    const home = tempHome();
    writeFileSync(join(home, 'config.json'), '{"pace": "slow",, oops');
    const first = runPmr(['config', 'get', 'pace'], { home });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe('normal\n');
    expect(first.stderr).toMatch(
      /^pmr: preferences in .*config\.json could not be read .*kept a copy at .*using the defaults\.\n$/,
    );
    expect(readdirSync(home).some((name) => name.startsWith('config.json.bad-'))).toBe(true);
    expect(runPmr(['config', 'get', 'pace'], { home }).stderr).toBe('');
  });

  test('the pace preference makes the next session slower; --no-slow overrides it', async () => {
    const home = tempHome();
    const normal = await plannedTotal(['work'], home);
    runPmr(['config', 'set', 'pace', 'slow'], { home });
    const slow = await plannedTotal(['work'], home);
    expect(slow).toBeGreaterThan(normal * 1.2);
    expect(await plannedTotal(['work', '--no-slow'], home)).toBe(normal);
  });

  test('the routine preference is what plain `pmr` runs', async () => {
    const home = tempHome();
    runPmr(['config', 'set', 'routine', 'work'], { home });
    const work = runPmr(['show', 'work', '--json'], { home });
    expect(await plannedTotal([], home)).toBe(JSON.parse(work.stdout).total_ms);
  });
});

describe('pmr history', () => {
  test('no sessions yet says how to begin', () => {
    const result = runPmr(['history']);
    expect([result.status, result.stdout]).toEqual([
      0,
      'No sessions yet. `pmr work` is a gentle five-minute start.\n',
    ]);
  });

  test('newest first, with --limit and --json', () => {
    const home = tempHome();
    seedHistory(home);
    const text = runPmr(['history'], { home });
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^today \d\d:\d\d\s+work\s+4:50\s+✓ completed\s+6→2$/,
    );
    const json = JSON.parse(runPmr(['history', '--json', '--limit', '2'], { home }).stdout);
    expect(json.map((s: { id: string }) => s.id)).toEqual(['c', 'b']);
    expect(json[0]).toMatchObject({
      routine: 'work',
      completed: true,
      duration_ms: 290_000,
      checkin: { before: 6, after: 2 },
    });
    expect(new Date(json[0].started_at).toISOString()).toBe(json[0].started_at);
    expect(runPmr(['history', '--limit', '0'], { home }).status).toBe(2);
  });

  test('a hand-damaged line is skipped with its line number; every other session counts', () => {
    const home = tempHome();
    const file = seedHistory(home);
    writeFileSync(file, `${'{"oops\n'}`, { flag: 'a' });
    const result = runPmr(['history', '--json'], { home });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`pmr: ${file}:13: an unreadable history line was skipped\n`);
    expect(JSON.parse(result.stdout)).toHaveLength(3);
  });
});

describe('a history that cannot be read', () => {
  test('one line naming the file and the fix, exit 1, no stack trace', () => {
    const home = tempHome();
    mkdirSync(join(home, 'history.jsonl'));
    for (const command of ['history', 'stats']) {
      const result = runPmr([command], { home });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `pmr: cannot read the history at ${join(home, 'history.jsonl')} (EISDIR); check that it is a file you can read.\n`,
      );
    }
  });
});

describe('preferences that cannot be used', () => {
  test('a folder where the file should be: one line, exit 1', () => {
    const home = tempHome();
    mkdirSync(join(home, 'config.json'));
    const result = runPmr(['config', 'get', 'pace'], { home });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^pmr: cannot use the preferences at .*config\.json \(EISDIR\); check that it is a file you can write\.\n$/,
    );
  });
});

describe('pmr stats', () => {
  test('streaks, totals and check-ins from the history', () => {
    const home = tempHome();
    seedHistory(home);
    const json = JSON.parse(runPmr(['stats', '--json'], { home }).stdout);
    expect(json.streak).toEqual({ current: 3, best: 3 });
    expect(json.total).toEqual({ sessions: 3, minutes: 14.5 });
    expect(json.checkins).toMatchObject({ count: 3, before: 6, after: 2, drop: 4 });
    const text = runPmr(['stats'], { home }).stdout;
    expect(text).toMatch(/streak\s+3 days \(best 3\)/);
    expect(text).toMatch(/6 → 2 out of 10 · drop 4/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(48);
  });

  test('absurd numbers in a hand-edited line skip that line, never "Infinity min" or null', () => {
    const home = tempHome();
    const file = seedHistory(home);
    const now = new Date().toISOString();
    const lines = [
      {
        v: 1,
        id: 'x',
        type: 'start',
        started_at: now,
        pid: 1,
        routine: 'work',
        title: 'X',
        flags: {},
        planned_ms: 1e308,
        groups: 4,
      },
      {
        v: 1,
        id: 'y',
        type: 'start',
        started_at: now,
        pid: 1,
        routine: 'work',
        title: 'Y',
        flags: {},
        planned_ms: 1000,
        groups: 4,
      },
      {
        v: 1,
        id: 'y',
        type: 'end',
        ended_at: now,
        completed: true,
        reason: 'completed',
        elapsed_ms: 1e308,
        phases_done: 3,
        groups_done: [],
      },
      { v: 1, id: 'y', type: 'progress', elapsed_ms: 1e308, phases_done: 3, groups_done: [] },
      { v: 1, id: 'y', type: 'pain', at_ms: 1e308, group: null },
      { v: 1, id: 'y', type: 'progress', elapsed_ms: 1000, phases_done: 1e9, groups_done: [] },
    ];
    writeFileSync(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''), { flag: 'a' });
    const result = runPmr(['stats', '--json'], { home });
    expect(result.stderr.trim().split('\n')).toEqual(
      [13, 15, 16, 17, 18].map(
        (line) => `pmr: ${file}:${line}: an unreadable history line was skipped`,
      ),
    );
    expect(result.stdout).not.toContain('null,');
    expect(JSON.parse(result.stdout).total).toEqual({ sessions: 3, minutes: 14.5 });
    const text = runPmr(['stats'], { home }).stdout;
    expect(text).not.toMatch(/Infinity|NaN/);
  });

  test('an empty history gives zeros, not an error', () => {
    const json = JSON.parse(runPmr(['stats', '--json']).stdout);
    expect(json.streak).toEqual({ current: 0, best: 0 });
    expect(json.checkins).toBeNull();
  });
});
