import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendWorkSession } from '../helpers/history-records.js';
import { pmrBin, repoRoot, tempHome } from '../helpers/run-pmr.js';

// Output that goes away or fills up: `| head -1` closes the pipe early, and
// /dev/full fails every write. Each ends quietly or with one line, never an
// "Unhandled 'error' event" and its stack trace.

/** Runs a shell line with pmr in it; `pipefail` makes pmr's own exit code the pipeline's. */
function shell(line: string, home = tempHome()) {
  const pmr = `'${process.execPath}' '${pmrBin}'`;
  return spawnSync('bash', ['-c', `set -o pipefail; ${line.replaceAll('pmr ', `${pmr} `)}`], {
    cwd: repoRoot,
    env: { ...process.env, PMR_HOME: home, PMR_DEBUG: undefined, LANG: 'C.UTF-8' },
    encoding: 'utf8',
    timeout: 15_000,
  });
}

/** A history long enough that its JSON cannot fit in a pipe's buffer at once. */
function longHistory(): string {
  const home = tempHome();
  const file = join(home, 'history.jsonl');
  for (let n = 0; n < 600; n++) {
    appendWorkSession(file, {
      id: `s${n}`,
      at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
    });
  }
  return home;
}

describe('a closed pipe', () => {
  test('pmr history --json | head -1: the first line, then a quiet exit with 141', () => {
    const result = shell('pmr history --json | head -1', longHistory());
    expect(result.stdout).toBe('[\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(141);
  });

  test('pmr history | head -1, and pmr --help | head -1: no stack trace', () => {
    for (const line of ['pmr history | head -1', 'pmr --help | head -1']) {
      const result = shell(line, longHistory());
      expect(result.stdout.split('\n')).toHaveLength(2);
      expect(result.stderr).toBe('');
      // A short output may fit the pipe before head leaves: 0 then, else 141.
      expect([0, 141]).toContain(result.status);
    }
  });
});

describe('a full disk', () => {
  test('pmr show work >/dev/full: one line that names the problem, exit 1', () => {
    const result = shell('pmr show work >/dev/full');
    expect(result.stderr).toBe(
      'pmr: cannot write to standard output (ENOSPC: the disk is full; free some space).\n',
    );
    expect(result.status).toBe(1);
  });

  test('a session whose plain lines meet a full disk stops, says so once, and is recorded', () => {
    const home = tempHome();
    const result = shell('pmr --groups jaw --breaths 0 --plain >/dev/full', home);
    expect(result.stderr).toBe(
      'pmr: cannot write to standard output (ENOSPC: the disk is full; free some space).\n',
    );
    expect(result.status).toBe(1);
    const history = shell('pmr history --json', home);
    expect(JSON.parse(history.stdout)[0]).toMatchObject({ outcome: 'error' });
  });
});

describe('a broken stderr', () => {
  test('warnings with nowhere to go do not stop the command', () => {
    const home = tempHome();
    writeFileSync(join(home, 'history.jsonl'), 'not json\n');
    const result = shell('pmr history 2>/dev/full', home);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No sessions yet/);
  });
});
