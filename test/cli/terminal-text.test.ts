import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { asciiGlyphs, glyphsFor, unicodeGlyphs, withGlyphs } from '../../src/report/glyphs.js';
import { jsonText } from '../../src/report/json-text.js';
import { terminalLine, terminalText } from '../../src/report/terminal-text.js';
import { appendRecord, historyPath } from '../../src/store/history-file.js';
import { appendWorkSession } from '../helpers/history-records.js';
import { runInProcess as run } from '../helpers/run-in-process.js';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// Whatever comes from outside (routine files and their names, arguments, a
// hand-edited history) reaches the terminal as visible, inert text; and in a
// locale that is not UTF-8, pmr draws only ASCII.

const esc = '\u001b';
const hostile = `${esc}]0;pwned\u0007`;
const shown = '\\u001b]0;pwned\\u0007';
/** ESC, C1 controls (U+009B is a one-byte CSI) and bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function expectInert(result: { stdout: string; stderr: string }) {
  expect(result.stdout).not.toMatch(raw);
  expect(result.stderr).not.toMatch(raw);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('the sanitiser', () => {
  test('controls become visible \\u escapes; line breaks are kept only between lines', () => {
    expect(terminalLine(`a${hostile}b`)).toBe(`a${shown}b`);
    expect(terminalLine('csi\u009b2J rtl\u202eevil')).toBe('csi\\u009b2J rtl\\u202eevil');
    expect(terminalLine('one\ntwo\r')).toBe('one\\u000atwo\\u000d');
    expect(terminalText('one\ntwo\u0007\n')).toBe('one\ntwo\\u0007\n');
    expect(terminalLine('深呼吸 🧘 café')).toBe('深呼吸 🧘 café');
  });

  test('JSON escapes DEL, C1 and bidi controls too, and still reads back the same', () => {
    const value = { title: `x${hostile}\u009b\u007f\u202e\u2066y` };
    const text = jsonText(value, 2);
    expect(text).not.toMatch(raw);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('nothing from outside reaches the terminal raw', () => {
  test('an unknown group in --groups (the built CLI)', () => {
    const result = runPmr(['show', '--groups', `jaw,${hostile}`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`unknown group "${shown}"`);
    expectInert(result);
  });

  test('an unknown group in a routine file, in show, validate and run', async () => {
    const home = tempHome();
    const file = join(home, 'mine.yaml');
    writeFileSync(
      file,
      `steps:\n  - jaw\n  - "${hostile.replace(esc, '\\e').replace('\u0007', '\\a')}"\n`,
    );
    for (const args of [
      ['show', file],
      ['validate', file],
      ['run', file, '--plain'],
    ]) {
      const result = await run(args, { home });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`${file}:3:5: unknown group "${shown}"`);
      expectInert(result);
    }
  });

  test('a routine named, titled and labelled with escape sequences', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    const quoted = `"${hostile.replace(esc, '\\e').replace('\u0007', '\\a')}"`;
    writeFileSync(
      join(home, 'routines', 'mine.yaml'),
      `name: ${quoted}\ntitle: ${quoted}\ngroups:\n  jaw:\n    label: ${quoted}\nsteps: [jaw]\n`,
    );
    for (const args of [['list'], ['show', 'mine'], ['validate', 'mine'], ['list', '--json']]) {
      expectInert(await run(args, { home }));
    }
  });

  test('a routine file whose name holds an escape sequence: list, validate, show, edit', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    const name = `calm${hostile}`;
    const file = join(home, 'routines', `${name}.yaml`);
    writeFileSync(file, 'steps: [jaw]\n');
    writeFileSync(join(home, 'routines', `bad${esc}[2J.yaml`), 'steps: [nope]\n');
    const list = await run(['list'], { home });
    expect(list.stdout).toContain(`calm${shown}`);
    expect(list.stdout).toContain('bad\\u001b[2J');
    expectInert(list);
    const json = await run(['list', '--json'], { home });
    expectInert(json);
    expect(JSON.parse(json.stdout).map((entry: { name: string }) => entry.name)).toContain(name);
    for (const args of [
      ['validate', file],
      ['show', file],
      ['edit', name],
      ['show', name],
    ]) {
      const result = await run(args, { home, env: { EDITOR: 'true' } });
      expectInert(result);
      expect(`${result.stdout}${result.stderr}`).toContain(`calm${shown}`);
    }
  });

  test('a file name with a line break is still one line in validate and edit', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    const good = join(home, 'routines', 'two\nlines.yaml');
    const bad = join(home, 'routines', 'bad\nfile.yaml');
    writeFileSync(good, 'steps: [jaw]\n');
    writeFileSync(bad, 'steps: [nope]\n');
    const result = await run(['validate', good, bad], { home });
    expect(result.stdout).toBe(`${home}/routines/two\\u000alines.yaml: ok\n`);
    expect(result.stderr).toBe(`${home}/routines/bad\\u000afile.yaml:1:9: unknown group "nope"\n`);
    const edit = await run(['edit', good], { home, env: { EDITOR: 'true' } });
    expect(edit.stdout).toBe(`${home}/routines/two\\u000alines.yaml: ok\n`);
  });

  test('an unknown routine, command or value typed as an argument', async () => {
    for (const args of [
      ['show', `w${hostile}`],
      [`w\u009b2J`],
      ['config', 'set', 'pace', `fast${hostile}`],
      ['config', 'get', `\u202epace`],
      ['show', 'work', '--release', `x${hostile}`],
      ['show', 'work', `--only${hostile}`],
      ['completion', `sh${hostile}`],
      ['validate', `nofile${hostile}.yaml`],
    ]) {
      const result = await run(args);
      expect(result.status).toBe(2);
      expectInert(result);
      expect(result.stderr).toMatch(/\\u(001b|009b|202e)/);
    }
  });

  test('a hand-edited history whose routine and title hold ESC and U+009B', async () => {
    const home = tempHome();
    const file = historyPath(home);
    const routine = `evil${hostile}\u009b2J`;
    appendRecord(file, {
      v: 1,
      id: 'x',
      type: 'start',
      started_at: new Date().toISOString(),
      pid: 1,
      routine,
      title: `Title${hostile}\u202e`,
      flags: {},
      planned_ms: 60_000,
      groups: 1,
    });
    appendRecord(file, {
      v: 1,
      id: 'x',
      type: 'end',
      ended_at: new Date().toISOString(),
      completed: true,
      reason: 'completed',
      elapsed_ms: 60_000,
      phases_done: 3,
      groups_done: [`jaw${esc}[2J`],
    });
    const history = await run(['history'], { home });
    expectInert(history);
    expect(history.stdout).toContain('evil\\u001b');
    const json = await run(['history', '--json'], { home });
    expectInert(json);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ routine, title: `Title${hostile}\u202e` });
    for (const args of [['stats'], ['stats', '--json']]) expectInert(await run(args, { home }));
  });
});

describe('ASCII where the locale is not UTF-8', () => {
  test('the first of LC_ALL, LC_CTYPE and LANG that is set decides; Windows is Unicode', () => {
    expect(glyphsFor({ LANG: 'en_GB.UTF-8' }, 'linux')).toBe(unicodeGlyphs);
    expect(glyphsFor({ LANG: 'de_DE.utf8' }, 'linux')).toBe(unicodeGlyphs);
    expect(glyphsFor({ LANG: 'C' }, 'linux')).toBe(asciiGlyphs);
    expect(glyphsFor({}, 'darwin')).toBe(asciiGlyphs);
    expect(glyphsFor({ LC_ALL: 'C', LANG: 'en_GB.UTF-8' }, 'linux')).toBe(asciiGlyphs);
    expect(glyphsFor({ LC_CTYPE: 'C.UTF-8', LANG: 'C' }, 'linux')).toBe(unicodeGlyphs);
    expect(glyphsFor({ LC_ALL: '', LC_CTYPE: 'POSIX', LANG: 'C.UTF-8' }, 'linux')).toBe(
      asciiGlyphs,
    );
    expect(glyphsFor({ LANG: 'C' }, 'win32')).toBe(unicodeGlyphs);
    expect(withGlyphs('unknown "x" — did you mean 0–10 …?', asciiGlyphs)).toBe(
      'unknown "x" - did you mean 0-10 ...?',
    );
  });

  function seeded(): string {
    const home = tempHome();
    const file = historyPath(home);
    const outcomes = ['completed', 'quit', 'error'] as const;
    outcomes.forEach((reason, index) => {
      const id = `s${index}`;
      const at = new Date(Date.now() - index * 86_400_000).toISOString();
      appendWorkSession(file, {
        id,
        at,
        reason,
        elapsed_ms: 290_000 - index * 60_000,
        groups_done: ['jaw'],
      });
    });
    // A session cut off with no end line.
    appendRecord(file, {
      v: 1,
      id: 'cut',
      type: 'start',
      started_at: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      pid: 999_999_999,
      routine: 'bedtime',
      title: 'Bedtime',
      flags: {},
      planned_ms: 290_000,
      groups: 4,
    });
    return home;
  }

  test.each([
    [['show', 'work'], { LANG: 'C' }],
    [['show', 'work', '--only', 'jaw', '--micro'], { LANG: 'C' }],
    [['history'], { LC_ALL: 'C', LANG: 'en_GB.UTF-8' }],
    [['stats'], { LANG: 'C' }],
    [['list'], { LANG: 'POSIX' }],
    [['safety'], { LANG: 'C' }],
    [['--help'], { LANG: 'C' }],
    [['config', '--help'], { LANG: 'C' }],
    [['wrok'], { LANG: 'C' }],
    [['validate', '-'], { LANG: 'C' }],
  ])('%j prints only ASCII with %j', async (args, env) => {
    const result = await run(args, { home: seeded(), env, input: 'steps: [sholders]\n' });
    const text = `${result.stdout}${result.stderr}`;
    expect(text.length).toBeGreaterThan(0);
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('the built CLI reads the locale: LANG=C pmr show work', () => {
    const result = runPmr(['show', 'work'], { env: { LANG: 'C' } });
    expect(result.stdout).toContain('(work) | built-in');
    expect(result.stdout).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('the same commands in a UTF-8 locale keep their Unicode glyphs', async () => {
    const home = seeded();
    expect((await run(['history'], { home })).stdout).toMatch(/✓ completed\s+6→2/);
    expect((await run(['stats'], { home })).stdout).toContain('6 → 2 out of 10 · drop 4');
    expect((await run(['show', 'work'])).stdout).toContain('(work) · built-in');
  });
});

describe('terminal widths', () => {
  test('a terminal that reports 0 columns gets whole lines, not blank ones', async () => {
    for (const args of [['list'], ['show', 'work'], ['stats'], ['safety']]) {
      const result = await run(args, { terminal: { columns: 0 } });
      expect(result.status).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[0]?.length).toBeGreaterThan(3);
      const full = await run(args, { terminal: { columns: undefined } });
      expect(result.stdout).toBe(full.stdout);
    }
  });

  test('pmr safety wraps between words to 40 columns', async () => {
    const { stdout } = await run(['safety'], { terminal: { columns: 40 } });
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(stdout).toMatch(/^ {2}Stop, or change the step, if it brings$/m);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'Stop, or change the step, if it brings sharp or spreading pain, numbness, dizziness or shortness of breath.',
    );
  });
});
