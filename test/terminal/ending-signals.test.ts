import { describe, expect, test } from 'vitest';
import { endingSignals, signalExitCode } from '../../src/terminal/ending-signals.js';

// The signals that end a session as SIGTERM does, and the exit code each gives.

describe('endingSignals', () => {
  test('on Linux, SIGPROF ends a session as any fatal signal does', () => {
    const signals = endingSignals('linux', [], '');
    expect(signals).toContain('SIGPROF');
    expect(signals).toContain('SIGTERM');
    expect(signals).not.toContain('SIGUSR1');
  });

  test('under a profiler SIGPROF is its tick, not an ending', () => {
    for (const [execArgv, nodeOptions] of [
      [['--cpu-prof'], ''],
      [['--cpu-prof-dir=/tmp'], '--prof'],
      [[], '--max-old-space-size=100 --cpu-prof'],
    ] as const) {
      const signals = endingSignals('linux', execArgv, nodeOptions);
      expect(signals).not.toContain('SIGPROF');
      expect(signals).toContain('SIGTERM');
    }
    expect(endingSignals('linux', ['--profile-something'], '')).toContain('SIGPROF');
  });

  test('Windows has its own few', () => {
    expect(endingSignals('win32', ['--cpu-prof'], '')).toEqual([
      'SIGINT',
      'SIGTERM',
      'SIGHUP',
      'SIGBREAK',
    ]);
  });

  test('the exit code is 128 and the signal number', () => {
    expect(signalExitCode('SIGTERM')).toBe(143);
    expect(signalExitCode('SIGINT')).toBe(130);
  });
});
