import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { pmrBin, runPmr, tempHome } from './run-pmr.js';

// Drives the real completion scripts in bash, zsh and fish, without a
// terminal. Each call starts the shell once and completes several lines in a
// row; `pmr` in the shell runs the built bundle with a throwaway PMR_HOME.

export type CompletionShell = 'bash' | 'zsh' | 'fish';

export const isInstalled = (shell: string) =>
  spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

const scripts = new Map<CompletionShell, string>();

/** The script `pmr completion SHELL` prints, written to a file once per run. */
export function scriptFile(shell: CompletionShell): string {
  const known = scripts.get(shell);
  if (known) return known;
  const result = runPmr(['completion', shell]);
  expect(result.status).toBe(0);
  const file = join(tempHome(), `pmr.${shell}`);
  writeFileSync(file, result.stdout);
  scripts.set(shell, file);
  return file;
}

/** A word quoted for bash and zsh: single quotes, with ' written as '\''. */
const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export interface CompleteOptions {
  home?: string;
  /** Where the shell runs; a fresh temporary folder unless given. */
  cwd?: string;
}

const marker = '<end of completion>';

function run(shell: CompletionShell, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(shell, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  expect(result.error, `${shell} must be installed (.ci/run installs it)`).toBeUndefined();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result;
}

/** Splits the output of several completions, each ended by the marker. */
function answers(stdout: string): string[][] {
  return stdout
    .split(`${marker}\n`)
    .slice(0, -1)
    .map((block) => block.split('\n').filter(Boolean).sort());
}

/**
 * What bash completes for each list of words after `pmr` (the last one is
 * being completed, so '' completes a new word): _pmr is called as bash calls
 * it, with COMP_WORDS and COMP_CWORD set, and COMPREPLY printed.
 */
export function bashCompletes(lines: string[][], options: CompleteOptions = {}): string[][] {
  const home = options.home ?? tempHome();
  const program = [
    `pmr() { PMR_HOME=${quote(home)} ${quote(process.execPath)} ${quote(pmrBin)} "$@"; }`,
    `source ${quote(scriptFile('bash'))}`,
    ...lines.map(
      (words) =>
        `COMP_WORDS=(pmr ${words.map(quote).join(' ')}); COMP_CWORD=${words.length}; _pmr; ` +
        `printf '%s\\n' "\${COMPREPLY[@]}" '${marker}'`,
    ),
  ].join('\n');
  return answers(
    run('bash', ['--norc', '--noprofile', '-c', program], options.cwd ?? tempHome()).stdout,
  );
}

/**
 * What the zsh script hands to zsh. Completion widgets only run inside the
 * line editor, so instead of a terminal (zpty, timing-dependent and slow) the
 * functions the script calls are stubbed to print what they are given:
 * compadd and _describe their words, _files a <files> line. words and
 * CURRENT are set as zsh sets them, then _pmr is called. zsh itself then
 * filters the words by what is typed; that part is zsh's, so every word the
 * script offers is returned here.
 */
export function zshCompletes(lines: string[][], options: CompleteOptions = {}): string[][] {
  const home = options.home ?? tempHome();
  const program = [
    `pmr() { PMR_HOME=${quote(home)} ${quote(process.execPath)} ${quote(pmrBin)} "$@"; }`,
    `compdef() { : }`,
    `compadd() { [[ $1 == -- ]] || { print -r -- "unexpected compadd option $1" >&2; return 1 }; shift; print -rl -- "$@" }`,
    // _describe [-t tag] description array-name: the words are before each ':'.
    `_describe() { local -a items; items=("\${(@P)\${@[-1]}}"); print -rl -- "\${(@)items%%:*}" }`,
    `_files() { print -r -- '<files>' }`,
    `source ${quote(scriptFile('zsh'))}`,
    ...lines.map(
      (words) =>
        `words=(pmr ${words.map(quote).join(' ')}); CURRENT=${words.length + 1}; _pmr; ` +
        `print -r -- '${marker}'`,
    ),
  ].join('\n');
  return answers(run('zsh', ['-f', '-c', program], options.cwd ?? tempHome()).stdout);
}

/**
 * What fish completes for each command line, from fish itself:
 * `complete -C LINE` prints the completions as fish would offer them (matched
 * against what is typed), each with a tab and its description.
 */
export function fishCompletes(lines: string[], options: CompleteOptions = {}): string[][] {
  const home = options.home ?? tempHome();
  const program = [
    `function pmr; env PMR_HOME=${fishQuote(home)} ${fishQuote(process.execPath)} ${fishQuote(pmrBin)} $argv; end`,
    `source ${fishQuote(scriptFile('fish'))}`,
    `for line in $argv; complete -C $line | string replace -r '\\t.*' ''; echo '${marker}'; end`,
  ].join('\n');
  return answers(
    run('fish', ['--no-config', '-c', program, ...lines], options.cwd ?? tempHome()).stdout,
  );
}

const fishQuote = (word: string) => `'${word.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
