import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { splitCommand } from './split-command.js';

// The system's own text-to-speech, or the person's configured command. The
// words always travel as one argument (or on stdin), never through a shell.

export interface SpeechCommand {
  /** What was found, for messages ("espeak-ng"). */
  name: string;
  file: string;
  /** Arguments before the words; the words are added last (or sent on stdin). */
  args: string[];
  /** PowerShell reads the words on stdin, so they never become code. */
  wordsOnStdin?: boolean;
  /** Run to cancel speech a daemon is still playing (spd-say). */
  cancelArgs?: string[];
}

export interface SpeechLookup {
  platform: NodeJS.Platform;
  path: string | undefined;
  /** The voice.command preference, if set. */
  configured?: string;
  /** Slower speech for --slow and bedtime. */
  slow: boolean;
}

export function findSpeech(lookup: SpeechLookup): SpeechCommand | undefined {
  if (lookup.configured?.trim()) {
    const [file, ...args] = splitCommand(lookup.configured);
    if (!file) return undefined;
    const found = file.includes('/') ? file : onPath(file, lookup.path);
    return found ? { name: file, file: found, args } : undefined;
  }
  const { slow } = lookup;
  if (lookup.platform === 'darwin') {
    const say = onPath('say', lookup.path);
    return say ? { name: 'say', file: say, args: ['-r', slow ? '135' : '165'] } : undefined;
  }
  if (lookup.platform === 'win32') {
    const shell = onPath('powershell.exe', lookup.path) ?? onPath('powershell', lookup.path);
    if (!shell) return undefined;
    const script =
      'Add-Type -AssemblyName System.Speech; ' +
      '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ' +
      `$s.Rate = ${slow ? -4 : -1}; $s.Speak([Console]::In.ReadToEnd())`;
    return {
      name: 'PowerShell speech',
      file: shell,
      args: ['-NoProfile', '-NonInteractive', '-Command', script],
      wordsOnStdin: true,
    };
  }
  for (const name of ['espeak-ng', 'espeak'] as const) {
    const file = onPath(name, lookup.path);
    if (file) return { name, file, args: ['-s', slow ? '125' : '150'] };
  }
  const spd = onPath('spd-say', lookup.path);
  if (spd) {
    return {
      name: 'spd-say',
      file: spd,
      args: ['-w', '-r', slow ? '-40' : '-15'],
      cancelArgs: ['-C'],
    };
  }
  return undefined;
}

/** What to tell a person with no speech at all. */
export function noSpeechAdvice(platform: NodeJS.Platform): string {
  const install =
    platform === 'darwin'
      ? 'macOS has `say` built in; check that /usr/bin is on your PATH'
      : platform === 'win32'
        ? 'Windows PowerShell provides speech; check it is on your PATH'
        : 'install espeak-ng (for example: sudo apt install espeak-ng)';
  return `pmr: no text-to-speech found; ${install}, or set one with pmr config set voice.command "…". Using the bell instead.`;
}

function onPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  return undefined;
}
