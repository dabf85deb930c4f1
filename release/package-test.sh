#!/usr/bin/env bash
# Checks the release artifacts in target/release/ (made by `mvn -B -Prelease package`):
#  - the .deb holds the launcher, the runtime, the jar, the man page and the three completions at
#    their standard paths (dpkg-deb -c);
#  - the bundled runtime runs `llmscape --version` and `list --org Meta` with no JAVA_HOME and no
#    java on the PATH, from the .tar.gz unpacked in a temporary directory;
#  - the single jar runs with `java -jar` from /;
#  - SHA256SUMS matches the files;
#  - as root only, where dpkg can install: dpkg -i, then llmscape, man and the completion from the
#    system's paths, then dpkg -r removes every file (skipped, with a message, if llmscape is
#    installed already).
# .ci/run runs it after the tests; the release workflow runs it before publishing.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
ok() { echo "package-test: ok: $*" >&2; }

out=target/release
deb=$(ls "$out"/llmscape_*_amd64.deb 2>/dev/null) || fail "no .deb in $out: run mvn -B -Prelease package"
version=${deb##*/llmscape_}
version=${version%_amd64.deb}
tgz="$out/llmscape-$version-linux-x64.tar.gz"
jar="$out/llmscape-$version.jar"
[ -f "$tgz" ] || fail "$tgz is missing"
[ -f "$jar" ] || fail "$jar is missing"

(cd "$out" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS does not match"
ok "SHA256SUMS"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
for path in /usr/bin/llmscape /usr/lib/llmscape/runtime/bin/java /usr/lib/llmscape/runtime/lib/modules \
  "/usr/lib/llmscape/app/llmscape-$version.jar" /usr/lib/llmscape/app/llmscape.cfg \
  /usr/lib/llmscape/app/llmscape.classlist /usr/lib/llmscape/app/make-archive \
  /usr/share/man/man1/llmscape.1.gz /usr/share/man/man1/llmscape-list.1.gz \
  /usr/share/bash-completion/completions/llmscape /usr/share/zsh/vendor-completions/_llmscape \
  /usr/share/fish/vendor_completions.d/llmscape.fish; do
  grep -qx "$path" <<<"$contents" || fail "the .deb has no $path"
done
ok ".deb contents"
# The man page is roff that man can read (not AsciiDoc).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/deb"
zcat "$tmp/deb/usr/share/man/man1/llmscape.1.gz" | head -n 20 | grep -q '^\.TH "LLMSCAPE"' ||
  fail "llmscape.1.gz is not a roff man page"
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$tmp/deb/usr/share/man/man1/llmscape.1.gz" 2>/dev/null | grep -q 'llmscape - ' ||
    fail "man -l cannot read llmscape.1.gz"
fi
ok "man page"

# The bundle on its own: no JAVA_HOME, no java on the PATH, run from an unrelated directory.
tar -C "$tmp" -xzf "$tgz"
bundle="$tmp/llmscape-$version-linux-x64"
clean_env=(env -i PATH=/usr/bin:/bin HOME="$tmp")
# /usr/bin may hold a java (Debian's alternatives link), so also run with a PATH of just the tools
# the launcher script uses, and no java.
mkdir "$tmp/path"
for tool in sh readlink stty; do ln -s "$(command -v "$tool")" "$tmp/path/$tool"; done
(cd / && env -i PATH="$tmp/path" HOME="$tmp" "$bundle/bin/llmscape" --version) | grep -qx "llmscape $version" ||
  fail "the bundle's llmscape --version with no java on the PATH"
(cd / && "${clean_env[@]}" "$bundle/bin/llmscape" --version) | grep -qx "llmscape $version" ||
  fail "the bundle's llmscape --version does not print llmscape $version"
(cd / && "${clean_env[@]}" "$bundle/bin/llmscape" list --org Meta) | grep -q 'LLaMA' ||
  fail "the bundle's llmscape list --org Meta does not list LLaMA"
# It runs on its own runtime, not a JDK on the system.
"${clean_env[@]}" "$bundle/lib/runtime/bin/java" -XshowSettings:properties -version 2>&1 |
  grep -q "java.home = $(cd "$bundle/lib/runtime" && pwd -P)" || fail "the bundle's runtime is not its own"
# The class-data archive is made where the bundle is and maps.
"$bundle/lib/app/make-archive" || fail "make-archive failed"
"$bundle/lib/runtime/bin/java" -Xshare:on -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -XX:SharedArchiveFile="$bundle/lib/app/llmscape.jsa" -cp "$bundle/lib/app/llmscape-$version.jar" \
  dev.llmscape.Main --version >/dev/null || fail "the class-data archive does not map"
ok "bundled runtime, no JAVA_HOME and no java on the PATH"

# The single jar from /, nothing else on the class path.
(cd / && env -u CLASSPATH java -jar "$OLDPWD/$jar" list --org Meta) | grep -q 'LLaMA' ||
  fail "java -jar $jar list --org Meta from / does not list LLaMA"
ok "java -jar from /"

# Install and remove, where we may.
if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null; then
  echo "package-test: not root: dpkg -i / -r not tried" >&2
  exit 0
fi
if dpkg-query -W -f '${Status}' llmscape 2>/dev/null | grep -q ' installed$'; then
  echo "package-test: llmscape is installed already: dpkg -i / -r not tried" >&2
  exit 0
fi
dpkg -i "$deb" >/dev/null || fail "dpkg -i"
trap 'dpkg -r llmscape >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
(cd / && env -i PATH=/usr/bin:/bin HOME="$tmp" llmscape list --org Meta) | grep -q 'LLaMA' ||
  fail "installed: llmscape list --org Meta"
[ -f /usr/lib/llmscape/app/llmscape.jsa ] || fail "installed: no class-data archive made on install"
if command -v man >/dev/null; then
  MANWIDTH=80 man llmscape 2>/dev/null | grep -q 'llmscape - ' || fail "installed: man llmscape"
fi
if [ -f /usr/share/bash-completion/bash_completion ]; then
  # A new bash with bash-completion loads the script on demand, as a login shell does.
  words=$(bash --norc -c '. /usr/share/bash-completion/bash_completion
    _completion_loader llmscape
    COMP_WORDS=(llmscape li); COMP_CWORD=1; COMP_LINE="llmscape li"; COMP_POINT=${#COMP_LINE}
    $(complete -p llmscape | sed -n "s/.*-F \([^ ]*\) .*/\1/p") llmscape li llmscape
    printf "%s\n" "${COMPREPLY[@]}"')
  grep -qx 'list' <<<"$words" || fail "installed: bash completes 'llmscape li' to: $words"
fi
ok "installed: llmscape, class-data archive, man llmscape, bash completion"
files=$(dpkg -L llmscape | grep -v '^/\.$')
dpkg -r llmscape >/dev/null || fail "dpkg -r"
trap 'rm -rf "$tmp"' EXIT
left=()
while read -r path; do
  # Directories the package shares with others (/usr/share/man/man1...) stay, as they should.
  [ -d "$path" ] && [ "${path#/usr/lib/llmscape}" = "$path" ] && continue
  [ -e "$path" ] && left+=("$path")
done <<<"$files"
[ -e /usr/lib/llmscape ] && left+=(/usr/lib/llmscape)
((${#left[@]} == 0)) || fail "dpkg -r left: ${left[*]}"
ok "dpkg -r removed everything"
