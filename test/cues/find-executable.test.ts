import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findExecutable } from '../../src/cues/find-executable.js';
import { tempHome } from '../helpers/run-pmr.js';

// Finding a speech engine as each platform's shell would, with Windows rules
// checked on any machine through an injected file system.

describe('findExecutable on Windows', () => {
  const files = new Set(
    [
      'C:\\Tools\\espeak-ng.exe',
      'C:\\Program Files\\eSpeak\\espeak.exe',
      'D:\\bin\\speak.bat',
      'D:\\bin\\speak.com',
      'C:/work/tts.exe',
    ].map((file) => file.toLowerCase()),
  );
  const windows = (path: string, pathExt?: string) => ({
    platform: 'win32' as const,
    path,
    pathExt,
    // Windows file names are case-insensitive.
    isExecutable: (file: string) => files.has(file.toLowerCase()),
  });

  test('a bare name is found in PATH with each extension PATHEXT lists', () => {
    expect(findExecutable('espeak-ng', windows('C:\\none;C:\\Tools', '.COM;.EXE'))).toBe(
      'C:\\Tools\\espeak-ng.EXE',
    );
    expect(findExecutable('espeak-ng', windows('C:\\Tools', '.COM'))).toBeUndefined();
    // Without PATHEXT, .COM and .EXE.
    expect(findExecutable('espeak-ng', windows('C:\\Tools'))).toBe('C:\\Tools\\espeak-ng.EXE');
  });

  test('a quoted PATH entry, and a name that already has its extension', () => {
    const path = 'C:\\Tools;"C:\\Program Files\\eSpeak"';
    expect(findExecutable('espeak', windows(path, '.EXE'))).toBe(
      'C:\\Program Files\\eSpeak\\espeak.EXE',
    );
    expect(findExecutable('espeak.exe', windows(path, '.EXE'))).toBe(
      'C:\\Program Files\\eSpeak\\espeak.exe',
    );
  });

  test('C:\\…\\espeak.exe and other paths are that file, never looked up in PATH', () => {
    const path = 'C:\\Tools';
    expect(findExecutable('C:\\Program Files\\eSpeak\\espeak.exe', windows(path, '.EXE'))).toBe(
      'C:\\Program Files\\eSpeak\\espeak.exe',
    );
    expect(findExecutable('C:\\Program Files\\eSpeak\\espeak', windows(path, '.EXE'))).toBe(
      'C:\\Program Files\\eSpeak\\espeak.EXE',
    );
    expect(findExecutable('C:/work/tts', windows(path, '.EXE'))).toBe('C:/work/tts.EXE');
    expect(findExecutable('C:\\elsewhere\\espeak-ng.exe', windows(path, '.EXE'))).toBeUndefined();
  });

  test('batch files are skipped (they run only through cmd.exe), and so is the current folder', () => {
    expect(findExecutable('speak', windows('D:\\bin', '.BAT;.COM'))).toBe('D:\\bin\\speak.COM');
    expect(findExecutable('speak', windows('D:\\bin', '.BAT;.CMD'))).toBeUndefined();
    expect(findExecutable('tts', windows('', '.EXE'))).toBeUndefined();
  });
});

describe('findExecutable on Linux and macOS', () => {
  const bin = () => {
    const dir = join(tempHome(), 'bin');
    mkdirSync(dir);
    writeFileSync(join(dir, 'espeak-ng'), '#!/bin/sh\n');
    chmodSync(join(dir, 'espeak-ng'), 0o755);
    writeFileSync(join(dir, 'not-executable'), '');
    mkdirSync(join(dir, 'a-folder'));
    chmodSync(join(dir, 'a-folder'), 0o755);
    return dir;
  };

  test('an executable file in PATH; not a plain file, not a folder', () => {
    const dir = bin();
    const lookup = { platform: 'linux' as const, path: `/no/such:${dir}` };
    expect(findExecutable('espeak-ng', lookup)).toBe(join(dir, 'espeak-ng'));
    expect(findExecutable('not-executable', lookup)).toBeUndefined();
    expect(findExecutable('a-folder', lookup)).toBeUndefined();
  });

  test('a path is that file, whatever PATH says', () => {
    const dir = bin();
    const lookup = { platform: 'darwin' as const, path: '' };
    expect(findExecutable(join(dir, 'espeak-ng'), lookup)).toBe(join(dir, 'espeak-ng'));
    expect(findExecutable(join(dir, 'not-executable'), lookup)).toBeUndefined();
  });
});
