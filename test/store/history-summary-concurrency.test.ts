import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeHistory } from '../../scripts/history-generator.mjs';
import { loadPracticeStats } from '../../src/stats/history-stats.js';
import { practiceStats } from '../../src/stats/practice-stats.js';
import { historyPath, readRecords } from '../../src/store/history-file.js';
import { joinSessions } from '../../src/store/session-history.js';
import { pmrBin, repoRoot, tempHome } from '../helpers/run-pmr.js';

// Several pmr reading the history (and so updating its summary) while
// sessions are still being written to it: every read succeeds, and the
// summary left behind gives what the whole history says.

function run(command: string, args: string[], home: string) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, PMR_HOME: home, TZ: 'UTC' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the summary with many pmr at once', () => {
  test('readers and writers together: all land, every read works, the summary agrees', async () => {
    const home = tempHome();
    const file = historyPath(home);
    const { lines: firstLines } = writeHistory(file, {
      sessions: 500,
      seed: 41,
      until: new Date('2026-10-01T12:00:00Z'),
    });
    // Sessions still to come, appended line by line by three writers at once.
    const source = join(home, 'more.jsonl');
    writeHistory(source, { sessions: 150, seed: 42 });
    const lines = readFileSync(source, 'utf8').trimEnd().split('\n');
    const writer = join(home, 'writer.mjs');
    writeFileSync(
      writer,
      `import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
const [file, source, who] = process.argv.slice(2);
const lines = readFileSync(source, 'utf8').trimEnd().split('\\n');
for (let n = Number(who); n < lines.length; n += 3) {
  const fd = openSync(file, 'a');
  writeSync(fd, lines[n] + '\\n');
  closeSync(fd);
}
`,
    );
    process.env.TZ = 'UTC';
    const writers = [0, 1, 2].map((who) =>
      run(process.execPath, [writer, file, source, String(who)], home),
    );
    const readers = Array.from({ length: 4 }, (_, index) =>
      run(process.execPath, [pmrBin, index % 2 ? 'stats' : 'history', '--json'], home),
    );
    for (const result of await Promise.all([...writers, ...readers]))
      expect(result).toEqual({ code: 0, stderr: '' });

    const now = new Date('2026-11-25T22:00:00Z');
    const { records, problems } = readRecords(file);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(firstLines + lines.length);
    const before = practiceStats(joinSessions(records, { isAlive: () => false, now }), now);
    expect(loadPracticeStats(home, () => {}, now)).toEqual(before);
  }, 60_000);
});
