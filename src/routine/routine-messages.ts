import type { z } from 'zod';
import { didYouMean } from './closest-match.js';
import { routineSchemas } from './routine-schema.js';
import { type Bounds, breathsBounds, paceBounds, repeatBounds } from './routine-spec.js';
import { describeUnsafeText } from './safe-text.js';

// Plain-language messages for schema problems: what is wrong and what works.

type Path = readonly PropertyKey[];

const secondsFields = new Set(Object.keys(paceBounds));
const numberBounds: Record<string, Bounds> = {
  ...paceBounds,
  breaths: breathsBounds,
  repeat: repeatBounds,
};

export function fieldName(path: Path): string {
  const last = path.at(-1);
  if (typeof last === 'number') {
    return path.at(-2) === 'steps' ? `step ${last + 1}` : `item ${last + 1}`;
  }
  return last === undefined ? 'the routine' : String(last);
}

/** The fields allowed in the mapping at path, for "did you mean". */
export function fieldsAt(path: Path): readonly string[] {
  const { knownFields } = routineSchemas();
  if (path.length === 0) return knownFields.routine;
  if (path.length === 1 && path[0] === 'pace') return knownFields.pace;
  if (path.length === 2 && path[0] === 'groups') return knownFields.group;
  if (path.length === 2 && path[0] === 'steps') return knownFields.step;
  return [];
}

const typeWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping of fields',
};

export function issueMessage(issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const name = fieldName(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        if (name === 'steps')
          return '"steps" is required: list the groups to practise, like steps: [jaw, shoulders]';
        if (name === 'group') return 'this step needs "group:", the group to work with';
        return `"${name}" is required`;
      }
      const expected = typeWords[issue.expected] ?? issue.expected;
      if (issue.expected === 'int') return `${name} must be a whole number`;
      return `${name} must be ${expected}`;
    }
    case 'too_small':
    case 'too_big':
      return rangeMessage(issue, name);
    case 'invalid_value':
      return `${name} must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      if (name === 'name')
        return 'name must be lowercase letters, digits and dashes, like my-evening';
      return `${name} is not in the right form`;
    case 'custom': {
      const unsafe = describeUnsafeText(name, String(issue.input ?? ''));
      return unsafe ?? issue.message;
    }
    default:
      return `${name}: ${issue.message}`;
  }
}

// Words people reach for that mean one of our fields.
const synonyms: Record<string, string> = {
  tempo: 'pace',
  speed: 'pace',
  timing: 'pace',
  sequence: 'steps',
  order: 'steps',
  muscles: 'groups',
  hold: 'tense',
  relax: 'release',
  cycles: 'repeat',
  rounds: 'repeat',
  description: 'summary',
  posture: 'position',
};

export function unknownFieldMessage(key: string, path: Path): string {
  const allowed = fieldsAt(path);
  const synonym = synonyms[key.toLowerCase()];
  if (synonym !== undefined && allowed.includes(synonym)) {
    return `unknown field "${key}" — did you mean "${synonym}"?`;
  }
  return `unknown field "${key}"${didYouMean(key, allowed)}`;
}

function rangeMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  name: string,
): string {
  if (issue.origin === 'array') {
    if (issue.code === 'too_small') return `${name} must not be empty`;
    return `${name} has more than ${String(issue.maximum)} entries; split it into shorter routines`;
  }
  if (issue.origin === 'string') {
    if (issue.code === 'too_small') return `${name} must not be empty`;
    return `${name} is too long (at most ${String(issue.maximum)} characters)`;
  }
  const field = String(issue.path.at(-1));
  const bounds = numberBounds[field];
  if (bounds) {
    const unit = secondsFields.has(field) ? ' seconds' : '';
    return `${name} must be between ${bounds.min} and ${bounds.max}${unit}`;
  }
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  return `${name} must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(limit)}`;
}
