#!/usr/bin/env zsh
# Completes lines in a real interactive bash (in a pseudo-terminal, driven through zsh's zpty), so
# readline itself decides which part of the word a candidate replaces and how it quotes it.
# Usage: zsh bash-readline.zsh SCRIPT LINE...; prints "=== LINE", then the line as it reads after
# one TAB (a unique match ends in a blank, as readline adds one); bash errors as "ERROR: ...".
zmodload zsh/zpty || exit 3
script=$1; shift
# No user settings: no ~/.bashrc, no ~/.inputrc, no history file.
zpty b env INPUTRC=/dev/null HISTFILE=/dev/null bash --norc --noprofile -i
zpty -w b "PS1=''; PS2=''; bind 'set bell-style none'; bind 'set enable-bracketed-paste off'"
zpty -w b "source ${(q)script}"
# Ctrl-T prints the line readline holds, between markers that keep its trailing blank visible.
zpty -w b 'bind -x '\''"\C-t": printf "LINE<%s>END\n" "$READLINE_LINE"'\'
zpty -w b 'echo READY-MARK'
typeset line
while zpty -r -t b line 2>/dev/null || { sleep 0.05; true }; do
  [[ $line == READY-MARK* ]] && break
done
for input in "$@"; do
  print -r -- "=== $input"
  zpty -w -n b "$input"$'\t\x14\x15'   # TAB, Ctrl-T: print the line, ^U: kill it
  zpty -w b 'echo DONE-$((6*7))'
  # Read up to the marker, then look at the lines: a read may end within a line.
  typeset out=''
  typeset -i n=0
  while (( n < 200 )); do
    if zpty -r -t b line; then
      out+=$line
      [[ $out == *DONE-42* ]] && break
    else
      sleep 0.05; (( n++ ))
    fi
  done
  for line in "${(@f)${out%DONE-42*}}"; do
    [[ $line =~ '(^|[^a-z])bash: |\.bash: line [0-9]+:' ]] && print -r -- "ERROR: ${line//[$'\r\n']/}"
    [[ $line == *'LINE<'*'>END'* ]] && print -r -- "${${line#*LINE<}%>END*}"
  done
done
zpty -d b
