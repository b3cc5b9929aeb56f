import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runInProcess as run } from '../helpers/run-in-process.js';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// The commands as a person runs them: a spawned process, real exit codes.

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('pmr list', () => {
  test('lists the built-in routines with length, groups and source', async () => {
    const result = await run(['list']);
    expect(result.status).toBe(0);
    for (const name of ['anxiety', 'bedtime', 'classic', 'work']) {
      expect(result.stdout).toMatch(
        new RegExp(`^${name}\\s+\\d+(\\.\\d)? min\\s+\\d+ groups\\s+built-in`, 'm'),
      );
    }
  });

  test('columns line up for ten minutes and more, and one group is "1 group"', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    writeFileSync(join(home, 'routines', 'one.yaml'), 'title: One\nsteps: [jaw]\n');
    const lines = (await run(['list'], { home })).stdout.trimEnd().split('\n');
    expect(lines.find((line) => line.startsWith('classic'))).toMatch(/ 1\d\.\d min /);
    expect(lines.find((line) => line.startsWith('one'))).toMatch(/ 1 group {3}user /);
    const column = (pattern: RegExp) => new Set(lines.map((line) => line.search(pattern)));
    expect(column(/ min /).size).toBe(1);
    expect(column(/ groups? /).size).toBe(1);
    expect(column(/ (built-in|user) /).size).toBe(1);
  });

  test('--json gives name, title, total_ms and source; a user routine shadows a built-in', async () => {
    const home = tempHome();
    mkdirSync(join(home, 'routines'));
    writeFileSync(join(home, 'routines', 'work.yaml'), 'title: My reset\nsteps: [jaw]\n');
    writeFileSync(join(home, 'routines', 'broken.yaml'), 'steps: [sholders]\n');
    const result = await run(['list', '--json'], { home });
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    const work = list.find((entry) => entry.name === 'work');
    expect(work).toMatchObject({ title: 'My reset', source: 'user' });
    expect(typeof work?.total_ms).toBe('number');
    expect(list.find((entry) => entry.name === 'broken')).toMatchObject({ valid: false });
    expect(list.find((entry) => entry.name === 'classic')).toMatchObject({ source: 'built-in' });
  });
});

describe('pmr show', () => {
  test('a readable table and the total', async () => {
    const result = await run(['show', 'work']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^0:00 {2}SETTLE/m);
    expect(result.stdout).toMatch(/TENSE +Jaw/);
    expect(result.stdout).toMatch(/^Total \d+:\d\d · \d+ steps · \d+ phases$/m);
  });

  test('--minutes leaves out what matters least, says so, and never rushes a release', async () => {
    const table = await run(['show', 'work', '--minutes', '2.2']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^Total 2:12 /m);
    expect(table.stdout).toContain(
      'To fit 2.2 minutes, left out the repeats and the breaths between groups.',
    );
    const shorter = await run(['show', 'work', '--minutes', '1.8']);
    expect(shorter.stdout).toMatch(/^Total 1:48 /m);
    expect(shorter.stdout).toContain(
      'To fit 1.8 minutes, left out the repeats, the breaths between groups, and lower back.',
    );
    expect(shorter.stdout).not.toMatch(/Lower back/);
    const json = JSON.parse((await run(['show', 'classic', '--minutes', '5', '--json'])).stdout);
    expect(json.total_ms).toBe(300_000);
    expect(json.left_out).toEqual(['the repeats', 'the breaths between groups']);
    expect(json.speech_wpm).toBe(150);
    const releases = json.phases.filter((phase: { kind: string }) => phase.kind === 'release');
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) expect(release.duration_ms).toBeGreaterThanOrEqual(10_000);
    for (const phase of json.phases) expect(phase.duration_ms % 1000).toBe(0);
  });

  test('--json: routine, total_ms and phases whose durations add up', async () => {
    const result = await run(['show', 'classic', '--slow', '--minutes', '12', '--json']);
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.routine.name).toBe('classic');
    expect(Math.abs(plan.total_ms - 720_000)).toBeLessThanOrEqual(1000);
    let offset = 0;
    for (const [index, phase] of plan.phases.entries()) {
      expect(Object.keys(phase)).toEqual(
        expect.arrayContaining([
          'index',
          'kind',
          'group',
          'label',
          'cue',
          'offset_ms',
          'duration_ms',
        ]),
      );
      expect(phase.index).toBe(index);
      expect(phase.offset_ms).toBe(offset);
      offset += phase.duration_ms;
    }
    expect(offset).toBe(plan.total_ms);
  });

  test('--groups stands in for a routine, and a routine can come from stdin', async () => {
    const inline = JSON.parse((await run(['show', '--groups', 'jaw,neck', '--json'])).stdout);
    expect(
      inline.phases
        .filter((p: { kind: string }) => p.kind === 'tense')
        .map((p: { group: string }) => p.group),
    ).toEqual(['jaw', 'neck']);
    const piped = await run(['show', '-', '--json'], { input: 'steps: [hands]\n' });
    expect(piped.status).toBe(0);
    expect(
      JSON.parse(piped.stdout).phases.some((p: { group: string }) => p.group === 'hands'),
    ).toBe(true);
  });

  test.each([
    [['show', 'work', '--only', 'jaw', '--skip', 'jaw'], /jaw/],
    [['show', 'work', '--minutes', '0.1'], /--minutes must be between 1 and 90/],
    [['show', 'work', '--release', 'abc'], /--release takes a number of seconds/],
    [['show', 'work', '--only', 'calvs'], /calvs/],
    [['show', 'wrok'], /unknown routine "wrok" — did you mean "work"\?/],
    [['show', 'work', '--bogus'], /unknown option '--bogus'/],
    [['show', 'work', '--groups', 'jaw'], /not both/],
    // Object keys are not groups.
    [['show', '--groups', 'constructor'], /^pmr: unknown group "constructor"/],
    [['show', '--groups', '__proto__,jaw'], /^pmr: unknown group "__proto__"/],
    [['show', 'work', '--only', 'constructor'], /--only: unknown group "constructor"/],
    [['show', 'work', '--onyl', 'jaw'], /^pmr: unknown option '--onyl' — did you mean --only\?\n$/],
    [['lsit'], /^pmr: unknown routine or command "lsit" — did you mean the command "list"\?\n$/],
    [['hist'], /^pmr: unknown routine or command "hist" — did you mean the command "history"\?\n$/],
    [['wrok'], /^pmr: unknown routine "wrok" — did you mean "work"\? See pmr list\.\n$/],
  ])('usage error: %j', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
    noStackTrace(result.stderr);
  });
});

describe('pmr validate', () => {
  test('ok per good file; FILE:LINE:COL per problem; exit 1 if any invalid', async () => {
    const home = tempHome();
    const good = join(home, 'good.yaml');
    const bad = join(home, 'bad.yaml');
    writeFileSync(good, 'steps: [jaw, shoulders]\n');
    writeFileSync(bad, 'title: Mine\ntempo: 3\nsteps:\n  - sholders\n');
    const result = await run(['validate', good, bad]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(`${good}: ok\n`);
    expect(result.stderr).toContain(`${bad}:2:1: unknown field "tempo"`);
    expect(result.stderr).toContain(
      `${bad}:4:5: unknown group "sholders" — did you mean "shoulders"?`,
    );
    noStackTrace(result.stderr);
  });

  test('the built-in routines are valid', async () => {
    const result = await run([
      'validate',
      'routines/classic.yaml',
      'routines/work.yaml',
      'routines/anxiety.yaml',
      'routines/bedtime.yaml',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test.each([
    ['? [a, b]\n: 1\nsteps: [jaw]\n', '<stdin>:1:3: a field name must be plain text'],
    ['{[a]: 1, steps: [jaw]}\n', '<stdin>:1:2: a field name must be plain text'],
    ['steps: [*nope]\n', '<stdin>:1:9: undefined alias "*nope"'],
  ])(
    'YAML that no routine can use gets one positioned line, nothing else: %j',
    async (input, line) => {
      const result = await run(['validate', '-'], { input });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(line)).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  test('a missing file is a usage error naming it', async () => {
    const result = await run(['validate', 'no/such/file.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no\/such\/file\.yaml/);
    noStackTrace(result.stderr);
  });
});

describe('help and version', () => {
  test('--version prints the package version (from the built CLI, which knows it)', () => {
    const result = runPmr(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test.each([
    ['--help'],
    ['show', '--help'],
    ['list', '--help'],
    ['validate', '--help'],
    ['run', '--help'],
    ['history', '--help'],
    ['stats', '--help'],
    ['config', '--help'],
    ['config', 'set', '--help'],
    ['config', 'unset', '--help'],
    ['new', '--help'],
    ['edit', '--help'],
    ['completion', '--help'],
    ['schema', '--help'],
    ['safety', '--help'],
  ])('%j has examples', async (...args) => {
    const result = await run(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
  });
});
