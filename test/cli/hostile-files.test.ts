import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// Paths that are not routine files: pmr names what they are in one line and
// never waits on them or reads without end. A hang would show as a run
// killed by the 15-second timeout, with no exit status.

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

function homeWithRoutines(): { home: string; routines: string } {
  const home = tempHome();
  const routines = join(home, 'routines');
  mkdirSync(routines);
  return { home, routines };
}

describe('pmr validate', () => {
  test('/dev/zero is refused at once, in one line', () => {
    const result = runPmr(['validate', '/dev/zero']);
    expect([result.status, result.stderr]).toEqual([
      2,
      'pmr: /dev/zero is a device, not a routine file; give the path of a .yaml file\n',
    ]);
  });

  test('a FIFO is refused without waiting for a writer', () => {
    const { home } = homeWithRoutines();
    const fifo = join(home, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = runPmr(['validate', fifo], { home });
    expect([result.status, result.stderr]).toEqual([
      2,
      `pmr: ${fifo} is a FIFO, not a routine file; to read from a pipe, give - for standard input\n`,
    ]);
  });

  test('a folder named like a routine, and a file over 256 KiB', () => {
    const { home } = homeWithRoutines();
    const folder = join(home, 'folder.yaml');
    mkdirSync(folder);
    const big = join(home, 'big.yaml');
    writeFileSync(big, `steps: [jaw]\n# ${'x'.repeat(300 * 1024)}\n`);
    const result = runPmr(['validate', folder, big], { home });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `pmr: ${folder} is a folder, not a routine file; give the path of a .yaml file\n` +
        `pmr: ${big} is larger than 256 KiB; a routine is a short list of steps\n`,
    );
    noStackTrace(result.stderr);
  });
});

describe('pmr list', () => {
  test('a FIFO and a folder in the routines folder are listed as invalid, never waited on', () => {
    const { home, routines } = homeWithRoutines();
    execFileSync('mkfifo', [join(routines, 'pipe.yaml')]);
    mkdirSync(join(routines, 'folder.yaml'));
    writeFileSync(join(routines, 'mine.yaml'), 'steps: [jaw]\n');
    const result = runPmr(['list', '--json'], { home });
    expect(result.status).toBe(0);
    const listed = JSON.parse(result.stdout) as Array<{ name: string; valid: boolean }>;
    expect(
      listed.filter((entry) => entry.name !== 'mine' && !entry.valid).map((entry) => entry.name),
    ).toEqual(['folder', 'pipe']);
    expect(listed.find((entry) => entry.name === 'mine')?.valid).toBe(true);
    const table = runPmr(['list'], { home }).stdout;
    expect(table.split('\n').find((line) => line.startsWith('pipe '))).toMatch(
      /^pipe +invalid: run pmr validate .*\/routines\/pipe\.yaml$/,
    );
  });

  test('running a routine that is a FIFO names it', () => {
    const { home, routines } = homeWithRoutines();
    execFileSync('mkfifo', [join(routines, 'pipe.yaml')]);
    const result = runPmr(['show', 'pipe'], { home });
    expect([result.status, result.stderr]).toEqual([
      2,
      `pmr: ${join(routines, 'pipe.yaml')} is a FIFO, not a routine file; to read from a pipe, give - for standard input\n`,
    ]);
  });
});
