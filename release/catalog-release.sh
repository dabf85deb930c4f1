#!/usr/bin/env bash
# Makes the files of a catalog release: catalog.json, catalog.json.sha256 (sha256sum's format) and
# catalog.json.sig (the Ed25519 signature of catalog.json's exact bytes, 64 bytes in base64), which
# `llmscape catalog update` fetches and checks. See docs/releasing.md.
#
# Usage: release/catalog-release.sh [CATALOG] OUTDIR
#   CATALOG  the catalog to release (default: catalog.json at the repo root)
#   OUTDIR   where to write the three files (created if missing)
# The private key comes from the environment, never from the repository:
#   LLMSCAPE_SIGNING_KEY       the PEM private key itself, or
#   LLMSCAPE_SIGNING_KEY_FILE  the path of a PEM private key file
# The signature is checked against the public key before the script ends: the key given in
# LLMSCAPE_PUBLIC_KEY_FILE, else the project's key bundled in the jar
# (src/main/resources/dev/llmscape/release-key.pem), so a release signed with another key fails here,
# not on users' machines.
set -euo pipefail

die() { echo "catalog-release: $*" >&2; exit 1; }
here=$(cd "$(dirname "$0")/.." && pwd)
case $# in
  1) catalog="$here/catalog.json"; out=$1 ;;
  2) catalog=$1; out=$2 ;;
  *) die "usage: release/catalog-release.sh [CATALOG] OUTDIR" ;;
esac
[ -f "$catalog" ] || die "no catalog at $catalog"
command -v openssl >/dev/null || die "openssl is needed (apt-get install openssl)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
key="$tmp/key.pem"
if [ -n "${LLMSCAPE_SIGNING_KEY:-}" ]; then
  (umask 077 && printf '%s\n' "$LLMSCAPE_SIGNING_KEY" >"$key")
elif [ -n "${LLMSCAPE_SIGNING_KEY_FILE:-}" ]; then
  [ -r "$LLMSCAPE_SIGNING_KEY_FILE" ] || die "cannot read LLMSCAPE_SIGNING_KEY_FILE=$LLMSCAPE_SIGNING_KEY_FILE"
  key=$LLMSCAPE_SIGNING_KEY_FILE
else
  die "no signing key: set LLMSCAPE_SIGNING_KEY (PEM) or LLMSCAPE_SIGNING_KEY_FILE"
fi
pub=${LLMSCAPE_PUBLIC_KEY_FILE:-$here/src/main/resources/dev/llmscape/release-key.pem}

mkdir -p "$out"
cp "$catalog" "$out/catalog.json"
(cd "$out" && sha256sum catalog.json >catalog.json.sha256)
openssl pkeyutl -sign -inkey "$key" -rawin -in "$out/catalog.json" -out "$tmp/sig" ||
  die "signing failed (is the key an Ed25519 private key?)"
[ "$(wc -c <"$tmp/sig")" -eq 64 ] || die "the signature is not 64 bytes: not an Ed25519 key?"
base64 -w0 "$tmp/sig" >"$out/catalog.json.sig"
echo >>"$out/catalog.json.sig"

openssl pkeyutl -verify -pubin -inkey "$pub" -rawin -in "$out/catalog.json" -sigfile "$tmp/sig" \
  >/dev/null 2>&1 || die "the signature does not verify with $pub: wrong signing key?"
version=$(grep -m1 -o '"version" *: *"[^"]*"' "$out/catalog.json" | sed 's/.*"\([^"]*\)"$/\1/' || true)
echo "catalog-release: catalog $version signed into $out (catalog.json, .sha256, .sig)" >&2
