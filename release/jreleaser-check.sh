#!/usr/bin/env bash
# JReleaser's own check of jreleaser.yml, offline: `jreleaser:config` in dry-run mode resolves and
# validates the whole release model and prints it, and contacts nobody. It runs in a clone of
# HEAD (JReleaser's JGit reads neither git worktrees nor a remote that is a local path) whose
# origin is set to the GitHub URL the release uses, with a placeholder token: the real one is
# needed only to publish. Maven Central is used once, to fetch the plugin.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git clone -q "$root" "$tmp/repo"
git -C "$tmp/repo" checkout -q "$(git -C "$root" rev-parse HEAD)"
# The working tree's jreleaser.yml and pom.xml, so that uncommitted edits are checked too.
cp "$root/jreleaser.yml" "$root/pom.xml" "$tmp/repo/"
git -C "$tmp/repo" remote set-url origin https://github.com/llmscape/llmscape.git
cd "$tmp/repo"
JRELEASER_GITHUB_TOKEN=offline-check ./mvnw -B -q -Prelease jreleaser:config -Djreleaser.dry.run=true \
  "-Djreleaser.output.directory=$tmp/out" >"$tmp/log" 2>&1 || { cat "$tmp/log" >&2; exit 1; }
if grep -E '^\[(WARN|WARNING|ERROR)\]' "$tmp/log" | grep -v Download >&2; then
  echo "jreleaser-check: warnings above" >&2
fi
echo "jreleaser-check: jreleaser.yml passes JReleaser's config check" >&2
