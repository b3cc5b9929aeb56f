import {
  acceptsValue,
  findPreferenceKey,
  preferenceKeys,
  sensitiveKey,
} from '../../store/preference-keys.js';
import type { CompletionSpec, FlagSpec } from './completion-spec.js';
import { readTypedLine, type TypedLine } from './typed-line.js';

// What may come next on a pmr command line: given the words after `pmr`, the
// last one being the one under the cursor (maybe empty), the words that can
// complete it, and whether file paths can too. The shells filter these by
// what is typed, so every choice is returned.

export interface Candidate {
  word: string;
  description?: string;
}

export interface Completion {
  candidates: Candidate[];
  /** The shell should offer file paths as well. */
  files: boolean;
}

export interface RoutineName {
  name: string;
  kind: 'built-in' | 'user';
}

/** The routine a session on this line would run: a name or path, or --groups. */
export interface RoutineOnLine {
  ref?: string;
  groups?: string;
}

/** What pmr knows at Tab time, passed in so each choice can be tested alone. */
export interface CompletionSources {
  spec: CompletionSpec;
  shells: readonly string[];
  routines(): readonly RoutineName[];
  /** The groups the routine on the line has, for --only, --skip, --start-with. */
  groupsOf(routine: RoutineOnLine): Promise<readonly string[]>;
  /** Every group there is, for --groups. */
  catalog: readonly string[];
  /** Groups marked as hurting, for `config unset sensitive.GROUP`. */
  sensitiveGroups(): readonly string[];
}

/** How the value of each flag that takes one completes. */
const flagValues: Record<string, 'groups' | 'group' | 'catalog' | 'routine' | 'path'> = {
  '--only': 'groups',
  '--skip': 'groups',
  '--start-with': 'group',
  '--groups': 'catalog',
  '--from': 'routine',
  '--out': 'path',
};

const nothing: Completion = { candidates: [], files: false };

export async function completeWords(
  words: readonly string[],
  sources: CompletionSources,
): Promise<Completion> {
  const typed = words.length > 0 ? (words.at(-1) as string) : '';
  const line = readTypedLine(words.slice(0, -1), sources.spec);
  if (line.awaiting) return completeValue(line.awaiting, typed, '', line, sources);
  const equals = typed.indexOf('=');
  if (typed.startsWith('--') && equals !== -1) {
    const flag = line.flagsHere.find((candidate) => candidate.name === typed.slice(0, equals));
    if (!flag?.takesValue) return nothing;
    const value = await completeValue(
      flag,
      typed.slice(equals + 1),
      typed.slice(0, equals + 1),
      line,
      sources,
    );
    // A shell completes paths from the start of the word, which here is the flag.
    return { ...value, files: false };
  }
  if (typed.startsWith('-')) {
    return wordsOnly(line.flagsHere.map(({ name, description }) => ({ word: name, description })));
  }
  return completeOperand(line, typed, sources);
}

async function completeValue(
  flag: FlagSpec,
  typed: string,
  prefix: string,
  line: TypedLine,
  sources: CompletionSources,
): Promise<Completion> {
  const prefixed = (candidates: Candidate[]) =>
    candidates.map((candidate) => ({ ...candidate, word: prefix + candidate.word }));
  if (flag.choices) return wordsOnly(prefixed(flag.choices.map((word) => ({ word }))));
  switch (flagValues[flag.name]) {
    case 'groups':
      return wordsOnly(
        prefixed(commaList(typed, await sources.groupsOf(routineOnLine(line)), false)),
      );
    case 'group':
      return wordsOnly(
        prefixed((await sources.groupsOf(routineOnLine(line))).map((word) => ({ word }))),
      );
    case 'catalog':
      return wordsOnly(prefixed(commaList(typed, sources.catalog, true)));
    case 'routine':
      return wordsOnly(prefixed(routineCandidates(sources.routines())));
    case 'path':
      return { candidates: [], files: true };
    default:
      return nothing; // a number or a name of the person's choosing
  }
}

function completeOperand(line: TypedLine, typed: string, sources: CompletionSources): Completion {
  const first = line.operands.length === 0;
  const routines = () => routineCandidates(sources.routines());
  switch (line.command?.name) {
    case undefined: {
      if (!first) return nothing; // a session runs one routine
      const commands = sources.spec.commands.map(({ name, description }) => ({
        word: name,
        description,
      }));
      return { candidates: [...commands, ...routines()], files: looksLikePath(typed) };
    }
    case 'show':
      return first ? { candidates: routines(), files: true } : nothing;
    case 'edit': {
      const own = sources.routines().filter((routine) => routine.kind === 'user');
      return first ? wordsOnly(routineCandidates(own)) : nothing;
    }
    case 'run':
      return { candidates: [], files: first };
    case 'validate':
      return { candidates: [], files: true };
    case 'completion':
      return first ? wordsOnly(sources.shells.map((word) => ({ word }))) : nothing;
    case 'config':
      return completeConfig(line.operands, sources);
    default:
      return nothing;
  }
}

/** `pmr config set <key> <value>`, `get <key>`, `unset <key>`. */
function completeConfig(operands: string[], sources: CompletionSources): Completion {
  const [subcommand, key, ...rest] = operands;
  if (subcommand === undefined) {
    const config = sources.spec.commands.find((command) => command.name === 'config');
    return wordsOnly(
      (config?.subcommands ?? []).map(({ name, description }) => ({ word: name, description })),
    );
  }
  const keys = preferenceKeys.map(({ key, description }) => ({ word: key, description }));
  const sensitive = {
    word: sensitiveKey,
    description: 'groups marked with x in a session',
  };
  if (key === undefined) {
    if (subcommand === 'set') return wordsOnly(keys);
    if (subcommand === 'get') return wordsOnly([...keys, sensitive]);
    if (subcommand === 'unset') {
      const marked = sources.sensitiveGroups().map((group) => ({
        word: `${sensitiveKey}.${group}`,
        description: 'clear the marks on this group',
      }));
      return wordsOnly([...keys, sensitive, ...marked]);
    }
    return nothing;
  }
  const entry = findPreferenceKey(key);
  if (subcommand !== 'set' || rest.length > 0 || !entry) return nothing;
  if (entry.choices) return wordsOnly(entry.choices.map((word) => ({ word })));
  if (entry.key === 'routine') {
    // Only names the preference accepts.
    const names = sources.routines().filter((routine) => acceptsValue(entry, routine.name));
    return wordsOnly(routineCandidates(names));
  }
  return nothing; // voice.command: a command line of the person's own
}

/** `--skip jaw,ne`: the groups that can follow the last comma, after what is there. */
function commaList(typed: string, groups: readonly string[], repeats: boolean): Candidate[] {
  const before = typed.slice(0, typed.lastIndexOf(',') + 1);
  const listed = before.split(',').map((id) => id.trim().toLowerCase());
  return groups
    .filter((group) => repeats || !listed.includes(group))
    .map((group) => ({ word: before + group }));
}

function routineOnLine(line: TypedLine): RoutineOnLine {
  const groups = line.flags.get('--groups');
  const runsRoutine = !line.command || ['show', 'run'].includes(line.command.name);
  return {
    ...(runsRoutine && line.operands[0] !== undefined ? { ref: line.operands[0] } : {}),
    ...(typeof groups === 'string' ? { groups } : {}),
  };
}

function routineCandidates(routines: readonly RoutineName[]): Candidate[] {
  return routines.map(({ name, kind }) => ({
    word: name,
    description: kind === 'user' ? 'your routine' : 'routine',
  }));
}

/** `pmr ./mi`: a routine file, not a name. */
function looksLikePath(typed: string): boolean {
  return typed.includes('/') || typed.startsWith('.') || typed.startsWith('~');
}

function wordsOnly(candidates: Candidate[]): Completion {
  return { candidates, files: false };
}
