import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { appendRecord, historyPath, readRecords } from '../../src/store/history-file.js';
import type { HistoryRecord } from '../../src/store/history-record.js';
import { joinSessions } from '../../src/store/session-history.js';
import { repoRoot, tempHome } from '../helpers/run-pmr.js';

// The history file: append-only lines that survive concurrent writers,
// killed writers and hand-made damage.

const start = (id: string, startedAt = '2026-11-25T08:00:00.000Z', pid = 1): HistoryRecord => ({
  v: 1,
  id,
  type: 'start',
  started_at: startedAt,
  pid,
  routine: 'work',
  title: 'Work',
  flags: { slow: true },
  planned_ms: 290_000,
  groups: 4,
});
const end = (id: string, completed = true): HistoryRecord => ({
  v: 1,
  id,
  type: 'end',
  ended_at: '2026-11-25T08:05:00.000Z',
  completed,
  reason: completed ? 'completed' : 'quit',
  elapsed_ms: completed ? 290_000 : 40_000,
  phases_done: 12,
  groups_done: ['jaw', 'shoulders'],
});
const noneAlive = { isAlive: () => false, now: new Date('2026-11-25T09:00:00Z') };

describe('history file', () => {
  test('records round-trip, joined into one session each, newest first', () => {
    const file = historyPath(tempHome());
    appendRecord(file, start('a', '2026-11-24T08:00:00.000Z'));
    appendRecord(file, { v: 1, id: 'a', type: 'checkin', moment: 'before', rating: 7 });
    appendRecord(file, end('a'));
    appendRecord(file, { v: 1, id: 'a', type: 'checkin', moment: 'after', rating: 3 });
    appendRecord(file, start('b'));
    appendRecord(file, end('b', false));
    const { records, problems } = readRecords(file);
    expect(problems).toEqual([]);
    const sessions = joinSessions(records, noneAlive);
    expect(sessions.map((s) => [s.id, s.outcome, s.completed, s.duration_ms])).toEqual([
      ['b', 'quit', false, 40_000],
      ['a', 'completed', true, 290_000],
    ]);
    expect(sessions[1]).toMatchObject({ checkin: { before: 7, after: 3 }, flags: { slow: true } });
  });

  test('no file yet is an empty history', () => {
    expect(readRecords(join(tempHome(), 'history.jsonl'))).toEqual({ records: [], problems: [] });
  });

  test('a damaged line is skipped and named by its line number; the rest still counts', () => {
    const file = historyPath(tempHome());
    appendRecord(file, start('a'));
    appendRecord(file, end('a'));
    appendFileSync(file, '{"v":1,"id":"x","type":"end", this is not json\n');
    appendFileSync(file, '{"v":1,"id":"y","type":"start"}\n'); // JSON, but not a record
    appendRecord(file, start('b', '2026-11-25T10:00:00.000Z'));
    appendRecord(file, end('b'));
    const { records, problems } = readRecords(file);
    expect(problems).toEqual([
      `${file}:3: an unreadable history line was skipped`,
      `${file}:4: an unreadable history line was skipped`,
    ]);
    expect(joinSessions(records, noneAlive).map((s) => s.id)).toEqual(['b', 'a']);
  });

  test('a half-written last line is left for its writer, and the next line starts fresh', () => {
    const file = historyPath(tempHome());
    appendRecord(file, start('a'));
    appendFileSync(file, '{"v":1,"id":"a","type":"end","ended_');
    expect(readRecords(file).problems).toEqual([]);
    appendRecord(file, start('b', '2026-11-25T10:00:00.000Z'));
    const { records, problems } = readRecords(file);
    expect(problems).toEqual([`${file}:2: an unreadable history line was skipped`]);
    expect(records.map((record) => record.id)).toEqual(['a', 'b']);
  });

  test('a FIFO at the history path is refused, not written until it blocks', () => {
    const file = historyPath(tempHome());
    execFileSync('mkfifo', [file]);
    expect(() => appendRecord(file, start('a'))).toThrow('it is a FIFO, not a file');
  });

  test('a session without an end counts as far as its progress went; one still running says so', () => {
    const records: HistoryRecord[] = [
      start('killed', '2026-11-25T07:00:00.000Z', 111),
      {
        v: 1,
        id: 'killed',
        type: 'progress',
        elapsed_ms: 61_000,
        phases_done: 6,
        groups_done: ['jaw'],
      },
      start('live', '2026-11-25T08:55:00.000Z', 222),
    ];
    const sessions = joinSessions(records, {
      isAlive: (pid) => pid === 222,
      now: new Date('2026-11-25T09:00:00Z'),
    });
    expect(sessions.map((s) => [s.id, s.outcome, s.duration_ms, s.groups_done])).toEqual([
      ['live', 'running', 0, []],
      ['killed', 'unfinished', 61_000, ['jaw']],
    ]);
  });

  test('20 writers appending at once lose nothing and never mix their lines', async () => {
    const dir = tempHome();
    const file = historyPath(dir);
    const bundle = join(dir, 'append-line.mjs');
    buildSync({
      entryPoints: [join(repoRoot, 'src/store/append-line.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'silent',
    });
    const writer = join(dir, 'writer.mjs');
    writeFileSync(
      writer,
      `import { appendLine } from ${JSON.stringify(bundle)};
const [file, who] = process.argv.slice(2);
const padding = 'x'.repeat(2000);
for (let n = 0; n < 50; n++) appendLine(file, JSON.stringify({ who, n, padding }));
`,
    );
    await Promise.all(
      Array.from(
        { length: 20 },
        (_, who) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, [writer, file, String(who)], {
              stdio: 'inherit',
            });
            child.on('error', reject);
            child.on('exit', (code) =>
              code === 0 ? resolve() : reject(new Error(`exit ${code}`)),
            );
          }),
      ),
    );
    // A writer that glimpses another's line half-copied starts its own on a
    // fresh line: a blank line at worst, which readers skip.
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line !== '');
    expect(lines).toHaveLength(20 * 50);
    const seen = new Set(
      lines.map((line) => {
        const { who, n } = JSON.parse(line);
        return `${who}:${n}`;
      }),
    );
    expect(seen.size).toBe(1000);
  });
});
