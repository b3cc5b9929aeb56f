import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSpeech, noSpeechAdvice } from '../../src/cues/find-speech.js';
import { splitCommand, unclosedQuote } from '../../src/cues/split-command.js';
import { tempHome } from '../helpers/run-pmr.js';

// Which speech command is found, and how a configured one is split.

describe('splitCommand', () => {
  test('splits on spaces, honours quotes, expands nothing', () => {
    expect(splitCommand('espeak-ng -v en-gb -s 130')).toEqual([
      'espeak-ng',
      '-v',
      'en-gb',
      '-s',
      '130',
    ]);
    expect(splitCommand(`say -v "Kate Premium" '$HOME' $(rm -rf /)`)).toEqual([
      'say',
      '-v',
      'Kate Premium',
      '$HOME',
      '$(rm',
      '-rf',
      '/)',
    ]);
    expect(splitCommand('  spaced   out  ""  ')).toEqual(['spaced', 'out', '']);
  });

  test('a quote left open is found, so it can be reported instead of guessed at', () => {
    expect(unclosedQuote('espeak-ng "unclosed')).toBe('"');
    expect(unclosedQuote(`say -v 'Kate`)).toBe("'");
    expect(unclosedQuote(`say -v "it's" 'a "b"'`)).toBeUndefined();
  });
});

describe('findSpeech', () => {
  const bin = (...names: string[]) => {
    const dir = join(tempHome(), 'bin');
    mkdirSync(dir);
    for (const name of names) {
      writeFileSync(join(dir, name), '#!/bin/sh\n');
      chmodSync(join(dir, name), 0o755);
    }
    return dir;
  };

  test("Linux: espeak-ng, then espeak, then spd-say, at the plan's rate", () => {
    const all = bin('espeak-ng', 'espeak', 'spd-say');
    expect(findSpeech({ platform: 'linux', path: all, wordsPerMinute: 150 })).toMatchObject({
      name: 'espeak-ng',
      // -z: no pause after the last sentence, so the line ends when its words do.
      args: ['-z', '-s', '150'],
    });
    expect(findSpeech({ platform: 'linux', path: all, wordsPerMinute: 125 })?.args).toEqual([
      '-z',
      '-s',
      '125',
    ]);
    expect(
      findSpeech({ platform: 'linux', path: bin('espeak', 'spd-say'), wordsPerMinute: 150 })?.name,
    ).toBe('espeak');
    expect(
      findSpeech({ platform: 'linux', path: bin('spd-say'), wordsPerMinute: 150 }),
    ).toMatchObject({
      name: 'spd-say',
      cancelArgs: ['-C'],
    });
    expect(findSpeech({ platform: 'linux', path: bin(), wordsPerMinute: 150 })).toBeUndefined();
  });

  test('macOS say and Windows PowerShell read the words on stdin', () => {
    expect(findSpeech({ platform: 'darwin', path: bin('say'), wordsPerMinute: 125 })).toMatchObject(
      {
        args: ['-r', '125'],
        wordsOnStdin: true,
      },
    );
    const windows = findSpeech({
      platform: 'win32',
      path: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0',
      pathExt: '.COM;.EXE',
      isExecutable: (file) =>
        file.toLowerCase() === 'c:\\windows\\system32\\windowspowershell\\v1.0\\powershell.exe',
      wordsPerMinute: 150,
    });
    expect(windows?.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(windows?.wordsOnStdin).toBe(true);
    expect(windows?.args.join(' ')).toContain('[Console]::In.ReadToEnd()');
  });

  test('a configured command wins, split into arguments', () => {
    const dir = bin('espeak-ng', 'my-tts');
    expect(
      findSpeech({
        platform: 'linux',
        path: dir,
        wordsPerMinute: 150,
        configured: 'my-tts --gentle "a b"',
      }),
    ).toMatchObject({ name: 'my-tts', file: join(dir, 'my-tts'), args: ['--gentle', 'a b'] });
    expect(
      findSpeech({ platform: 'linux', path: dir, wordsPerMinute: 150, configured: 'missing-tts' }),
    ).toBeUndefined();
  });

  test('a configured C:\\…\\espeak.exe is that file, not a name to look up', () => {
    const file = 'C:\\Program Files\\eSpeak\\espeak.exe';
    expect(
      findSpeech({
        platform: 'win32',
        path: 'C:\\Windows',
        pathExt: '.EXE',
        isExecutable: (candidate) => candidate === file,
        wordsPerMinute: 150,
        configured: `"${file}" -s 130`,
      }),
    ).toMatchObject({ file, args: ['-s', '130'] });
  });

  test('no speech: says what to install', () => {
    expect(noSpeechAdvice('linux')).toMatch(/install espeak-ng.*voice\.command.*bell instead/);
  });
});
