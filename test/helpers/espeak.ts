import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSpeech } from '../../src/cues/find-speech.js';
import { packageRoot } from '../../src/routine/package-root.js';
import { wavDurationMs } from './wav-duration.js';

export { wavDurationMs } from './wav-duration.js';

// The real espeak-ng, for the tests and the script that hold the speech
// estimate against it. Each line is spoken by an espeak-ng of its own, exactly
// as pmr runs it (its arguments from findSpeech), but into a WAV file: several
// lines through one espeak-ng come out a few milliseconds different, because
// the engine carries state from one utterance to the next.
//
// Starting espeak-ng is nearly all of its cost (25–60 ms of a core here, most
// of it reading its voice files), so lines are spoken one per core at a time, and
// each duration is kept in node_modules/.cache under a key of the engine's
// version, data files and pmr's arguments: a line is spoken again only when it, its rate or
// the engine changes.

const engine = 'espeak-ng';

let version: string | null | undefined;

function engineVersion(): string | null {
  if (version === undefined) {
    try {
      version = execFileSync(engine, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    } catch {
      version = null;
    }
  }
  return version;
}

/** Whether espeak-ng runs here. */
export function espeakAvailable(): boolean {
  return engineVersion() !== null;
}

/** The arguments pmr gives espeak-ng before the words, at a rate. */
function pmrArguments(wordsPerMinute: number): string[] {
  const speech = findSpeech({
    platform: 'linux',
    path: '/bin',
    isExecutable: (file) => file === `/bin/${engine}`,
    wordsPerMinute,
  });
  if (!speech) throw new Error('findSpeech no longer finds espeak-ng');
  return speech.args;
}

/** Speaks text at a rate into a new WAV file with espeak-ng (no shell), as pmr would, and returns the file. */
export function speakToWav(text: string, wordsPerMinute: number): Promise<string> {
  fileCount += 1;
  const file = join(wavFolder(), `${fileCount}.wav`);
  const args = [...pmrArguments(wordsPerMinute), '-w', file, '--', text];
  return inTurn(
    () =>
      new Promise<string>((resolve, reject) => {
        execFile(engine, args, { timeout: 30_000 }, (error, _stdout, stderr) => {
          if (error) reject(new Error(`espeak-ng failed on "${text}": ${stderr || error.message}`));
          else resolve(file);
        });
      }),
  );
}

/** How long espeak-ng takes to say text at a rate, in milliseconds (from the cache when it can). */
export function measureSpeechMs(text: string, wordsPerMinute: number): Promise<number> {
  const key = `${wordsPerMinute} ${text}`;
  const known = durations().get(key);
  if (known !== undefined) return Promise.resolve(known);
  let pending = speaking.get(key);
  if (!pending) {
    pending = speakToWav(text, wordsPerMinute).then((file) => {
      const ms = wavDurationMs(file);
      rmSync(file, { force: true });
      durations().set(key, ms);
      changed = true;
      return ms;
    });
    speaking.set(key, pending);
  }
  return pending;
}

/** Writes the durations measured so far to the cache, and removes the folder of WAV files. */
export function finishSpeech(): void {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
  if (!changed || !cache) return;
  const file = cacheFile();
  mkdirSync(join(file, '..'), { recursive: true });
  // A whole file or none: another run may be reading it.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(cache)));
  renameSync(partial, file);
  changed = false;
}

let folder: string | undefined;
let fileCount = 0;

function wavFolder(): string {
  folder ??= mkdtempSync(join(tmpdir(), 'pmr-espeak-'));
  return folder;
}

const slots = Math.max(1, availableParallelism());
let running = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

const speaking = new Map<string, Promise<number>>();
let cache: Map<string, number> | undefined;
let changed = false;

function durations(): Map<string, number> {
  if (!cache) {
    cache = new Map();
    try {
      const stored: unknown = JSON.parse(readFileSync(cacheFile(), 'utf8'));
      for (const [key, ms] of Object.entries(stored as Record<string, unknown>)) {
        if (typeof ms === 'number') cache.set(key, ms);
      }
    } catch {
      // No cache yet, or a damaged one: every line is spoken afresh.
    }
  }
  return cache;
}

/** The cache for this engine: its version line and its data files name it. */
function cacheFile(): string {
  const identity = engineVersion() ?? '';
  const dataDir = /Data at: (.+)$/m.exec(identity)?.[1]?.trim();
  const files = dataDir
    ? ['phondata', 'phonindex', 'phontab', 'intonations', 'en_dict'].map((name) => {
        try {
          const stat = statSync(join(dataDir, name));
          return `${name}:${stat.size}:${stat.mtimeMs}`;
        } catch {
          return `${name}:-`;
        }
      })
    : [];
  const key = createHash('sha256')
    .update([identity, ...files, pmrArguments(150).join(' ')].join('\n'))
    .digest('hex')
    .slice(0, 16);
  return join(packageRoot(), 'node_modules', '.cache', 'pmr-espeak', `${key}.json`);
}
