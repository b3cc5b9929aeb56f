import { type CompletionSpec, type FlagSpec, groupFlags, routineFlags } from './completion-spec.js';

// Completion scripts for bash, zsh and fish. Commands and flags are written
// in; routine and group names are asked of pmr at completion time
// (`pmr __complete routines|groups`), so new routines complete at once.

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

const words = (flags: FlagSpec[]) => flags.map((flag) => flag.name).join(' ');
const valueFlags = (spec: CompletionSpec) => {
  const all = [...spec.sessionFlags, ...spec.commands.flatMap((command) => command.flags)];
  return [...new Set(all.filter((flag) => flag.takesValue).map((flag) => flag.name))];
};
const choiceFlags = (spec: CompletionSpec) => {
  const all = [...spec.sessionFlags, ...spec.commands.flatMap((command) => command.flags)];
  return all.filter((flag) => flag.choices);
};
const fileCommands = ['run', 'validate'];
const routineCommands = ['show', 'edit'];

function bash(spec: CompletionSpec): string {
  const others = valueFlags(spec).filter(
    (flag) => !groupFlags.includes(flag) && !routineFlags.includes(flag) && flag !== '--out',
  );
  const choices = choiceFlags(spec)
    .map(
      (flag) =>
        `    ${flag.name}) COMPREPLY=($(compgen -W "${flag.choices?.join(' ')}" -- "$cur")); return ;;`,
    )
    .join('\n');
  const flagCases = spec.commands
    .map((command) => `      ${command.name}) flags="${words(command.flags)}" ;;`)
    .join('\n');
  const subcommandCases = spec.commands
    .filter((command) => command.subcommands.length > 0)
    .map(
      (command) =>
        `    ${command.name}) COMPREPLY=($(compgen -W "${command.subcommands.join(' ')}" -- "$cur")) ;;`,
    )
    .join('\n');
  return `# pmr completion for bash. Install:
#   pmr completion bash > ~/.local/share/bash-completion/completions/pmr
_pmr() {
  local cur prev cmd i flags
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    ${groupFlags.join('|')})
      # Groups are a comma-separated list: complete the part after the last comma.
      local before=""
      [[ "$cur" == *,* ]] && before="\${cur%,*},"
      COMPREPLY=($(compgen -P "$before" -W "$(pmr __complete groups 2>/dev/null)" -- "\${cur##*,}"))
      return ;;
    ${routineFlags.join('|')}) COMPREPLY=($(compgen -W "$(pmr __complete routines 2>/dev/null)" -- "$cur")); return ;;
    --out) COMPREPLY=($(compgen -f -- "$cur")); return ;;
${choices}
    ${others.join('|')}) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${flagCases}
      *) flags="${words(spec.sessionFlags)}" ;;
    esac
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    return
  fi
  case "$cmd" in
    "") COMPREPLY=($(compgen -W "${spec.commands.map((c) => c.name).join(' ')} $(pmr __complete routines 2>/dev/null)" -- "$cur")) ;;
    ${fileCommands.join('|')}) COMPREPLY=($(compgen -f -- "$cur")) ;;
    ${routineCommands.join('|')}) COMPREPLY=($(compgen -W "$(pmr __complete routines 2>/dev/null)" -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W "${shells.join(' ')}" -- "$cur")) ;;
${subcommandCases}
  esac
}
complete -F _pmr pmr
`;
}

function zsh(spec: CompletionSpec): string {
  const others = valueFlags(spec).filter(
    (flag) => !groupFlags.includes(flag) && !routineFlags.includes(flag) && flag !== '--out',
  );
  const choices = choiceFlags(spec)
    .map((flag) => `    ${flag.name}) compadd -- ${flag.choices?.join(' ')}; return ;;`)
    .join('\n');
  const flagCases = spec.commands
    .map((command) => `      ${command.name}) compadd -- ${words(command.flags)} ;;`)
    .join('\n');
  const subcommandCases = spec.commands
    .filter((command) => command.subcommands.length > 0)
    .map((command) => `    ${command.name}) compadd -- ${command.subcommands.join(' ')} ;;`)
    .join('\n');
  return `#compdef pmr
# pmr completion for zsh. Install: put this file, named _pmr, in a folder on
# $fpath (for example: pmr completion zsh > ~/.zfunc/_pmr, with
# fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc).
_pmr() {
  local cur=\${words[CURRENT]} prev=\${words[CURRENT-1]} cmd="" i
  for (( i = 2; i < CURRENT; i++ )); do
    if [[ \${words[i]} != -* ]]; then cmd=\${words[i]}; break; fi
  done
  case $prev in
    ${groupFlags.join('|')})
      compset -P '*,'
      compadd -- \${(f)"$(pmr __complete groups 2>/dev/null)"}
      return ;;
    ${routineFlags.join('|')}) compadd -- \${(f)"$(pmr __complete routines 2>/dev/null)"}; return ;;
    --out) _files; return ;;
${choices}
    ${others.join('|')}) return ;;
  esac
  if [[ $cur == -* ]]; then
    case $cmd in
${flagCases}
      *) compadd -- ${words(spec.sessionFlags)} ;;
    esac
    return
  fi
  case $cmd in
    '') compadd -- ${spec.commands.map((c) => c.name).join(' ')} \${(f)"$(pmr __complete routines 2>/dev/null)"} ;;
    ${fileCommands.join('|')}) _files ;;
    ${routineCommands.join('|')}) compadd -- \${(f)"$(pmr __complete routines 2>/dev/null)"} ;;
    completion) compadd -- ${shells.join(' ')} ;;
${subcommandCases}
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _pmr "$@"; else compdef _pmr pmr; fi
`;
}

function fishQuote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function fish(spec: CompletionSpec): string {
  const names = spec.commands.map((command) => command.name).join(' ');
  const lines = [
    '# pmr completion for fish. Install:',
    '#   pmr completion fish > ~/.config/fish/completions/pmr.fish',
    'complete -c pmr -f',
    `complete -c pmr -n '__fish_use_subcommand' -a '(pmr __complete routines 2>/dev/null)' -d routine`,
    ...spec.commands.map(
      (command) =>
        `complete -c pmr -n '__fish_use_subcommand' -a ${command.name} -d ${fishQuote(command.description)}`,
    ),
  ];
  const flagLine = (flag: FlagSpec, condition: string) => {
    const long = flag.name.replace(/^--/, '');
    let values = '';
    if (groupFlags.includes(flag.name)) values = ` -x -a '(pmr __complete groups 2>/dev/null)'`;
    else if (routineFlags.includes(flag.name))
      values = ` -x -a '(pmr __complete routines 2>/dev/null)'`;
    else if (flag.choices) values = ` -x -a ${fishQuote(flag.choices.join(' '))}`;
    else if (flag.name === '--out') values = ' -r -F';
    else if (flag.takesValue) values = ' -x';
    return `complete -c pmr -n ${fishQuote(condition)} -l ${long}${values} -d ${fishQuote(flag.description)}`;
  };
  for (const flag of spec.sessionFlags) {
    lines.push(flagLine(flag, `not __fish_seen_subcommand_from ${names}`));
  }
  for (const command of spec.commands) {
    for (const flag of command.flags) {
      lines.push(flagLine(flag, `__fish_seen_subcommand_from ${command.name}`));
    }
    if (command.subcommands.length > 0) {
      lines.push(
        `complete -c pmr -n '__fish_seen_subcommand_from ${command.name}' -a ${fishQuote(command.subcommands.join(' '))}`,
      );
    }
  }
  lines.push(
    `complete -c pmr -n '__fish_seen_subcommand_from ${fileCommands.join(' ')}' -F`,
    `complete -c pmr -n '__fish_seen_subcommand_from ${routineCommands.join(' ')}' -a '(pmr __complete routines 2>/dev/null)'`,
    `complete -c pmr -n '__fish_seen_subcommand_from completion' -a '${shells.join(' ')}'`,
  );
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return { bash, zsh, fish }[shell](spec);
}
