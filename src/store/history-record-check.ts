import type { HistoryRecord } from './history-record.js';

// The history schema (history-record.ts) checked by hand: the same verdict
// and the same value as zod's for every line, at a fraction of the cost, so
// reading a long history does not spend its time in a validator and a
// datetime regex. test/store/history-record-check.test.ts holds the two to
// the same answers.

const longestSessionMs = 24 * 60 * 60 * 1000;
const mostPhases = 10_000;
const reasons = new Set(['completed', 'quit', 'interrupted', 'terminated', 'closed', 'error']);

type Fields = Record<string, unknown>;

/** The record a parsed line holds, or undefined if the schema would refuse it. */
export function checkRecord(value: unknown): HistoryRecord | undefined {
  if (!isObject(value)) return undefined;
  const { v, id, type } = value;
  if (v !== 1 || !isId(id)) return undefined;
  switch (type) {
    case 'start':
      return checkStart(value, id);
    case 'progress':
      return isDuration(value.elapsed_ms) &&
        isCount(value.phases_done) &&
        isGroupIds(value.groups_done)
        ? {
            v: 1,
            id,
            type,
            elapsed_ms: value.elapsed_ms,
            phases_done: value.phases_done,
            groups_done: [...value.groups_done],
          }
        : undefined;
    case 'checkin':
      return (value.moment === 'before' || value.moment === 'after') && isRating(value.rating)
        ? { v: 1, id, type, moment: value.moment, rating: value.rating }
        : undefined;
    case 'pain':
      return isDuration(value.at_ms) && (value.group === null || typeof value.group === 'string')
        ? { v: 1, id, type, at_ms: value.at_ms, group: value.group }
        : undefined;
    case 'end':
      return isDateTime(value.ended_at) &&
        typeof value.completed === 'boolean' &&
        typeof value.reason === 'string' &&
        reasons.has(value.reason) &&
        isDuration(value.elapsed_ms) &&
        isCount(value.phases_done) &&
        isGroupIds(value.groups_done)
        ? {
            v: 1,
            id,
            type,
            ended_at: value.ended_at,
            completed: value.completed,
            reason: value.reason as 'completed',
            elapsed_ms: value.elapsed_ms,
            phases_done: value.phases_done,
            groups_done: [...value.groups_done],
          }
        : undefined;
    default:
      return undefined;
  }
}

function checkStart(value: Fields, id: string): HistoryRecord | undefined {
  const { started_at, pid, routine, title, flags, planned_ms, groups, bedtime } = value;
  if (
    !isDateTime(started_at) ||
    !(Number.isSafeInteger(pid) && (pid as number) >= 0) ||
    typeof routine !== 'string' ||
    typeof title !== 'string' ||
    !isObject(flags) ||
    !isDuration(planned_ms) ||
    !isCount(groups) ||
    !(bedtime === undefined || typeof bedtime === 'boolean')
  )
    return undefined;
  // zod copies a record key by key; a "__proto__" key is lost on the way.
  const copied: Fields = {};
  for (const key of Object.keys(flags)) copied[key] = flags[key];
  return {
    v: 1,
    id,
    type: 'start',
    started_at,
    pid: pid as number,
    routine,
    title,
    flags: copied,
    planned_ms,
    groups,
    ...(bedtime === undefined ? {} : { bedtime }),
  };
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  // zod measures strings in code points: 64 of them may take up to 128 units.
  if (typeof value !== 'string' || value.length === 0) return false;
  return value.length <= 64 || (value.length <= 128 && [...value].length <= 64);
}

function isDuration(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= longestSessionMs;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= mostPhases;
}

function isRating(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;
}

function isGroupIds(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length > mostPhases) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return true;
}

const zero = 48;
const digitAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index) - zero;
  return code >= 0 && code <= 9 ? code : -1;
};
const number = (text: string, from: number, digits: number): number => {
  let value = 0;
  for (let index = from; index < from + digits; index++) {
    const digit = digitAt(text, index);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
};

/** RFC 3339 with seconds and a Z or ±hh:mm offset, a real calendar date: zod's z.iso.datetime({ offset: true }). */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length < 20) return false;
  const text = value;
  const year = number(text, 0, 4);
  const month = number(text, 5, 2);
  const day = number(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T') return false;
  if (day > daysIn(year, month)) return false;
  if (!isClock(text, 11, 23) || text[13] !== ':' || text[16] !== ':') return false;
  if (number(text, 17, 2) < 0 || (text.charCodeAt(17) ?? 0) > 53) return false; // seconds 00–59
  let index = 19;
  if (text[index] === '.') {
    index++;
    const from = index;
    while (digitAt(text, index) >= 0) index++;
    if (index === from) return false;
  }
  if (text[index] === 'Z') return index + 1 === text.length;
  if (text[index] !== '+' && text[index] !== '-') return false;
  return index + 6 === text.length && isClock(text, index + 1, 23);
}

/** "hh:mm" at `from`, hours no more than `maxHour`. */
function isClock(text: string, from: number, maxHour: number): boolean {
  const hour = number(text, from, 2);
  const minute = number(text, from + 3, 2);
  return hour >= 0 && hour <= maxHour && text[from + 2] === ':' && minute >= 0 && minute <= 59;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
