import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess as run } from '../helpers/run-in-process.js';
import { pmrBin, runPmr, tempHome } from '../helpers/run-pmr.js';

// pmr new writes a routine to start from and never overwrites; pmr edit
// opens the editor and checks the file after.

const schemaLine = /^# yaml-language-server: \$schema=file:\/\/.*\/schema\/routine\.schema\.json$/;

describe('pmr new', () => {
  test('a commented, valid routine in the user folder, and what to type next', async () => {
    const home = tempHome();
    const result = await run(['new', 'my-reset'], { home });
    const file = join(home, 'routines', 'my-reset.yaml');
    expect(result.stdout).toBe(
      `Wrote ${file}\nTry it:   pmr my-reset\nEdit it:  pmr edit my-reset\n`,
    );
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(schemaLine);
    expect(text).toMatch(/^# full \(about 4 out of 10\)/m);
    expect((await run(['validate', file])).stdout).toBe(`${file}: ok\n`);
    expect((await run(['list', '--json'], { home })).stdout).toContain('"my-reset"');
  });

  test('--from copies a routine, renamed, comments kept', async () => {
    const home = tempHome();
    await run(['new', 'evening', '--from', 'work'], { home });
    const text = readFileSync(join(home, 'routines', 'evening.yaml'), 'utf8');
    expect(text).toMatch(/^name: evening$/m);
    expect(text).toContain('# Twice through each area');
    expect(text.match(/yaml-language-server/g)).toHaveLength(1);
    const plan = JSON.parse((await run(['show', 'evening', '--json'], { home })).stdout);
    const work = JSON.parse((await run(['show', 'work', '--json'], { home })).stdout);
    expect(plan.total_ms).toBe(work.total_ms);
  });

  test('never overwrites without --force', async () => {
    const home = tempHome();
    const file = join(home, 'mine.yaml');
    writeFileSync(file, 'steps: [jaw]\n');
    const refused = await run(['new', 'mine', '--out', file], { home });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `pmr: ${file} already exists; choose another name, or add --force to replace it.\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('steps: [jaw]\n');
    expect((await run(['new', 'mine', '--out', file, '--force'], { home })).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^name: mine$/m);
  });

  test('a name that cannot name a routine is a usage error', async () => {
    const result = await run(['new', 'Bad Name']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/lower-case letters, digits and dashes/);
  });
});

describe('pmr new where it cannot write', () => {
  test('a folder that cannot be made (under /proc): one line at once, never a hang', async () => {
    const result = await run(['new', 'x', '--out', '/proc/pmr-nowhere/x.yaml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'pmr: cannot write /proc/pmr-nowhere/x.yaml (ENOENT); check that /proc/pmr-nowhere is a folder you can write, or choose another --out.\n',
    );
  });

  test('a routines "folder" that is a file: one line naming it, exit 1', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'routines'), 'not a folder');
    const result = await run(['new', 'mine'], { home });
    expect([result.status, result.stderr]).toEqual([
      1,
      `pmr: cannot write ${join(home, 'routines', 'mine.yaml')}: ${join(home, 'routines')} is a file, not a folder; move it aside.\n`,
    ]);
  });

  test('--out a folder, or nothing: a usage error that shows a file path to give', async () => {
    const home = tempHome();
    const folder = join(home, 'some', 'dir');
    mkdirSync(folder, { recursive: true });
    for (const out of [`${folder}/`, folder]) {
      const result = await run(['new', 'mine', '--out', out], { home });
      expect([result.status, result.stderr]).toEqual([
        2,
        `pmr: --out ${out} is a folder; give a file name, like --out ${join(folder, 'mine.yaml')}\n`,
      ]);
    }
    const empty = await run(['new', 'mine', '--out', ''], { home });
    expect([empty.status, empty.stderr]).toEqual([
      2,
      'pmr: --out needs a file path, like --out ./mine.yaml\n',
    ]);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a FIFO in the way is named, never opened (it would wait for a reader)', async () => {
    const home = tempHome();
    const fifo = join(home, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await run(['new', 'mine', '--out', fifo, '--force'], { home });
    expect([result.status, result.stderr]).toEqual([
      1,
      `pmr: ${fifo} is a FIFO, not a routine file; move it aside, or choose another --out.\n`,
    ]);
  });

  test('--out an absolute path is echoed as given', async () => {
    const home = tempHome();
    const file = join(home, 'desk.yaml');
    const result = await run(['new', 'desk', '--out', file], { home });
    expect(result.stdout).toBe(
      `Wrote ${file}\nTry it:   pmr run ${file}\nEdit it:  $EDITOR ${file}\n`,
    );
    // Relative to where pmr runs: a process of its own, in that folder.
    const relative = runPmr(['new', 'desk', '--out', 'desk-2.yaml'], { home, cwd: home });
    expect(relative.stdout).toBe(
      'Wrote desk-2.yaml\nTry it:   pmr run desk-2.yaml\nEdit it:  $EDITOR desk-2.yaml\n',
    );
  });
});

describe('pmr edit', () => {
  const editor = (home: string, script: string) => {
    const file = join(home, 'editor.sh');
    writeFileSync(file, `#!/bin/sh\n${script}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  test('opens $EDITOR on the file, then says it is fine', async () => {
    const home = tempHome();
    await run(['new', 'mine'], { home });
    const result = await run(['edit', 'mine'], {
      home,
      env: { EDITOR: editor(home, `echo "$1" > "${home}/edited"`), VISUAL: undefined },
    });
    const file = join(home, 'routines', 'mine.yaml');
    expect(readFileSync(join(home, 'edited'), 'utf8').trim()).toBe(file);
    expect([result.status, result.stdout]).toEqual([0, `${file}: ok\n`]);
  });

  test('a mistake made in the editor is reported with its line, exit 1', async () => {
    const home = tempHome();
    await run(['new', 'mine'], { home });
    const result = await run(['edit', 'mine'], {
      home,
      env: { VISUAL: editor(home, `printf 'tempo: 3\\n' >> "$1"`) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /mine\.yaml:\d+:1: unknown field "tempo" — did you mean "pace"\?/,
    );
  });

  test('built-in routines are copied first, not edited', async () => {
    const result = await run(['edit', 'work'], { env: { EDITOR: 'true' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'pmr: work is built in; make your own copy first: pmr new my-work --from work\n',
    );
  });
  test("Ctrl-C while the editor is open is the editor's: pmr waits for it, then checks", async () => {
    const home = tempHome();
    await run(['new', 'mine'], { home });
    const script = join(home, 'editor.mjs');
    // An editor like vi: Ctrl-C cancels something inside it and it carries on.
    writeFileSync(
      script,
      `process.on('SIGINT', () => process.stdout.write('editor: Ctrl-C handled\\n'));
process.stdout.write('editor: ready\\n');
process.stdin.on('data', (line) => { if (String(line).includes('quit')) process.exit(0); });
`,
    );
    // Its own process group, as a terminal's foreground job: Ctrl-C reaches every process in it.
    const pmr = spawn(process.execPath, [pmrBin, 'edit', 'mine'], {
      detached: true,
      env: { ...process.env, PMR_HOME: home, VISUAL: `"${process.execPath}" "${script}"` },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const group = pmr.pid ?? 0;
    let stdout = '';
    let stderr = '';
    const waiters: Array<() => void> = [];
    pmr.stdout.on('data', (chunk) => {
      stdout += chunk;
      for (const wake of waiters.splice(0)) wake();
    });
    pmr.stderr.on('data', (chunk) => (stderr += chunk));
    const printed = async (text: string) => {
      while (!stdout.includes(text)) await new Promise<void>((wake) => waiters.push(wake));
    };
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      pmr.on('exit', (code, signal) => resolve([code, signal])),
    );
    try {
      await printed('editor: ready');
      process.kill(-group, 'SIGINT');
      await printed('editor: Ctrl-C handled');
      pmr.stdin.write('quit\n');
      expect(await exited).toEqual([0, null]);
      expect(stdout).toBe(
        `editor: ready\neditor: Ctrl-C handled\n${join(home, 'routines', 'mine.yaml')}: ok\n`,
      );
      expect(stderr).toBe('');
    } finally {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });

  test('an editor that fails: one line, exit 1, and the file is not called ok', async () => {
    const home = tempHome();
    await run(['new', 'mine'], { home });
    const file = join(home, 'routines', 'mine.yaml');
    const result = await run(['edit', 'mine'], {
      home,
      env: { EDITOR: 'false', VISUAL: undefined },
    });
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      '',
      `pmr: the editor "false" exited with status 1, so ${file} was not checked; check it with: pmr validate ${file}\n`,
    ]);
  });

  test('a folder, and an editor command with a quote left open, each get their own line', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'drafts'));
    const folder = await run(['edit', join(home, 'drafts')], { home, env: { EDITOR: 'true' } });
    expect([folder.status, folder.stderr]).toEqual([
      2,
      `pmr: ${join(home, 'drafts')} is a folder, not a routine file; pmr edit opens one routine file, like pmr edit my-reset\n`,
    ]);
    await run(['new', 'mine'], { home });
    const quote = await run(['edit', 'mine'], {
      home,
      env: { EDITOR: 'code --wait "', VISUAL: undefined },
    });
    expect([quote.status, quote.stderr]).toEqual([
      2,
      'pmr: $EDITOR has a " that is never closed; close it or remove it.\n',
    ]);
  });
});
