#!/usr/bin/env zsh
# Shows what a zsh user sees: each line gets one TAB in a real interactive zsh (in a
# pseudo-terminal) with the completion system loaded from a directory holding _llmscape; the list
# of matches zsh prints below the line is captured as it appears on the screen, and the line as it
# reads afterwards. Letters zsh inserts show up as rows too: read a list off lines zsh cannot
# lengthen, and the line off the LINE row.
# Usage: zsh-list.zsh DIR LINE...; prints "=== LINE", then each listed row (escape sequences
# removed), one a line, then "LINE<the line>END"; zsh errors as "ERROR: ...".
zmodload zsh/zpty || exit 3
setopt extended_glob
dir=$1; shift
zpty z zsh -f -i
zpty -w z "PS1=''; PROMPT=''; RPROMPT=''; unsetopt zle_bracketed_paste 2>/dev/null"
zpty -w z "fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'zstyle ":completion:*" list-grouped false; COLUMNS=200'
zpty -w z 'bindkey "^I" complete-word'
zpty -w z '__line() { zle -I; print -r -- "LINE<$BUFFER>END" }; zle -N __line; bindkey "^T" __line'
zpty -w z 'print READY-MARK'
typeset line row echo='print DONE-$((6*7))'
while zpty -r -t z line 2>/dev/null || { sleep 0.05; true }; do
  [[ $line == READY-MARK* ]] && break
done
for input in "$@"; do
  print -r -- "=== $input"
  zpty -w -n z "$input"$'\t\x14\x15'   # TAB, Ctrl-T: print the line, ^U: kill it
  zpty -w z $echo
  # Read up to the marker, then look at the lines: a read may end within a line.
  typeset out=''
  typeset -i n=0 done_line=0
  while (( n < 200 )); do
    if zpty -r -t z line; then
      out+=$line
      [[ $out == *DONE-42* ]] && break
    else
      sleep 0.05; (( n++ ))
    fi
  done
  for line in "${(@f)${out%DONE-42*}}"; do
    [[ $line =~ '_llmscape[a-z_]*:[0-9]+:' ]] && print -r -- "ERROR: ${line//[$'\r\n']/}"
    [[ -n $DEBUG ]] && print -r -- "RAW:${(q+)line}"
    # Drop escape sequences and bells, then take the pieces between carriage returns: the
    # list's rows, and the line being edited as zsh echoes and redraws it (left out).
    line=${line//$'\e'\[[0-9?;]#[A-Za-z]/}
    for row in "${(@ps:\r:)${line//$'\a'/}}"; do
      row=${row%%[[:space:]]#}
      [[ -z ${row//[\#[:space:]]/} || $input == "$row"* || $echo == "$row"* ]] && continue
      [[ $row == ${input%% *}' '* ]] && continue
      # After the line, zsh redraws the list: print it once.
      if [[ $row == *'LINE<'*'>END' ]]; then
        (( done_line++ )) || print -r -- LINE\<${row#*LINE<}
      elif (( ! done_line )); then
        print -r -- "$row"
      fi
    done
  done
done
zpty -d z
