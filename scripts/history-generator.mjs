// Writes a long, realistic history.jsonl quickly, for benchmarks and tests:
//
//   import { writeHistory } from './history-generator.mjs';
//   writeHistory('/tmp/home/history.jsonl', { sessions: 50_000 });
//
// Each session is written as pmr writes one (start, a check-in before for
// some, a progress line per group released, now and then a pain mark, an end
// and a check-in after), about 14 lines. Sessions run back in time from
// `until`, `perDay` a day on average, with days missed now and then; a few
// are quit, cut off (no end line) or bedtime sessions. The same options give
// the same file. No dependencies, so a plain Node script can use it.

import { closeSync, openSync, writeSync } from 'node:fs';

const groups = [
  'hands',
  'forearms',
  'upper-arms',
  'forehead',
  'eyes',
  'jaw',
  'neck',
  'shoulders',
  'chest',
  'belly',
  'lower-back',
  'thighs',
  'calves',
  'feet',
];
const routines = [
  { routine: 'work', title: 'Five-minute reset', groups: 4, planned_ms: 290_000 },
  {
    routine: 'classic',
    title: 'Classic progressive relaxation',
    groups: 14,
    planned_ms: 1_260_000,
  },
  { routine: 'anxiety', title: 'Ten minutes for worry', groups: 8, planned_ms: 600_000 },
  {
    routine: 'bedtime',
    title: 'Winding down for sleep',
    groups: 8,
    planned_ms: 540_000,
    bedtime: true,
  },
];

/**
 * Writes `sessions` sessions to `file` (replacing it). Options: `until`
 * (Date, the newest session's day; default 2026-11-25), `perDay` (average
 * sessions a day, default 2), `seed` (default 1). Returns { sessions, lines, bytes }.
 */
export function writeHistory(file, options = {}) {
  const count = options.sessions ?? 1000;
  const perDay = options.perDay ?? 2;
  const random = mulberry32(options.seed ?? 1);
  const until = options.until ?? new Date('2026-11-25T12:00:00Z');
  // How many sessions each day holds (some days none), then those days laid
  // out so the last is `until`'s, written oldest first as a history grows.
  const dayMs = 86_400_000;
  const perDayCounts = [];
  for (let total = 0; total < count; ) {
    const today = random() < 0.1 ? 0 : Math.min(Math.round(random() * 2 * perDay), count - total);
    perDayCounts.push(today);
    total += today;
  }
  const lastDay = Math.floor(until.getTime() / dayMs);
  const firstDay = lastDay - perDayCounts.length + 1;
  const fd = openSync(file, 'w');
  let chunk = [];
  let chunkBytes = 0;
  let lines = 0;
  let bytes = 0;
  const put = (record) => {
    const line = `${JSON.stringify(record)}\n`;
    chunk.push(line);
    chunkBytes += line.length;
    lines++;
    if (chunkBytes > 1 << 22) flush();
  };
  const flush = () => {
    const data = Buffer.from(chunk.join(''), 'utf8');
    writeSync(fd, data);
    bytes += data.length;
    chunk = [];
    chunkBytes = 0;
  };
  try {
    let written = 0;
    for (const [day, today] of perDayCounts.entries()) {
      const dayStart = (firstDay + day) * dayMs;
      // Nothing later than `until` on its own day.
      const room = Math.max(60_000, Math.min(dayMs, until.getTime() - dayStart) - 600_000);
      const starts = Array.from(
        { length: today },
        () => dayStart + Math.floor(random() * room),
      ).sort((a, b) => a - b);
      for (const startMs of starts) writeSession(put, random, startMs, written++);
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { sessions: count, lines, bytes };
}

function writeSession(put, random, startMs, index) {
  const id = uuid(random, index);
  const kind = routines[Math.floor(random() * routines.length)];
  const evening = new Date(startMs).getUTCHours() >= 20;
  const spec = evening && random() < 0.5 ? routines[3] : kind;
  put({
    v: 1,
    id,
    type: 'start',
    started_at: new Date(startMs).toISOString(),
    pid: 1000 + (index % 30000),
    routine: spec.routine,
    title: spec.title,
    flags: random() < 0.2 ? { slow: true } : {},
    planned_ms: spec.planned_ms,
    groups: spec.groups,
    ...(spec.bedtime ? { bedtime: true } : {}),
  });
  const checkIn = random() < 0.6;
  if (checkIn)
    put({ v: 1, id, type: 'checkin', moment: 'before', rating: 4 + Math.floor(random() * 6) });
  const fate = random();
  const done = fate < 0.8 ? spec.groups : Math.floor(random() * spec.groups);
  const step = Math.round(spec.planned_ms / (spec.groups + 1));
  const released = [];
  for (let group = 0; group < done; group++) {
    released.push(groups[group % groups.length]);
    put({
      v: 1,
      id,
      type: 'progress',
      elapsed_ms: step * (group + 1),
      phases_done: (group + 1) * 4,
      groups_done: [...released],
    });
    if (random() < 0.02)
      put({ v: 1, id, type: 'pain', at_ms: step * (group + 1), group: released.at(-1) });
  }
  if (fate >= 0.97) return; // cut off: no end line
  const completed = fate < 0.8;
  const elapsed = completed ? spec.planned_ms : step * done + Math.floor(random() * step);
  put({
    v: 1,
    id,
    type: 'end',
    ended_at: new Date(startMs + elapsed).toISOString(),
    completed,
    reason: completed ? 'completed' : 'quit',
    elapsed_ms: elapsed,
    phases_done: done * 4,
    groups_done: released,
  });
  if (checkIn)
    put({ v: 1, id, type: 'checkin', moment: 'after', rating: Math.floor(random() * 5) });
}

function uuid(random, index) {
  const hex = (n) =>
    Math.floor(random() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${index.toString(16).padStart(12, '0')}`;
}

/** A small seeded generator, so a benchmark's file is the same every time. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
