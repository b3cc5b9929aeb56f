import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pmrBin, runPmr, tempHome } from '../helpers/run-pmr.js';

// Completion scripts parse in their shells and complete what a person types.

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

function script(shell: string): string {
  const result = runPmr(['completion', shell]);
  expect(result.status).toBe(0);
  const file = join(tempHome(), `pmr.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

/** What bash completes for the words typed so far (the last one may be partial). */
function bashComplete(typed: string[], home = tempHome()): string[] {
  const file = script('bash');
  const words = typed.map((word) => `'${word}'`).join(' ');
  const program = `
pmr() { PMR_HOME='${home}' '${process.execPath}' '${pmrBin}' "$@"; }
source '${file}'
COMP_WORDS=(pmr ${words})
COMP_CWORD=${typed.length}
_pmr
printf '%s\\n' "\${COMPREPLY[@]}"
`;
  const result = spawnSync('bash', ['--norc', '-c', program], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).sort();
}

describe('pmr completion', () => {
  test('bash: the script parses', () => {
    expect(spawnSync('bash', ['-n', script('bash')]).status).toBe(0);
  });

  test.runIf(has('zsh'))('zsh: the script parses', () => {
    const result = spawnSync('zsh', ['-n', script('zsh')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test.runIf(has('fish'))('fish: the script parses', () => {
    const result = spawnSync('fish', ['--no-execute', script('fish')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('pmr b<TAB> offers bedtime and back, read at completion time', () => {
    expect(bashComplete(['b'])).toEqual(['back', 'bedtime']);
    const home = tempHome();
    runPmr(['new', 'breathe-easy'], { home });
    expect(bashComplete(['b'], home)).toEqual(['back', 'bedtime', 'breathe-easy']);
  });

  test('commands, flags for each command, and group names for --only', () => {
    expect(bashComplete(['hi'])).toEqual(['history']);
    expect(bashComplete(['list', '--'])).toEqual(['--help', '--json']);
    expect(bashComplete(['work', '--sl'])).toEqual(['--slow']);
    expect(bashComplete(['work', '--only', 'sh'])).toEqual(['shoulders']);
    expect(bashComplete(['work', '--skip', 'jaw,ne'])).toEqual(['jaw,neck']);
    expect(bashComplete(['show', '--position', 'l'])).toEqual(['lying']);
    expect(bashComplete(['completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    expect(bashComplete(['config', 'u'])).toEqual(['unset']);
  });

  test('an unknown shell is a usage error naming the ones there are', () => {
    const result = runPmr(['completion', 'tcsh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('pmr: no completion for "tcsh"; pmr completes bash, zsh, fish.\n');
  });
});
