import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { commandContext } from '../../src/cli/command-context.js';
import { buildProgram } from '../../src/cli/program.js';
import { quickCommand } from '../../src/cli/quick-commands.js';
import { guardOutput } from '../../src/terminal/output-guard.js';
import { runInProcess } from '../helpers/run-in-process.js';

// `pmr --version`, `pmr list` and `pmr show NAME` skip commander. Each
// command line taken that way must reach the action with exactly what
// commander would hand it, and every other one must be left to commander.

class Parsed extends Error {
  constructor(
    readonly command: string,
    readonly args: unknown[],
    readonly flags: Record<string, unknown>,
  ) {
    super('parsed');
  }
}

/** What commander's program hands the action for this command line, and what it printed. */
async function commanderParse(argv: string[]): Promise<{ parsed?: Parsed; stdout: string }> {
  let stdout = '';
  const stream = new PassThrough();
  stream.on('data', (chunk) => {
    stdout += String(chunk);
  });
  const io: CliIo = {
    stdout: stream as unknown as NodeJS.WriteStream,
    stderr: new PassThrough() as unknown as NodeJS.WriteStream,
    stdin: new PassThrough() as unknown as NodeJS.ReadStream,
    env: { LANG: 'C.UTF-8' },
  };
  const context = commandContext(io, guardOutput(io.stdout, io.stderr), { exitCode: 0 });
  const program = buildProgram(context, 'dev');
  program.hook('preAction', (_program, action) => {
    throw new Parsed(action.name(), action.processedArgs, { ...action.opts() });
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    await new Promise((resolve) => setImmediate(resolve));
    if (error instanceof Parsed) return { parsed: error, stdout };
  }
  return { stdout };
}

const taken = [
  ['list'],
  ['list', '--json'],
  ['show'],
  ['show', 'classic'],
  ['show', 'classic', '--json'],
  ['show', '--json', 'work'],
  ['show', 'work', '--slow', '--json'],
  ['show', 'work', '--slow', '--no-slow'],
  ['show', 'work', '--no-slow', '--slow', '--no-scan', '--reverse'],
  ['show', 'bedtime', '--micro', '--imagery', '--count', '--json', '--json'],
  ['show', 'my-own.yaml', '--json'],
  ['show', 'nosuch'],
];

describe('the quick commands', () => {
  test.each(taken)('pmr %s reaches the action as through commander', async (...argv) => {
    const quick = quickCommand(argv);
    const { parsed } = await commanderParse(argv);
    if (!parsed) throw new Error('commander ran no action');
    expect(quick?.command).toBe(parsed.command);
    const flags = quick && 'flags' in quick ? quick.flags : undefined;
    // Same values, set in the same order.
    expect(Object.entries(flags ?? {})).toEqual(Object.entries(parsed.flags));
    if (quick?.command === 'show') expect([quick.ref]).toEqual(parsed.args);
  });

  test.each([['--version'], ['-v']])('pmr %s is the version', (flag) => {
    expect(quickCommand([flag])).toEqual({ command: 'version' });
  });

  test.each([
    [[]],
    [['--help']],
    [['-h']],
    [['--version', 'list']],
    [['-V']],
    [['list', '--help']],
    [['list', 'extra']],
    [['list', '--jsn']],
    [['list', '--json', '--json']],
    [['show', '--help']],
    [['show', 'classic', '-h']],
    [['show', 'classic', 'work']],
    [['show', 'classic', '--minutes', '5']],
    [['show', 'classic', '--minutes=5']],
    [['show', '--groups', 'jaw']],
    [['show', 'classic', '--constructor']],
    [['show', '-']],
    [['show', '--', 'classic']],
    [['show', 'classic', '--jsn']],
    [['classic']],
    [['help', 'show']],
  ])('pmr %j is left to commander', (argv) => {
    expect(quickCommand(argv)).toBeUndefined();
  });

  test('the version is printed as commander prints it', async () => {
    const quick = await runInProcess(['--version']);
    expect(quick).toEqual({ status: 0, stdout: 'dev\n', stderr: '' });
    expect((await commanderParse(['--version'])).stdout).toBe(quick.stdout);
  });
});
