#!/usr/bin/env bash
# Tests of the ./llmscape launcher itself: which java it picks (JAVA_HOME first), its Java 17+
# check, and the lock that keeps two launchers from building at once. Each case runs a copy of the
# launcher in a scratch clone with a fake JDK and a fake ./mvnw, so no real build happens.
# Run by .ci/run; by hand: bash src/test/launcher/launcher-test.sh
set -uo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd -P)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok   $1"; }
not_ok() { failed=$((failed + 1)); echo "FAIL $1" >&2; [ $# -gt 1 ] && printf '%s\n' "$2" | sed 's/^/     /' >&2; }

# A clone with an up-to-date jar, so the launcher goes straight to java.
new_clone() {
  local dir="$scratch/$1"
  mkdir -p "$dir/src/main" "$dir/target"
  cp "$repo/llmscape" "$dir/llmscape"
  touch "$dir/pom.xml" "$dir/catalog.json"
  cat >"$dir/mvnw" <<'MVNW'
#!/usr/bin/env bash
# Fake Maven: counts builds, takes a while, then writes the jar.
echo build >>"$(dirname "$0")/builds"
sleep 2
touch "$(dirname "$0")/target/llmscape.jar"
MVNW
  chmod +x "$dir/mvnw"
  sleep 0.01
  touch "$dir/target/llmscape.jar"
  echo "$dir"
}

# A fake JDK whose java prints its arguments; release file optional.
fake_jdk() {
  local home="$scratch/jdk-$1" version="$2" release="$3"
  mkdir -p "$home/bin"
  cat >"$home/bin/java" <<JAVA
#!/usr/bin/env bash
if [ "\${1:-}" = -version ]; then echo 'openjdk version "$version" 2024-01-01' >&2; exit 0; fi
echo "fake java $1: \$*"
JAVA
  chmod +x "$home/bin/java"
  [ "$release" = yes ] && echo "JAVA_VERSION=\"$version\"" >"$home/release"
  echo "$home"
}

run() { # clone, then env assignments and arguments through env(1)
  local clone="$1"
  shift
  env LLMSCAPE_ARCHIVE=0 "$@" >"$scratch/out" 2>"$scratch/err"
}

clone="$(new_clone a)"
jdk21="$(fake_jdk 21 21.0.2 yes)"
if run "$clone" JAVA_HOME="$jdk21" "$clone/llmscape" list --org Meta &&
  grep -q "^fake java .*dev.llmscape.Main list --org Meta$" "$scratch/out"; then
  ok "JAVA_HOME's java runs llmscape"
else
  not_ok "JAVA_HOME's java runs llmscape" "$(cat "$scratch/out" "$scratch/err")"
fi

jdk17="$(fake_jdk 17 17.0.2 no)"
if run "$clone" JAVA_HOME="$jdk17" "$clone/llmscape" show x && grep -q "^fake java" "$scratch/out"; then
  ok "without a release file, java -version tells the version"
else
  not_ok "without a release file, java -version tells the version" "$(cat "$scratch/out" "$scratch/err")"
fi

jdk11="$(fake_jdk 11 11.0.22 yes)"
if ! run "$clone" JAVA_HOME="$jdk11" "$clone/llmscape" list &&
  grep -q "needs Java 17 or newer, but .* is 11.0.22" "$scratch/err" && [ ! -s "$scratch/out" ]; then
  ok "Java 11 is refused with a clear message"
else
  not_ok "Java 11 is refused with a clear message" "$(cat "$scratch/out" "$scratch/err")"
fi

jdk8="$(fake_jdk 8 1.8.0_392 no)"
if ! run "$clone" JAVA_HOME="$jdk8" "$clone/llmscape" list && grep -q "is 1.8.0_392" "$scratch/err"; then
  ok "Java 8 (1.8.0) is refused"
else
  not_ok "Java 8 (1.8.0) is refused" "$(cat "$scratch/out" "$scratch/err")"
fi

if ! run "$clone" JAVA_HOME="$scratch/nowhere" "$clone/llmscape" list &&
  grep -q "JAVA_HOME is $scratch/nowhere, but it has no bin/java" "$scratch/err"; then
  ok "a JAVA_HOME without java is named"
else
  not_ok "a JAVA_HOME without java is named" "$(cat "$scratch/out" "$scratch/err")"
fi

mkdir -p "$scratch/nojava"
for tool in dirname readlink find sed cut head cat mkdir env; do
  ln -sf "$(command -v "$tool")" "$scratch/nojava/$tool"
done
if ! run "$clone" JAVA_HOME= PATH="$scratch/nojava" /bin/bash "$clone/llmscape" list &&
  grep -q "java (17 or newer) is needed" "$scratch/err"; then
  ok "no java at all is named"
else
  not_ok "no java at all is named" "$(cat "$scratch/out" "$scratch/err")"
fi

# Two launchers after sources changed: one builds, the other waits and then uses that build.
clone="$(new_clone race)"
sleep 0.01
touch "$clone/src/main/Changed.java"
( env LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" list >"$scratch/one" 2>&1 ) &
( env LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" list >"$scratch/two" 2>&1 ) &
wait
builds="$(wc -l <"$clone/builds" 2>/dev/null || echo 0)"
if [ "$builds" -eq 1 ] && grep -q "^fake java" "$scratch/one" && grep -q "^fake java" "$scratch/two"; then
  ok "two launchers racing build once"
else
  not_ok "two launchers racing build once ($builds builds)" "$(cat "$scratch/one" "$scratch/two")"
fi

# The same without flock (as on macOS): the launcher falls back to a lock directory.
clone="$(new_clone race-noflock)"
sleep 0.01
touch "$clone/src/main/Changed.java"
mkdir -p "$scratch/noflock"
for tool in bash dirname readlink find sed cut head cat mkdir env rm sleep touch; do
  ln -sf "$(command -v "$tool")" "$scratch/noflock/$tool"
done
( env LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" PATH="$scratch/noflock" "$clone/llmscape" list >"$scratch/one" 2>&1 ) &
( env LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" PATH="$scratch/noflock" "$clone/llmscape" list >"$scratch/two" 2>&1 ) &
wait
builds="$(wc -l <"$clone/builds" 2>/dev/null || echo 0)"
if [ "$builds" -eq 1 ] && grep -q "^fake java" "$scratch/one" && grep -q "^fake java" "$scratch/two" &&
  [ ! -e "$clone/target/.build.lock" ]; then
  ok "without flock, a lock directory does the same and is removed"
else
  not_ok "without flock, a lock directory does the same ($builds builds)" "$(cat "$scratch/one" "$scratch/two")"
fi

# A big catalog the user names gets the C2 compiler too; a small one, or none, does not.
clone="$(new_clone jit)"
truncate -s 64M "$scratch/big.json" # sparse: takes no space
echo '{}' >"$scratch/small.json"
c2() { grep -q -- "-XX:TieredStopAtLevel=1 .*-XX:TieredStopAtLevel=4 -Xms320m -XX:MaxTenuringThreshold=0 " "$scratch/out"; }
if run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" --catalog "$scratch/big.json" list && c2 &&
  run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" list --catalog="$scratch/big.json" && c2 &&
  ln -s "$scratch/big.json" "$scratch/link.json" &&
  run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" list --catalog "$scratch/link.json" && c2 &&
  run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" LLMSCAPE_CATALOG="$scratch/small.json:$scratch/big.json" "$clone/llmscape" list && c2 &&
  run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" --catalog "$scratch/small.json" list && ! c2 &&
  run "$clone" LLMSCAPE_ARCHIVE=0 JAVA_HOME="$jdk21" "$clone/llmscape" list --org Meta && ! c2 &&
  grep -q "dev.llmscape.Main list --org Meta$" "$scratch/out"; then
  ok "a catalog file of 64 MB or more gets C2 and a heap to match (--catalog, --catalog=, LLMSCAPE_CATALOG); others not"
else
  not_ok "a catalog file of 64 MB or more gets C2" "$(cat "$scratch/out" "$scratch/err")"
fi

# The real thing, when the build has made the jar: this JDK, this catalog.
if [ -f "$repo/target/llmscape.jar" ]; then
  if out="$("$repo/llmscape" show Chinchilla 2>"$scratch/err")" && grep -q "DeepMind" <<<"$out"; then
    ok "the launcher runs the real build"
  else
    not_ok "the launcher runs the real build" "$out$(cat "$scratch/err")"
  fi
fi

echo "launcher: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
