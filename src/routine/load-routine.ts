import { basename, extname } from 'node:path';
import { isMap, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { terminalLine } from '../report/terminal-text.js';
import { catalog, findGroup, imageryCueFor, microCueFor } from './catalog.js';
import { didYouMean } from './closest-match.js';
import type { MuscleGroup, Routine, RoutineSource, Step } from './routine.js';
import type { RoutineIssue } from './routine-issue.js';
import { issueMessage, unknownFieldMessage } from './routine-messages.js';
import { type RoutineFile, routineSchemas } from './routine-schema.js';
import { breathRules, groupIdPattern, maxRoutineBytes, routineDefaults } from './routine-spec.js';
import { nestingDepth, YamlLocator } from './yaml-positions.js';
import { shapeProblems } from './yaml-shape.js';

// Routine files are untrusted input: every problem is collected with its
// position, hostile shapes are refused early, and nothing here throws.

export type LoadResult = { ok: true; routine: Routine } | { ok: false; issues: RoutineIssue[] };

export { maxRoutineBytes };

const maxDepth = 20;
const maxAliases = 100;
const maxBracketDepth = 64;

export function parseRoutine(text: string, source: RoutineSource): LoadResult {
  const file = displayFile(source);
  try {
    return parse(text, source, file);
  } catch (error) {
    // The parser ran out of stack or met something unforeseen: still a
    // message, never a crash.
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it could not be read';
    return fail([{ file, line: 1, col: 1, message: `not a usable routine: ${reason}` }]);
  }
}

function parse(input: string, source: RoutineSource, file: string): LoadResult {
  const at = (line: number, col: number, message: string): RoutineIssue => ({
    file,
    line,
    col,
    message,
  });
  if (Buffer.byteLength(input, 'utf8') > maxRoutineBytes) {
    return fail([at(1, 1, 'the file is larger than 256 KiB; a routine is a short list of steps')]);
  }
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (bracketDepth(text) > maxBracketDepth) {
    return fail([at(1, 1, 'the file is nested too deeply to be a routine')]);
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((error) => {
        const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
        return at(position.line, position.col, yamlMessage(error));
      }),
    );
  }
  const root = doc.contents;
  if (root === null || (isScalarNull(root) && text.trim().replace(/^#.*$/gm, '').trim() === '')) {
    return fail([
      at(
        1,
        1,
        'the file is empty; a routine needs at least "steps:", like steps: [jaw, shoulders]',
      ),
    ]);
  }
  const locator = new YamlLocator(root, lineCounter);
  if (nestingDepth(root, maxDepth) > maxDepth) {
    return fail([
      { file, ...locator.value([]), message: 'the file is nested too deeply to be a routine' },
    ]);
  }
  if (!isMap(root)) {
    return fail([
      {
        file,
        ...locator.value([]),
        message: 'a routine file must be a mapping of fields, like "steps: [jaw, shoulders]"',
      },
    ]);
  }

  const shape = shapeProblems(doc);
  if (shape.length > 0) {
    return fail(
      shape.map((problem) => ({
        file,
        ...locator.offset(problem.offset),
        message: problem.message,
      })),
    );
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: maxAliases });
  } catch (error) {
    // Undefined aliases were caught above: what is left is the alias count.
    if (!(error instanceof ReferenceError)) throw error;
    return fail([
      at(1, 1, `the file uses too many aliases (more than ${maxAliases}); write it out plainly`),
    ]);
  }

  const issues: RoutineIssue[] = [];
  const result = routineSchemas().routineFile.safeParse(value, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push(...positioned(issue, value, locator, file));
    }
  }
  issues.push(...groupProblems(value, locator, file));
  if (result.success) issues.push(...breathProblems(result.data.pace, value, locator, file));
  if (issues.length > 0 || !result.success) return fail(issues);
  return { ok: true, routine: normalize(result.data, source) };
}

type ZodIssue = import('zod').z.core.$ZodIssue;

function positioned(
  issue: ZodIssue,
  value: unknown,
  locator: YamlLocator,
  file: string,
): RoutineIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      ...locator.keyIn(issue.path, key),
      message: unknownFieldMessage(key, issue.path),
    }));
  }
  if (
    issue.code === 'invalid_union' &&
    issue.path[0] === 'steps' &&
    typeof issue.path[1] === 'number'
  ) {
    const step = valueAt(value, issue.path);
    if (typeof step === 'object' && step !== null && !Array.isArray(step)) {
      const inner = routineSchemas().stepObject.safeParse(step, { reportInput: true });
      if (!inner.success) {
        return inner.error.issues.flatMap((innerIssue) =>
          positioned(
            { ...innerIssue, path: [...issue.path, ...innerIssue.path] },
            value,
            locator,
            file,
          ),
        );
      }
    }
    return [
      {
        file,
        ...locator.value(issue.path),
        message: `step ${issue.path[1] + 1} must be a group id, or a mapping with "group:"`,
      },
    ];
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, ...locator.value(issue.path.slice(0, -1)), message: issueMessage(issue) }];
  }
  return [{ file, ...locator.value(issue.path), message: issueMessage(issue) }];
}

/**
 * A breath a beginner can take: out longer than in, at most twice as long,
 * and four breaths a minute or more. Reported at the field the file gives
 * (the out-breath's, else the in-breath's).
 */
function breathProblems(
  pace: RoutineFile['pace'],
  value: unknown,
  locator: YamlLocator,
  file: string,
): RoutineIssue[] {
  const { inhale, exhale } = pace;
  const given = isRecord(value) && isRecord(value.pace) ? value.pace : {};
  const field =
    given.exhale !== undefined ? 'exhale' : given.inhale !== undefined ? 'inhale' : undefined;
  if (field === undefined) return [];
  const at = { file, ...locator.keyIn(['pace'], field) };
  const { longestRatio, longestCycleSeconds } = breathRules;
  if (exhale <= inhale) {
    return [
      {
        ...at,
        message: `exhale (${exhale} s) must be longer than inhale (${inhale} s): breathe out slower than you breathe in`,
      },
    ];
  }
  if (exhale > inhale * longestRatio) {
    return [
      {
        ...at,
        message: `exhale (${exhale} s) may be at most twice inhale (${inhale} s); a longer out-breath is hard to keep up`,
      },
    ];
  }
  if (inhale + exhale > longestCycleSeconds) {
    return [
      {
        ...at,
        message: `inhale and exhale together (${inhale + exhale} s) may be at most ${longestCycleSeconds} s, four slow breaths a minute`,
      },
    ];
  }
  return [];
}

/** Group ids in steps must exist; groups new to the catalog need every field. */
function groupProblems(value: unknown, locator: YamlLocator, file: string): RoutineIssue[] {
  if (!isRecord(value)) return [];
  const issues: RoutineIssue[] = [];
  const defined = isRecord(value.groups) ? value.groups : {};
  for (const [id, definition] of Object.entries(defined)) {
    if (!groupIdPattern.test(id)) {
      issues.push({
        file,
        ...locator.keyIn(['groups'], id),
        message: `group id "${id}" must be lowercase letters, digits and dashes, like lower-back`,
      });
      continue;
    }
    if (findGroup(catalog, id) || !isRecord(definition)) continue;
    const missing = ['label', 'tense_cue', 'release_cue'].filter(
      (field) => definition[field] === undefined,
    );
    if (missing.length > 0) {
      issues.push({
        file,
        ...locator.keyIn(['groups'], id),
        message: `new group "${id}" needs ${missing.join(', ')} (it is not in the catalog)`,
      });
    }
  }
  const known = [...Object.keys(catalog), ...Object.keys(defined)];
  const steps = Array.isArray(value.steps) ? value.steps : [];
  steps.forEach((step: unknown, index) => {
    const objectStep = isRecord(step);
    const id = objectStep ? step.group : step;
    if (typeof id !== 'string' || known.includes(id)) return;
    const path = objectStep ? ['steps', index, 'group'] : ['steps', index];
    issues.push({
      file,
      ...locator.value(path),
      message: `unknown group "${id}"${didYouMean(id, known)}`,
    });
  });
  return issues;
}

function normalize(data: RoutineFile, source: RoutineSource): Routine {
  const groups: Record<string, MuscleGroup> = { ...catalog };
  for (const [id, definition] of Object.entries(data.groups ?? {})) {
    const base = findGroup(catalog, id);
    const label = definition.label ?? base?.label ?? id;
    groups[id] = {
      id,
      label,
      tenseCue: definition.tense_cue ?? base?.tenseCue ?? '',
      releaseCue: definition.release_cue ?? base?.releaseCue ?? '',
      microCue: definition.micro_cue ?? base?.microCue ?? microCueFor(label),
      imageryCue: definition.imagery_cue ?? base?.imageryCue ?? imageryCueFor(label),
    };
  }
  const steps: Step[] = data.steps.map((step) => {
    if (typeof step === 'string') return { group: step };
    const normalized: Step = { group: step.group };
    if (step.tense !== undefined) normalized.tense = step.tense;
    if (step.release !== undefined) normalized.release = step.release;
    if (step.cue !== undefined) normalized.cue = step.cue;
    if (step.release_cue !== undefined) normalized.releaseCue = step.release_cue;
    if (step.mode !== undefined) normalized.mode = step.mode;
    if (step.optional) normalized.optional = true;
    return normalized;
  });
  const name = data.name ?? defaultName(source);
  return {
    name,
    title: data.title ?? name.charAt(0).toUpperCase() + name.slice(1),
    summary: data.summary ?? routineDefaults.summary,
    position: data.position,
    mode: data.mode,
    stopRules: data.stop_rules,
    bedtime: data.bedtime,
    breaths: data.breaths,
    pace: data.pace,
    between: data.between,
    repeat: data.repeat,
    groups,
    steps,
    scan: data.scan,
    closing: data.closing,
    prompts: data.prompts,
    source,
  };
}

function defaultName(source: RoutineSource): string {
  if (source.kind === 'stdin' || source.file === '-') return 'stdin';
  if (source.file === '') return 'routine';
  const base = basename(source.file, extname(source.file));
  // A file name becomes the name and title shown everywhere, the live screen
  // too, so its control characters are made visible here, once.
  return terminalLine(base) || 'routine';
}

function displayFile(source: RoutineSource): string {
  if (source.kind === 'stdin' || source.file === '-') return '<stdin>';
  return source.file || '<routine>';
}

function yamlMessage(error: YAMLError): string {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'tabs are not allowed for indentation; use spaces';
    case 'DUPLICATE_KEY':
      return 'this field appears twice; keep one';
    case 'MULTIPLE_DOCS':
      return 'a routine file holds one document; remove the extra "---"';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `YAML syntax: ${firstSentence(error.message)}; check the indentation and punctuation here`;
    default:
      return `YAML syntax: ${firstSentence(error.message)}`;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/\.$/, '')
    .trim();
}

function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 91 || char === 123) deepest = Math.max(deepest, ++depth);
    else if ((char === 93 || char === 125) && depth > 0) depth--;
  }
  return deepest;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalarNull(node: unknown): boolean {
  return (
    typeof node === 'object' &&
    node !== null &&
    'value' in node &&
    (node as { value: unknown }).value === null
  );
}

function fail(issues: RoutineIssue[]): LoadResult {
  const sorted = [...issues].sort((a, b) => a.line - b.line || a.col - b.col);
  return { ok: false, issues: sorted };
}
