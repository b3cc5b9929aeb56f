import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { historyRecord } from '../../src/store/history-record.js';
import { checkRecord } from '../../src/store/history-record-check.js';

// The hand-written check must give zod's verdict and zod's value for any
// line: the schema stays the one definition, this only reads faster.

const zodSays = (value: unknown) => {
  const parsed = historyRecord.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

const dateTimes = fc.oneof(
  fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('', '.5', '.123456789', '.', '.x'),
      fc.constantFrom('Z', 'z', '+05:30', '-23:59', '+24:00', '+05:60', '', '+0530', '+05:3'),
    )
    .map(
      ([y, mo, d, h, mi, s, fraction, zone]) =>
        `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}:${String(s).padStart(2, '0')}${fraction}${zone}`,
    ),
  fc.constantFrom(
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-11-25T08:00Z',
    '2026-11-25 08:00:00Z',
    '２026-11-25T08:00:00Z',
    '2026-11-25T08:00:00.000Z ',
  ),
  fc.string(),
);

const odd = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, 1e308, 2 ** 53, 86_400_000, 86_400_001, 10_000, 10_001, 0.5, -1),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

const ids = fc.oneof(
  fc.string({ minLength: 0, maxLength: 70 }),
  fc.constantFrom(
    'a'.repeat(64),
    'a'.repeat(65),
    '😀'.repeat(64),
    '😀'.repeat(65),
    `${'😀'.repeat(63)}ab`,
  ),
);

/** A record of each type, then some of its fields swapped for odd values or removed. */
const records = fc
  .tuple(
    fc.constantFrom('start', 'progress', 'checkin', 'pain', 'end', 'other'),
    ids,
    dateTimes,
    fc.dictionary(
      fc.constantFrom(
        'v',
        'id',
        'type',
        'started_at',
        'ended_at',
        'pid',
        'routine',
        'title',
        'flags',
        'planned_ms',
        'groups',
        'bedtime',
        'elapsed_ms',
        'phases_done',
        'groups_done',
        'moment',
        'rating',
        'at_ms',
        'group',
        'completed',
        'reason',
        'extra',
      ),
      odd,
      { maxKeys: 2 },
    ),
    fc.boolean(),
  )
  .map(([type, id, at, changes, remove]) => {
    const base: Record<string, unknown> = {
      start: {
        started_at: at,
        pid: 4242,
        routine: 'work',
        title: 'Work',
        flags: { slow: true },
        planned_ms: 290_000,
        groups: 4,
        bedtime: true,
      },
      progress: { elapsed_ms: 60_000, phases_done: 4, groups_done: ['jaw'] },
      checkin: { moment: 'after', rating: 3 },
      pain: { at_ms: 1000, group: null },
      end: {
        ended_at: at,
        completed: true,
        reason: 'completed',
        elapsed_ms: 290_000,
        phases_done: 16,
        groups_done: ['jaw', 'hands'],
      },
      other: {},
    }[type] as Record<string, unknown>;
    const record: Record<string, unknown> = { v: 1, id, type, ...base };
    for (const [key, value] of Object.entries(changes)) {
      if (remove && value === undefined) delete record[key];
      else record[key] = value;
    }
    // As a line is read: through JSON.
    return JSON.parse(JSON.stringify(record)) as unknown;
  });

describe('the hand-written record check', () => {
  test('agrees with the zod schema on every record, verdict and value', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(checkRecord(record)).toEqual(zodSays(record));
      }),
      { numRuns: 4000 },
    );
  });

  test('agrees on JSON of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkRecord(value)).toEqual(zodSays(value));
      }),
    );
  });

  test('a "__proto__" flag is dropped, as zod drops it', () => {
    const line =
      '{"v":1,"id":"a","type":"start","started_at":"2026-11-25T08:00:00.000Z","pid":1,"routine":"w","title":"t","flags":{"__proto__":{"x":1},"y":2},"planned_ms":1,"groups":1}';
    expect(checkRecord(JSON.parse(line))).toEqual(zodSays(JSON.parse(line)));
  });
});
