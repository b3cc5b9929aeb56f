import { z } from 'zod';

// One line of history.jsonl. A session writes several short lines as it goes
// (start, progress, check-ins, end), so one killed at any moment still leaves
// what it did; a reader joins them by id.

const base = { v: z.literal(1), id: z.string().min(1).max(64) };

// A hand-edited line may carry any number; those no session could have
// written make the line unreadable (skipped with its line number) instead of
// "Infinity min" in stats. The longest possible plan is under 22 hours.
const longestSessionMs = 24 * 60 * 60 * 1000;
const mostPhases = 10_000;
const duration = z.number().nonnegative().max(longestSessionMs);
const count = z.number().int().nonnegative().max(mostPhases);
const groupIds = z.array(z.string()).max(mostPhases);

export const startRecord = z.object({
  ...base,
  type: z.literal('start'),
  started_at: z.iso.datetime({ offset: true }),
  pid: z.number().int().nonnegative(),
  routine: z.string(),
  title: z.string(),
  flags: z.record(z.string(), z.unknown()),
  planned_ms: duration,
  groups: count,
  /** A bedtime routine (see the routine's `bedtime`); absent in older lines. */
  bedtime: z.boolean().optional(),
});

export const progressRecord = z.object({
  ...base,
  type: z.literal('progress'),
  elapsed_ms: duration,
  phases_done: count,
  groups_done: groupIds,
});

export const checkInRecord = z.object({
  ...base,
  type: z.literal('checkin'),
  moment: z.enum(['before', 'after']),
  rating: z.number().int().min(0).max(10),
});

export const painRecord = z.object({
  ...base,
  type: z.literal('pain'),
  at_ms: duration,
  group: z.string().nullable(),
});

export const endRecord = z.object({
  ...base,
  type: z.literal('end'),
  ended_at: z.iso.datetime({ offset: true }),
  completed: z.boolean(),
  reason: z.enum(['completed', 'quit', 'interrupted', 'terminated', 'closed', 'error']),
  elapsed_ms: duration,
  phases_done: count,
  groups_done: groupIds,
});

export const historyRecord = z.discriminatedUnion('type', [
  startRecord,
  progressRecord,
  checkInRecord,
  painRecord,
  endRecord,
]);

export type HistoryRecord = z.infer<typeof historyRecord>;
export type StartRecord = z.infer<typeof startRecord>;
export type EndRecord = z.infer<typeof endRecord>;

/** Record minus the envelope, as a writer fills it in. */
export type RecordBody<T extends HistoryRecord> = Omit<T, 'v' | 'id'>;
