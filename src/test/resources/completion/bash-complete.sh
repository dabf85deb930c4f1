#!/usr/bin/env bash
# Completes lines with the bash completion function, as readline would call it: COMP_WORDS split
# at blanks and at ':' and '=' (bash's COMP_WORDBREAKS), COMP_CWORD, COMP_LINE and COMP_POINT,
# and as $2 the text readline completes (and replaces): what follows a quote left open, else what
# follows the last blank, ':' or '='. bash-readline.zsh checks what readline makes of the replies.
# Usage: bash-complete.sh SCRIPT LINE...; prints "=== LINE", then COMPREPLY, one a line.
source "$1" || exit 3
# compopt works only while readline completes; here it only has to succeed, as it would there.
compopt() { return 0; }
shift
for line in "$@"; do
  words=() word='' quote='' start=0
  for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ -n $quote ]]; then
      word+=$c; [[ $c == "$quote" ]] && quote='' start=$((i + 1))
    elif [[ $c == \\ ]]; then
      word+=$c${line:i+1:1}; i=$((i + 1))
    elif [[ $c == [\'\"] ]]; then
      word+=$c; quote=$c start=$((i + 1))
    elif [[ $c == ' ' ]]; then
      [[ -n $word ]] && words+=("$word"); word='' start=$((i + 1))
    elif [[ $c == [:=] ]]; then
      [[ -n $word ]] && words+=("$word"); words+=("$c"); word='' start=$((i + 1))
    else
      word+=$c
    fi
  done
  # The word under the cursor; empty after a blank.
  if [[ -n $word || $line == *' ' ]]; then words+=("$word"); fi
  COMP_WORDS=("${words[@]}")
  COMP_CWORD=$((${#words[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _llmscape llmscape "${line:start}" "${COMP_WORDS[COMP_CWORD-1]}"
  echo "=== $line"
  ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
done
