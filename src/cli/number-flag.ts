import { InvalidArgumentError } from 'commander';
import type { Bounds } from '../routine/routine-spec.js';

// Parsers for numeric flags: the message names the accepted range so the fix
// is obvious ("--release must be between 5 and 60 seconds").

export function secondsFlag(flag: string, bounds: Bounds, unit = 'seconds') {
  return (value: string): number => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number)) {
      throw new InvalidArgumentError(
        `${flag} takes a number of ${unit}, like ${flag} ${bounds.max > 20 ? 15 : bounds.min + 1}.`,
      );
    }
    if (number < bounds.min || number > bounds.max) {
      throw new InvalidArgumentError(
        `${flag} must be between ${bounds.min} and ${bounds.max} ${unit}.`,
      );
    }
    return number;
  };
}

export function wholeFlag(flag: string, bounds: Bounds) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number)) {
      throw new InvalidArgumentError(
        `${flag} takes a whole number from ${bounds.min} to ${bounds.max}.`,
      );
    }
    if (number < bounds.min || number > bounds.max) {
      throw new InvalidArgumentError(`${flag} must be between ${bounds.min} and ${bounds.max}.`);
    }
    return number;
  };
}

/** "a,b , c" → ["a","b","c"]; repeated flags add up. */
export function listFlag(value: string, previous: string[] = []): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item.length > 0);
  if (items.length === 0)
    throw new InvalidArgumentError('give at least one group, like jaw,shoulders.');
  return [...previous, ...items];
}
