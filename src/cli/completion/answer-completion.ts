import type { Command } from 'commander';
import { terminalLine } from '../../report/terminal-text.js';
import { catalogIds } from '../../routine/catalog.js';
import { listRoutineFiles, routineDirs } from '../../routine/routine-files.js';
import { type Completion, completeWords } from './complete-words.js';
import { shells } from './completion-scripts.js';
import { completionSpec } from './completion-spec.js';
import { groupsOnLine } from './groups-on-line.js';
import { preferencesAtTab } from './preferences-at-tab.js';
import { isShellSafeWord } from './shell-safe-word.js';

// `pmr __complete -- WORD...`, asked by the completion scripts as a person
// presses Tab. The answer, one line each: first "files" or "no-files" (whether
// the shell should offer file paths too), then each word that can come next,
// with a tab and a description when there is one. Only shell-safe words are
// ever printed, so a script can never be tricked into running a name as code
// or sending an escape sequence to the terminal; and nothing is ever printed
// on stderr, since a shell would show it in the middle of the line.

export async function answerCompletion(
  program: Command,
  words: readonly string[],
  options: { configDir: string; debug: boolean },
): Promise<string> {
  try {
    const dirs = routineDirs(options.configDir);
    const preferences = preferencesAtTab(options.configDir);
    const completion = await completeWords(words, {
      spec: completionSpec(program),
      shells,
      routines: () => listRoutineFiles(dirs),
      groupsOf: (routine) => groupsOnLine(routine, dirs, preferences.routine),
      catalog: catalogIds,
      sensitiveGroups: () => preferences.sensitiveGroups,
    });
    return formatAnswer(completion);
  } catch (error) {
    if (options.debug) throw error;
    return formatAnswer({ candidates: [], files: false });
  }
}

export function formatAnswer(completion: Completion): string {
  const seen = new Set<string>();
  const lines = [completion.files ? 'files' : 'no-files'];
  for (const { word, description } of completion.candidates) {
    if (!isShellSafeWord(word) || seen.has(word)) continue;
    seen.add(word);
    lines.push(description ? `${word}\t${terminalLine(description)}` : word);
  }
  return `${lines.join('\n')}\n`;
}
