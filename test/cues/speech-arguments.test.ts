import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findExecutable } from '../../src/cues/find-executable.js';
import { findSpeech, type SpeechCommand } from '../../src/cues/find-speech.js';
import { speechArguments } from '../../src/cues/speech-arguments.js';
import { tempHome } from '../helpers/run-pmr.js';

// A label that looks like an option ("-vnosuchvoice" would choose a voice
// that does not exist and silence the session) is spoken, never obeyed.

const hostile = '-vnosuchvoice';

describe('speechArguments', () => {
  test('"--" before the words for engines that end their options there', () => {
    const espeak: SpeechCommand = {
      name: 'espeak-ng',
      file: '/usr/bin/espeak-ng',
      args: ['-s', '150'],
      endsOptionsWithDashes: true,
    };
    expect(speechArguments(espeak, hostile)).toEqual({ args: ['-s', '150', '--', hostile] });
  });

  test('on stdin for those that read it there', () => {
    const say: SpeechCommand = {
      name: 'say',
      file: 'say',
      args: ['-r', '165'],
      wordsOnStdin: true,
    };
    expect(speechArguments(say, hostile)).toEqual({ args: ['-r', '165'], stdin: hostile });
  });

  test('any other command: words never begin with "-"', () => {
    const mine: SpeechCommand = { name: 'my-tts', file: '/bin/my-tts', args: ['--gentle'] };
    expect(speechArguments(mine, hostile)).toEqual({ args: ['--gentle', ` ${hostile}`] });
    expect(speechArguments(mine, 'Shoulders.')).toEqual({ args: ['--gentle', 'Shoulders.'] });
  });
});

const espeakNg = findExecutable('espeak-ng', {
  platform: process.platform,
  path: process.env.PATH,
});

describe.skipIf(!espeakNg)('with the real espeak-ng', () => {
  const speakToWav = (command: SpeechCommand) => {
    const wav = join(tempHome(), 'spoken.wav');
    const { args } = speechArguments({ ...command, args: ['-w', wav, ...command.args] }, hostile);
    const result = spawnSync(command.file, args, { encoding: 'utf8' });
    return {
      status: result.status,
      stderr: result.stderr,
      bytes: statSync(wav, { throwIfNoEntry: false })?.size ?? 0,
    };
  };

  test('the words "-vnosuchvoice" are spoken: exit 0 and real audio', () => {
    const found = findSpeech({ platform: 'linux', path: process.env.PATH, wordsPerMinute: 150 });
    expect(found?.name).toBe('espeak-ng');
    // About a second of speech; a refused voice writes no file at all.
    const spoken = speakToWav(found as SpeechCommand);
    expect(spoken).toMatchObject({ status: 0, stderr: '' });
    expect(spoken.bytes).toBeGreaterThan(20_000);
  });

  test('as a configured command too', () => {
    const configured = findSpeech({
      platform: 'linux',
      path: process.env.PATH,
      wordsPerMinute: 150,
      configured: 'espeak-ng -s 130',
    });
    const spoken = speakToWav(configured as SpeechCommand);
    expect(spoken).toMatchObject({ status: 0, stderr: '' });
    expect(spoken.bytes).toBeGreaterThan(20_000);
  });
});
