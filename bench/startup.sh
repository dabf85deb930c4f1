#!/usr/bin/env bash
# Whole-process benchmark: llmscape, an empty Java main (the JVM's floor) and jq, side by side,
# with hyperfine. Prints medians and the ratios the performance targets are about
# (docs/performance.md, issue 19):
#   start-up: every common command through ./llmscape, piped, median wall <= 2.5x (aim 2x) the
#             empty main on the same JVM, in the same run; the commands and the floor run
#             interleaved (ROUNDS rounds of a few runs each), so load changes hit them alike
#   scale:    a 100,000-model catalog by --catalog, `filter org:Meta --json` against jq's wall time
#             for the same selection, and peak RSS against jq's.
# Uses the `java` on PATH; to measure another JDK: PATH=/path/to/jdk/bin:$PATH bench/startup.sh
# Options (environment): ROUNDS (start-up rounds, default 10, 3 runs each per round), SCALE_RUNS
# (default 5), MODELS (synthetic catalog size, default 100000; 0 skips the scale case),
# BASELINE (another clone, built, whose ./llmscape runs the same commands side by side).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
out="$root/target/bench"
mkdir -p "$out"
rounds="${ROUNDS:-10}"
scale_runs="${SCALE_RUNS:-5}"
models="${MODELS:-100000}"

for tool in hyperfine jq java javac; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      hyperfine | jq) echo "bench: $tool is missing; on Debian or Ubuntu: sudo apt-get install $tool" >&2 ;;
      *) echo "bench: $tool is missing; install a JDK (17 or newer)" >&2 ;;
    esac
    exit 1
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (peak RSS); on Debian or Ubuntu: sudo apt-get install time" >&2
  exit 1
fi

# Build the jar and its class-data archive now, so no measured run pays for them.
./llmscape --version >/dev/null

# The floor: an empty main, run with the launcher's JVM flags.
floor="$out/floor"
if [ ! -f "$floor/Empty.class" ]; then
  mkdir -p "$floor"
  printf 'public class Empty { public static void main(String[] args) {} }\n' >"$floor/Empty.java"
  javac --release 17 -d "$floor" "$floor/Empty.java"
fi
empty="java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto -cp $floor Empty"

catalog="$out/catalog-$models.json"
if [ "$models" != 0 ] && [ ! -f "$catalog" ]; then
  echo "bench: writing a synthetic catalog of $models models to $catalog..." >&2
  java bench/src/main/java/dev/llmscape/bench/SyntheticCatalog.java "$models" "$catalog"
fi

# `filter` is the scale target's command; fall back to `list` (same query engine) without it.
if ./llmscape filter org:Meta --json >/dev/null 2>&1; then
  query="filter org:Meta --json"
else
  query="list --org Meta --json"
fi
select='[.models[] | select(.org=="meta")]'

java_version="$(java -version 2>&1 | head -n 1)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $java_version"
echo "jq:      $(jq --version)"
echo

median() { jq -r ".results[$2].median * 1000 | floor" "$1"; }

commands=("list --org Meta" "show llama-2" "filter org:Google size:>=100B" "lineage llama"
  "--version" "help list")
if [ -n "${BASELINE:-}" ]; then
  (cd "$BASELINE" && ./llmscape --version >/dev/null)
fi
echo "== start-up (bundled catalog, piped; $rounds interleaved rounds of 3 runs each)"
for ((round = 0; round < rounds; round++)); do
  args=(-n "empty Java main" "$empty")
  for c in "${commands[@]}"; do
    args+=(-n "llmscape $c" "./llmscape $c")
    if [ -n "${BASELINE:-}" ]; then
      args+=(-n "baseline llmscape $c" "$BASELINE/llmscape $c")
    fi
  done
  hyperfine -N --style none -w 1 -r 3 --export-json "$out/startup-$round.json" "${args[@]}" >/dev/null
done
# Medians over every round's runs, per command, in ms; CPU (user + system) is hyperfine's mean of
# each round, its median over the rounds: less swayed than wall time by other work on the machine.
jq -s '[.[].results[]] | group_by(.command) | map({command: .[0].command,
    median: ([.[].times[]] | sort | .[(length / 2 | floor)] * 1000 | floor),
    cpu: ([.[] | .user + .system] | sort | .[(length / 2 | floor)] * 1000 | floor)})' \
  "$out"/startup-[0-9]*.json >"$out/startup.json"
rm -f "$out"/startup-[0-9]*.json
startup_ms() { jq -r --arg c "$1" --arg f "$2" '.[] | select(.command == $c) | .[$f]' "$out/startup.json"; }
floor_ms=$(startup_ms "empty Java main" median)
floor_cpu=$(startup_ms "empty Java main" cpu)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-48s %7s %7s %7s %7s\n' "command" "median" "ratio" "CPU" "ratio"
printf '%-48s %4s ms %7s %4s ms %7s\n' "empty Java main" "$floor_ms" "1.00x" "$floor_cpu" "1.00x"
for c in "${commands[@]}"; do
  for name in "llmscape $c" ${BASELINE:+"baseline llmscape $c"}; do
    ms=$(startup_ms "$name" median)
    cpu=$(startup_ms "$name" cpu)
    printf '%-48s %4s ms %6sx %4s ms %6sx\n' "$name" "$ms" "$(ratio "$ms" "$floor_ms")" \
      "$cpu" "$(ratio "$cpu" "$floor_cpu")"
  done
done
echo "load after the start-up runs: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$models" = 0 ]; then
  exit 0
fi
echo

echo "== scale ($models models, $(du -m "$catalog" | cut -f1) MB, $scale_runs runs each)"
# The file alone (--only: the same selection jq makes), read twice: the JSON every time
# (LLMSCAPE_NO_CACHE), and repeat queries, which read the binary cache of big catalogs (made by
# the warm-up run, in target/bench/cache). Then the file laid over the bundled catalog (plain
# --catalog), repeat queries: the cache holds the merged catalog.
rm -rf "$out/cache"
hyperfine -N --style basic -w 1 -r "$scale_runs" --export-json "$out/scale.json" \
  -n "jq '$select'" "jq '$select' $catalog" \
  -n "llmscape $query, JSON read every time" \
  "env LLMSCAPE_NO_CACHE=1 ./llmscape --only --catalog $catalog $query" \
  -n "llmscape $query, repeat query (cache)" \
  "env XDG_CACHE_HOME=$out/cache ./llmscape --only --catalog $catalog $query" \
  -n "llmscape --catalog (over the bundled catalog) $query, repeat query (cache)" \
  "env XDG_CACHE_HOME=$out/cache ./llmscape --catalog $catalog $query" >/dev/null
jq_ms=$(median "$out/scale.json" 0)
cold_ms=$(median "$out/scale.json" 1)
big_ms=$(median "$out/scale.json" 2)
layered_ms=$(median "$out/scale.json" 3)
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }
jq_rss=$(rss jq "$select" "$catalog")
# shellcheck disable=SC2086
cold_rss=$(rss env LLMSCAPE_NO_CACHE=1 ./llmscape --only --catalog "$catalog" $query)
# shellcheck disable=SC2086
big_rss=$(rss env XDG_CACHE_HOME="$out/cache" ./llmscape --only --catalog "$catalog" $query)
# shellcheck disable=SC2086
layered_rss=$(rss env XDG_CACHE_HOME="$out/cache" ./llmscape --catalog "$catalog" $query)

verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "meets" : "misses") }'; }
scale_ratio=$(ratio "$big_ms" "$jq_ms")
cold_ratio=$(ratio "$cold_ms" "$jq_ms")
layered_ratio=$(ratio "$layered_ms" "$jq_ms")

echo
printf '%-48s %9s %12s\n' "what" "median" "peak RSS"
printf '%-48s %7s ms %9s KB\n' "jq, $models models" "$jq_ms" "$jq_rss"
printf '%-48s %7s ms %9s KB\n' "llmscape, $models models, JSON every time" "$cold_ms" "$cold_rss"
printf '%-48s %7s ms %9s KB\n' "llmscape, $models models, repeat (cache)" "$big_ms" "$big_rss"
printf '%-48s %7s ms %9s KB\n' "the same over the bundled catalog (cache)" "$layered_ms" "$layered_rss"
echo
rss_verdict() { awk -v a="$1" -v b="$jq_rss" 'BEGIN { print (a <= b ? "meets" : "misses") }'; }
echo "scale ($query):"
echo "  repeat query:    ${scale_ratio}x jq's time (target <= 0.5x: $(verdict "$scale_ratio" 0.5)); peak RSS $big_rss KB vs jq's $jq_rss KB ($(rss_verdict "$big_rss"))"
echo "  over bundled:    ${layered_ratio}x jq's time (target <= 0.5x: $(verdict "$layered_ratio" 0.5)); peak RSS $layered_rss KB ($(rss_verdict "$layered_rss"))"
echo "  JSON every time: ${cold_ratio}x jq's time (target <= 0.5x: $(verdict "$cold_ratio" 0.5)); peak RSS $cold_rss KB ($(rss_verdict "$cold_rss"))"
