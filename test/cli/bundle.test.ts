import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
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

/** Text only each package's own code contains, to tell which ones a command loaded. */
const packageMarkers = {
  yaml: 'YAMLParseError',
  zod: '$ZodError',
  commander: 'commander.unknownOption',
  ink: 'Raw mode is not supported',
  react: 'react.transitional.element',
} as const;

function packagesIn(files: string[]): string[] {
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  return Object.entries(packageMarkers)
    .filter(([, marker]) => texts.some((text) => text.includes(marker)))
    .map(([name]) => name);
}

describe('the built bundle', () => {
  for (const args of [['--version'], ['list'], ['list', '--json'], ['show', 'classic', '--json']]) {
    test(`pmr ${args.join(' ')} loads neither yaml, zod, commander, Ink nor React`, () => {
      const { result, files } = importsOf(args);
      expect(result.status).toBe(0);
      expect(packagesIn(files)).toEqual([]);
    });
  }

  test('pmr --version, list and show NAME load no Node module they do not use', () => {
    // Output to files and input from a pipe: a stream for either would load net or tty.
    const builtinsOf = (args: string[]) => {
      const home = tempHome();
      const log = join(home, 'builtins.log');
      const output = openSync(join(home, 'output'), 'w');
      const result = spawnSync(
        process.execPath,
        ['--import', join(repoRoot, 'test', 'helpers', 'log-builtins.mjs'), pmrBin, ...args],
        {
          env: { ...process.env, PMR_HOME: home, PMR_BUILTIN_LOG: log },
          stdio: ['pipe', output, output],
          input: '',
          timeout: 15_000,
        },
      );
      closeSync(output);
      expect(result.status).toBe(0);
      const unused = ['net', 'tty', 'crypto', 'child_process'];
      return readFileSync(log, 'utf8')
        .split('\n')
        .map((line) => line.replace(/^NativeModule /, ''))
        .filter((name) => unused.includes(name));
    };
    for (const args of [['--version'], ['list'], ['show', 'classic', '--json'], ['show', 'work']]) {
      expect({ args, loaded: builtinsOf(args) }).toEqual({ args, loaded: [] });
    }
    // Commander's program loads child_process (and net with it): the check can fail.
    expect(builtinsOf(['safety'])).toEqual(expect.arrayContaining(['child_process', 'net']));
  });

  test('the bundle answers for built-in routines, from the build, exactly as the loader does', async () => {
    const { runInProcess } = await import('../helpers/run-in-process.js');
    const { runPmr } = await import('../helpers/run-pmr.js');
    for (const args of [
      ['list'],
      ['list', '--json'],
      ['show', 'classic', '--json'],
      ['show', 'back', '--slow', '--no-scan'],
      ['show', 'work', '--minutes', '3', '--json'],
      ['show', 'bedtime', '--json'],
    ]) {
      const home = tempHome();
      // From src/, every routine is read from its YAML by the loader.
      const loaded = await runInProcess(args, { home });
      const bundled = runPmr(args, { home });
      expect({
        args,
        status: bundled.status,
        stdout: bundled.stdout,
        stderr: bundled.stderr,
      }).toEqual({
        args,
        ...loaded,
      });
    }
  });

  test('the markers are found where those packages are loaded (so the checks above can fail)', () => {
    // A user file is parsed by the loader; --help is commander's.
    const validate = importsOf(['validate', 'routines/work.yaml']);
    expect(validate.result.status).toBe(0);
    expect(packagesIn(validate.files)).toEqual(expect.arrayContaining(['yaml', 'zod']));
    const help = importsOf(['show', '--help']);
    expect(help.result.status).toBe(0);
    expect(packagesIn(help.files)).toContain('commander');
    expect(packagesIn(distFiles('.js'))).toEqual(Object.keys(packageMarkers));
  });

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
    // Innermost first: the write that threw, then on out to main's run of
    // the command (`list` is one of the quick ones, run without commander).
    expect(frames[0]?.file).toMatch(/^src\//);
    expect(frames[0]?.text).toContain('.write(');
    expect(frames.find((frame) => frame.file === join('src', 'cli', 'main.ts'))?.text).toContain(
      'runQuickCommand(',
    );
    expect(result.stderr).not.toMatch(/dist\/[\w-]+\.js/);
  });
});
