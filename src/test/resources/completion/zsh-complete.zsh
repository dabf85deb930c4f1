#!/usr/bin/env zsh
# Completes lines in a real interactive zsh (in a pseudo-terminal) with the completion system
# loaded from a directory holding _llmscape, as a user's fpath would.
# Usage: zsh-complete.zsh DIR LINE...; prints "=== LINE", then each candidate zsh's own matching
# kept (with the prefix the script moved into IPREFIX), one a line; zsh errors as "ERROR: ...".
zmodload zsh/zpty || exit 3
dir=$1; shift
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''; RPROMPT=''; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'zstyle ":completion:*" list-grouped false; zstyle ":completion:*" insert-tab false'
zpty -w z 'bindkey "^I" complete-word'
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; typeset -a __hits; builtin compadd -O __hits "$@"; local h; for h in $__hits; do print -r -- "CAND:$IPREFIX$h"; done; builtin compadd "$@"; }'
zpty -w z 'print READY-MARK'
typeset line
while zpty -r -t z line 2>/dev/null || { sleep 0.05; true }; do
  [[ $line == READY-MARK* ]] && break
done
for input in "$@"; do
  print -r -- "=== $input"
  zpty -w -n z "$input"$'\t'
  zpty -w -n z $'\x15'   # ^U: kill the line
  zpty -w z 'print DONE-$((6*7))'
  typeset -i n=0
  while (( n < 200 )); do
    if zpty -r -t z line; then
      [[ $line == *DONE-42* ]] && break
      [[ -n $DEBUG ]] && print -r -- "RAW:${(q+)line}"
      [[ $line =~ '_llmscape[a-z_]*:[0-9]+:' ]] && print -r -- "ERROR: ${line//[$'\r\n']/}"
      [[ $line == *CAND:* ]] && print -r -- "${${line#*CAND:}//[$'\r\n']/}"
    else
      sleep 0.05; (( n++ ))
    fi
  done
done
zpty -d z
