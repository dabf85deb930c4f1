# Completes lines with fish's own completion machinery (complete -C) after loading the script.
# Usage: fish fish-complete.fish SCRIPT LINE...; prints "=== LINE", then each candidate (without
# its description), one a line.
source $argv[1]; or exit 3
for line in $argv[2..-1]
    echo "=== $line"
    complete -C"$line" | string replace -r '\t.*' ''
end
exit 0
