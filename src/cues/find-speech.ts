import { type ExecutableLookup, findExecutable } from './find-executable.js';
import { splitCommand } from './split-command.js';

// The system's own text-to-speech, or the person's configured command. The
// words always travel as one argument (or on stdin), never through a shell,
// and never where they could be taken for an option (see speech-arguments).

export interface SpeechCommand {
  /** What was found, for messages ("espeak-ng"). */
  name: string;
  file: string;
  /** Arguments before the words; the words are added last (or sent on stdin). */
  args: string[];
  /** PowerShell and say read the words on stdin, so they never become code or options. */
  wordsOnStdin?: boolean;
  /** "--" ends the options (espeak-ng, espeak and spd-say; each checked by hand). */
  endsOptionsWithDashes?: boolean;
  /** Run to cancel speech a daemon is still playing (spd-say). */
  cancelArgs?: string[];
  /** Added before the words of a line meant to be said quietly (a count), where the engine can. */
  softArgs?: string[];
}

export interface SpeechLookup {
  platform: NodeJS.Platform;
  path: string | undefined;
  /** Windows only; when not given, the environment's PATHEXT. */
  pathExt?: string | undefined;
  /** For tests of another platform's rules; the real file system unless given. */
  isExecutable?: ExecutableLookup['isExecutable'];
  /** The voice.command preference, if set. */
  configured?: string;
  /** The rate the plan's lines are timed for, in words per minute. */
  wordsPerMinute: number;
}

export function findSpeech(lookup: SpeechLookup): SpeechCommand | undefined {
  const executables = {
    platform: lookup.platform,
    path: lookup.path,
    pathExt: lookup.pathExt ?? process.env.PATHEXT,
    isExecutable: lookup.isExecutable,
  };
  const onPath = (name: string) => findExecutable(name, executables);
  if (lookup.configured?.trim()) {
    const [name, ...args] = splitCommand(lookup.configured);
    if (!name) return undefined;
    const file = onPath(name);
    return file ? { name, file, args } : undefined;
  }
  const wpm = Math.round(lookup.wordsPerMinute);
  if (lookup.platform === 'darwin') {
    // say reads standard input when it is given no words (say(1)); -r is words per minute.
    const say = onPath('say');
    return say
      ? { name: 'say', file: say, args: ['-r', String(wpm)], wordsOnStdin: true }
      : undefined;
  }
  if (lookup.platform === 'win32') {
    const shell = onPath('powershell.exe') ?? onPath('powershell');
    if (!shell) return undefined;
    const script =
      'Add-Type -AssemblyName System.Speech; ' +
      '$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; ' +
      // Rate runs from -10 to 10 around the voice's own, about 160 words a minute.
      `$s.Rate = ${Math.round((wpm - 160) / 8)}; $s.Speak([Console]::In.ReadToEnd())`;
    return {
      name: 'PowerShell speech',
      file: shell,
      args: ['-NoProfile', '-NonInteractive', '-Command', script],
      wordsOnStdin: true,
    };
  }
  for (const name of ['espeak-ng', 'espeak'] as const) {
    const file = onPath(name);
    if (file) {
      return {
        name,
        file,
        // -z: no pause after the last sentence, so the process ends when the
        // words do and the next line is never held up by silence.
        args: ['-z', '-s', String(wpm)],
        endsOptionsWithDashes: true,
        softArgs: ['-a', '55'],
      };
    }
  }
  const spd = onPath('spd-say');
  if (spd) {
    return {
      name: 'spd-say',
      file: spd,
      // -r runs from -100 to 100 around the voice's own rate, about 180 words a minute.
      args: ['-w', '-r', String(Math.round((wpm - 180) / 2))],
      endsOptionsWithDashes: true,
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
