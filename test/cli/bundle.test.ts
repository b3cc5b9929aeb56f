import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { pmrBin, repoRoot, tempHome } from '../helpers/run-pmr.js';

// The built bundle itself: it runs, and commands without a live screen never
// load Ink or React. Packages are bundled into dist, so what is checked is
// every file loaded: none from node_modules, none holding React or Ink.

const hook = join(repoRoot, 'test', 'helpers', 'log-imports.mjs');

function importsOf(args: string[]) {
  const home = tempHome();
  const log = join(home, 'imports.log');
  const result = spawnSync(process.execPath, ['--import', hook, pmrBin, ...args], {
    env: { ...process.env, PMR_HOME: home, PMR_IMPORT_LOG: log },
    encoding: 'utf8',
    input: '',
    timeout: 15_000,
  });
  return { result, files: loadedFiles(log) };
}

function loadedFiles(log: string): string[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url));
}

/** Text only React's and Ink's own code contains. */
const screenMarkers = ['react.transitional.element', 'yoga-layout', 'useStdin'];

function screenCode(files: string[]): string[] {
  return files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    return screenMarkers.some((marker) => text.includes(marker));
  });
}

const dist = join(repoRoot, 'dist');
const distFiles = (suffix: string) =>
  readdirSync(dist)
    .filter((file) => file.endsWith(suffix))
    .map((file) => join(dist, file));

describe('the built bundle', () => {
  test('--version and show work --json run from dist', () => {
    const version = importsOf(['--version']);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(version.result.stdout).toBe(`${pkg.version}\n`);
    const show = importsOf(['show', 'work', '--json']);
    expect(show.result.status).toBe(0);
    expect(JSON.parse(show.result.stdout).routine.name).toBe('work');
  });

  test('the live screen does load them (so the check above can fail)', async () => {
    const home = tempHome();
    const log = join(home, 'imports.log');
    const { spawnPty } = await import('../helpers/pty-session.js');
    const run = spawnPty(['--groups', 'jaw'], {
      home,
      env: { NODE_OPTIONS: `--import ${hook}`, PMR_IMPORT_LOG: log },
    });
    await run.waitForText('SETTLE');
    run.write('q');
    await run.exited;
    run.dispose();
    expect(screenCode(loadedFiles(log)).length).toBeGreaterThan(0);
  });

  for (const args of [
    ['--version'],
    ['--help'],
    ['list'],
    ['show', 'classic', '--json'],
    ['validate', 'routines/work.yaml'],
    ['history'],
    ['stats'],
    ['config', 'list'],
    ['safety'],
  ]) {
    test(`pmr ${args.join(' ')} loads neither Ink nor React`, () => {
      const { result, files } = importsOf(args);
      expect(result.status).toBe(0);
      expect(files.filter((file) => file.includes('node_modules'))).toEqual([]);
      expect(screenCode(files)).toEqual([]);
    });
  }

  test('without a built dist/, the entry says how to build it, in one line', () => {
    const clone = tempHome();
    mkdirSync(join(clone, 'bin'));
    copyFileSync(pmrBin, join(clone, 'bin', 'pmr.js'));
    const result = spawnSync(process.execPath, [join(clone, 'bin', 'pmr.js'), '--version'], {
      encoding: 'utf8',
      input: '',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "pmr: the bundle in dist/ is missing or incomplete; run `npm run build` in pmr's folder.\n",
    );
  });

  test("the screen chunk holds React's production build, not the development one", () => {
    const react = distFiles('.js').filter((file) =>
      readFileSync(file, 'utf8').includes('react.transitional.element'),
    );
    expect(react.length).toBeGreaterThan(0);
    const text = react.map((file) => readFileSync(file, 'utf8')).join('\n');
    // Only the development builds of react and react-reconciler say this.
    expect(text).not.toContain('Invalid hook call');
    // Only the production reconciler points to React's decoder for its error codes.
    expect(text).toContain('Minified React error');
  });

  test('the source maps carry no sources, only the way back to them', () => {
    const maps = distFiles('.js.map').map(
      (file) =>
        JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: unknown },
    );
    expect(maps.length).toBeGreaterThan(0);
    expect(maps.filter((map) => map.sourcesContent !== undefined)).toEqual([]);
    expect(maps.flatMap((map) => map.sources)).toContain('../src/cli/main.ts');
  });

  test("with PMR_DEBUG=1 an unexpected error's trace points at the lines in src/", () => {
    const failing = join(repoRoot, 'test', 'helpers', 'failing-stdout.mjs');
    const result = spawnSync(process.execPath, ['--import', failing, pmrBin, 'list'], {
      env: { ...process.env, PMR_HOME: tempHome(), PMR_DEBUG: '1' },
      encoding: 'utf8',
      input: '',
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('standard output is gone');
    const frames = [...result.stderr.matchAll(/\((\/[^()]+\.ts):(\d+):\d+\)$/gm)].map(
      ([, file = '', line = '']) => {
        const text = readFileSync(file, 'utf8').split('\n')[Number(line) - 1];
        return { file: relative(repoRoot, file), text };
      },
    );
    // Innermost first: the write that threw, then on out to main's parse.
    expect(frames[0]?.file).toMatch(/^src\//);
    expect(frames[0]?.text).toContain('.write(');
    expect(frames.find((frame) => frame.file === join('src', 'cli', 'main.ts'))?.text).toContain(
      'parseAsync(',
    );
    expect(result.stderr).not.toMatch(/dist\/[\w-]+\.js/);
  });
});
