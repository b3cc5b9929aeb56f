import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { commandContext } from '../../src/cli/command-context.js';
import { runSession } from '../../src/cli/commands/session-command.js';
import type { SessionSettings } from '../../src/settings/session-settings.js';
import { guardOutput } from '../../src/terminal/output-guard.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { tempHome } from '../helpers/run-pmr.js';
import { groupsPlan } from '../session/plan-builder.js';

// A whole session as the command runs it, with a fake clock and fake streams:
// what happens when the output goes away, the history cannot be written, or
// a signal arrives, without waiting for real time to pass.

const settings: SessionSettings = {
  pacing: {},
  output: 'plain',
  checkIn: false,
  sound: 'off',
  voiceCommand: undefined,
  stopRules: false,
  bedtime: false,
  theme: 'normal',
  sources: {},
};

/** A stdout that takes `lines` writes, then fails the way a closed pipe does. */
function closingAfter(lines: number, code = 'EPIPE') {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      if (written.length >= lines) {
        callback(Object.assign(new Error(`write ${code}`), { code }));
        return;
      }
      written.push(String(chunk));
      callback();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, written };
}

function collecting() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk) => {
    text += String(chunk);
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

function setUp(stdout: NodeJS.WriteStream, home = tempHome(), plan = groupsPlan(['jaw', 'neck'])) {
  const stderr = collecting();
  const io: CliIo = {
    stdout,
    stderr: stderr.stream,
    stdin: new PassThrough() as unknown as NodeJS.ReadStream,
    env: { PMR_HOME: home },
  };
  const context = commandContext(io, guardOutput(io.stdout, io.stderr), { exitCode: 0 });
  const clock = createFakeClock(0);
  const run = (extraSettings: Partial<SessionSettings> = {}) =>
    runSession(plan, { ...settings, ...extraSettings }, context, {
      flags: {},
      clock,
      markSensitive: async () => {},
    });
  const history = () =>
    readFileSync(join(home, 'history.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { clock, plan, run, history, stderr: stderr.text, home };
}

/** Lets pending callbacks and promise chains run, without real time passing. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  // Signals emitted by a test must not outlive it.
  for (const signal of ['SIGTERM', 'SIGQUIT'] as const) process.removeAllListeners(signal);
});

describe('a session whose output goes away', () => {
  test('a closed pipe ends it quietly: recorded as closed, exit 141, nothing on stderr', async () => {
    const stdout = closingAfter(2);
    const { clock, run, history, stderr } = setUp(stdout.stream);
    const done = run();
    // The title and the first phase went out; the next phase line meets the closed pipe.
    clock.advance(10_000);
    await turn();
    clock.advance(100_000);
    expect(await done).toBe(141);
    expect(stdout.written).toHaveLength(2);
    expect(history().at(-1)).toMatchObject({ type: 'end', reason: 'closed', completed: false });
    expect(stderr()).toBe('');
  });

  test('a terminal that hangs up (EIO) ends it as SIGHUP would: 129', async () => {
    const { clock, run, history } = setUp(closingAfter(2, 'EIO').stream);
    const done = run();
    clock.advance(10_000);
    await turn();
    expect(await done).toBe(129);
    expect(history().at(-1)).toMatchObject({ type: 'end', reason: 'terminated' });
  });
});

describe('a session fitted to --minutes', () => {
  test('one line on stderr says what was left out to fit', async () => {
    const plan = { ...groupsPlan(['jaw', 'neck']), left_out: ['the repeats', 'neck'] };
    const { clock, run, stderr } = setUp(collecting().stream, tempHome(), plan);
    const done = run({ pacing: { minutes: 3 } });
    clock.advance(plan.total_ms + 1000);
    expect(await done).toBe(0);
    expect(stderr()).toBe('pmr: to fit 3 minutes, left out the repeats and neck.\n');
  });
});

describe('a history that cannot be written', () => {
  test('the session runs to its end and one line says where the problem is', async () => {
    const out = collecting();
    const home = tempHome();
    mkdirSync(join(home, 'history.jsonl'));
    const { clock, plan, run, stderr } = setUp(out.stream, home);
    const done = run();
    clock.advance(plan.total_ms);
    expect(await done).toBe(0);
    expect(out.text()).toContain('Completed');
    const lines = stderr().trim().split('\n');
    expect(lines.filter((line) => line.includes('cannot write the history'))).toEqual([
      `pmr: cannot write the history at ${join(home, 'history.jsonl')} (EISDIR: a folder stands where the file should be; move it aside); this session is not recorded, and earlier sessions are untouched.`,
    ]);
  });
});

describe('signals', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGQUIT', 131],
  ] as const)('%s stops the session, records it, and exits with %i', async (signal, code) => {
    const { clock, run, history } = setUp(collecting().stream);
    const done = run();
    clock.advance(12_000);
    process.emit(signal);
    expect(await done).toBe(code);
    expect(history().at(-1)).toMatchObject({
      type: 'end',
      reason: 'terminated',
      elapsed_ms: 12_000,
    });
  });
});
