#!/usr/bin/env bash
# What picocli alone costs at start-up: an empty main, a one-command picocli program with its model
# built in code and from annotations, and `llmscape list --org Meta`, side by side with hyperfine.
# Each Java program gets a class-data archive made for it, as the launcher makes one for llmscape,
# and the launcher's JVM flags. Results in docs/performance.md ("How far picocli alone is").
# Options (environment): RUNS (default 30).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
runs="${RUNS:-30}"
for tool in hyperfine jq java javac jar; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing" >&2; exit 1; }
done

./llmscape --version >/dev/null # builds the jar, its dependencies in target/lib and its archive
out="$root/target/bench/picocli"
mkdir -p "$out/classes"
picocli="$(ls "$root"/target/lib/picocli-*.jar)"
javac --release 17 -cp "$picocli" -d "$out/classes" bench/src/main/java/dev/llmscape/bench/PicocliFloor.java
jar cf "$out/floor.jar" -C "$out/classes" .
printf 'public class Empty { public static void main(String[] args) {} }\n' >"$out/Empty.java"
javac --release 17 -d "$out" "$out/Empty.java"

flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
cp="$picocli:$out/floor.jar"
for mode in spec annotations; do
  java "${flags[@]}" -Xshare:off -XX:DumpLoadedClassList="$out/$mode.classes" \
    -cp "$cp" dev.llmscape.bench.PicocliFloor "$mode"
  java "${flags[@]}" -Xshare:dump -XX:SharedClassListFile="$out/$mode.classes" \
    -XX:SharedArchiveFile="$out/$mode.jsa" -cp "$cp" >/dev/null
done

run() { echo "java ${flags[*]} -Xlog:disable $*"; }
hyperfine -N --style basic -w 3 -r "$runs" --export-json "$out/picocli.json" \
  -n "empty Java main" "$(run -Xshare:auto -cp "$out" Empty)" \
  -n "picocli, model built in code" "$(run -XX:SharedArchiveFile="$out/spec.jsa" -cp "$cp" dev.llmscape.bench.PicocliFloor spec)" \
  -n "picocli, model from annotations" "$(run -XX:SharedArchiveFile="$out/annotations.jsa" -cp "$cp" dev.llmscape.bench.PicocliFloor annotations)" \
  -n "llmscape list --org Meta (piped)" "./llmscape list --org Meta" >/dev/null

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
jq -r '.results[0].median as $floor | .results[] |
  "\(.command | .[0:36] | . + " " * (36 - length)) \(.median * 1000 | floor) ms median, \(.user * 1000 | floor) ms user CPU, \(.median / $floor * 100 | floor / 100)x the empty main"' \
  "$out/picocli.json"
