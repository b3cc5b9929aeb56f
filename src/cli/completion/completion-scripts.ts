// Completion scripts for bash, zsh and fish. They are thin on purpose: at
// each Tab they hand the words on the line to `pmr __complete -- WORD...` and
// offer what it answers (see answer-completion.ts), so commands, flags,
// routines and groups are always those of the pmr that runs.
//
// What pmr answers is data, never code: each script reads it line by line
// and passes the words on as they are. No word goes through `eval`, an
// unquoted expansion, or bash's `compgen -W` (which expands its word list,
// and so would run a `$(...)` in a routine's file name).

export const shells = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof shells)[number];

const bash = `# pmr completion for bash. Install:
#   pmr completion bash > ~/.local/share/bash-completion/completions/pmr
# At each Tab, pmr answers what can come next: a first line that says whether
# file paths complete too, then one word a line (a tab, then a description).
_pmr() {
  local cur=\${COMP_WORDS[COMP_CWORD]} line files=""
  local first=1
  COMPREPLY=()
  while IFS= read -r line; do
    if [[ -n $first ]]; then
      first="" files=$line
      continue
    fi
    line=\${line%%$'\\t'*}
    # A plain string comparison: the word is never expanded.
    [[ $line == "$cur"* ]] && COMPREPLY+=("$line")
  done < <(pmr __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  if [[ $files == files ]]; then
    # Bash quotes the file names it inserts (bash 4 and later).
    compopt -o filenames 2>/dev/null
    while IFS= read -r line; do
      COMPREPLY+=("$line")
    done < <(compgen -f -- "$cur")
  fi
  return 0
}
complete -F _pmr pmr
`;

const zsh = `#compdef pmr
# pmr completion for zsh. Install: put this file, named _pmr, in a folder on
# $fpath (for example: pmr completion zsh > ~/.zfunc/_pmr, with
# fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc).
# At each Tab, pmr answers what can come next: a first line that says whether
# file paths complete too, then one word a line (a tab, then a description).
_pmr() {
  local -a answer described plain
  local line ret=1
  # (Q) takes off the quotes typed around a word, as the shell will when it runs.
  answer=("\${(@f)$(pmr __complete -- "\${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
  for line in "\${(@)answer[2,-1]}"; do
    if [[ $line == *$'\\t'* ]]; then
      described+=("\${line%%$'\\t'*}:\${line#*$'\\t'}")
    elif [[ -n $line ]]; then
      plain+=("$line")
    fi
  done
  (( $#described )) && _describe -t pmr-words pmr described && ret=0
  (( $#plain )) && compadd -- "\${plain[@]}" && ret=0
  [[ $answer[1] == files ]] && _files && ret=0
  return ret
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _pmr "$@"; else compdef _pmr pmr; fi
`;

const fish = `# pmr completion for fish. Install:
#   pmr completion fish > ~/.config/fish/completions/pmr.fish
# At each Tab, pmr answers what can come next: a first line that says whether
# file paths complete too, then one word a line (a tab, then a description).
function __pmr_complete
    set -l words (commandline -opc) (commandline -ct)
    set -e words[1]
    set -l answer (pmr __complete -- $words 2>/dev/null)
    set -q answer[2]; and printf '%s\\n' $answer[2..-1]
    if test "$answer[1]" = files
        __fish_complete_path (commandline -ct)
    end
end
complete -c pmr -f -a '(__pmr_complete)'
`;

export function completionScript(shell: Shell): string {
  return { bash, zsh, fish }[shell];
}
