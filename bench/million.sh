#!/usr/bin/env bash
# The million-model case of issue 19, as a whole-process benchmark: a synthetic catalog of
# 1,000,000 models (about 350 MB, bench/src/.../SyntheticCatalog.java: deterministic, the fields
# real entries have) given by --only --catalog, `filter org:Meta --json`, against jq making the
# same selection on the same file. Three ways, interleaved in every round (hyperfine, one run
# each), so a change of load hits them alike:
#   jq           jq '[.models[] | select(.org=="meta")]' FILE
#   first read   llmscape with an empty cache: reads the JSON and writes the cache entry
#   cached       llmscape again: the repeat query, from the cache entry
# Prints each one's median wall time, user + system CPU and peak RSS over the rounds, and the
# ratios the issue sets: first read <= 1x jq's time and memory, cached <= 0.1x jq's time.
# Options (environment): ROUNDS (default 3), MODELS (default 1000000), JAVA_OPTS_EXTRA (added to
# the llmscape runs through LLMSCAPE_JAVA_OPTS, to try a JVM flag).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
out="$root/target/bench"
mkdir -p "$out"
rounds="${ROUNDS:-3}"
models="${MODELS:-1000000}"

for tool in hyperfine jq java; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench: $tool is missing (hyperfine, jq: sudo apt-get install $tool)" >&2
    exit 1
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (peak RSS); on Debian or Ubuntu: sudo apt-get install time" >&2
  exit 1
fi

# Build the jar and its class-data archive now, so no measured run pays for them.
./llmscape --version >/dev/null

catalog="$out/catalog-$models.json"
if [ ! -f "$catalog" ]; then
  echo "bench: writing a synthetic catalog of $models models to $catalog..." >&2
  java bench/src/main/java/dev/llmscape/bench/SyntheticCatalog.java "$models" "$catalog"
fi
cache="$out/million-cache"
select='[.models[] | select(.org=="meta")]'
query=(filter org:Meta --json)

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $(java -version 2>&1 | head -n 1)"
echo "jq:      $(jq --version)"
echo "catalog: $catalog ($models models, $(du -mL "$catalog" | cut -f1) MB)"
echo

# Each measured command runs under /usr/bin/time, which appends its peak RSS (KB) and CPU
# seconds to a file per command; its own cost is a fork and a wait4.
rm -f "$out"/million-*.rss "$out"/million-round-*.json
measure() { echo "/usr/bin/time -f '%M %U %S' -a -o $out/million-$1.rss"; }
llmscape="env XDG_CACHE_HOME=$cache LLMSCAPE_JAVA_OPTS=${JAVA_OPTS_EXTRA:-} ./llmscape --only --catalog $catalog ${query[*]}"
for r in $(seq 1 "$rounds"); do
  echo "round $r of $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine -N --style basic -r 1 --export-json "$out/million-round-$r.json" \
    --prepare true -n jq "$(measure jq) jq '$select' $catalog" \
    --prepare "rm -rf $cache" -n "first read" "$(measure first) $llmscape" \
    --prepare true -n cached "$(measure cached) $llmscape" >/dev/null
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# Medians over the rounds: wall from hyperfine, peak RSS and CPU from /usr/bin/time.
wall() {
  jq -s --arg n "$1" '[.[].results[] | select(.command == $n) | .mean] | sort
    | .[(length / 2 | floor)] * 1000 | floor' "$out"/million-round-*.json
}
column_median() {
  awk -v c="$2" '{ print (c == 1 ? $1 : $2 + $3) }' "$out/million-$1.rss" | sort -g |
    awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
jq_ms=$(wall jq)
jq_rss=$(column_median jq 1)
jq_cpu=$(column_median jq 2)
printf '%-12s %10s %10s %12s %14s %10s\n' what "wall ms" "CPU s" "peak RSS KB" "wall vs jq" "RSS vs jq"
for name in jq "first read" cached; do
  key="${name%% *}"
  ms=$(wall "$name")
  rss=$(column_median "$key" 1)
  cpu=$(column_median "$key" 2)
  printf '%-12s %10s %10s %12s %13sx %9sx\n' "$name" "$ms" "$cpu" "$rss" \
    "$(ratio "$ms" "$jq_ms")" "$(ratio "$rss" "$jq_rss")"
done
echo
first=$(ratio "$(wall "first read")" "$jq_ms")
cached=$(ratio "$(wall cached)" "$jq_ms")
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "meets" : "misses") }'; }
echo "first read: ${first}x jq's time (target <= 1x: $(verdict "$first" 1)), $(ratio "$(column_median first 1)" "$jq_rss")x its peak RSS (target <= 1x: $(verdict "$(ratio "$(column_median first 1)" "$jq_rss")" 1))"
echo "cached:     ${cached}x jq's time (target <= 0.1x: $(verdict "$cached" 0.1))"
echo "(jq's CPU: ${jq_cpu} s; runs: $out/million-round-*.json, $out/million-*.rss)"
