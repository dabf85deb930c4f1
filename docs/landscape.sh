#!/usr/bin/env bash
# Regenerates the README's picture from the bundled catalog: docs/landscape.svg, and
# docs/landscape.png where headless Chromium is installed. LandscapePictureTest fails when the
# committed SVG is not what `llmscape landscape` draws (the PNG follows the fonts of the machine
# that renders it, so it is not compared).
set -euo pipefail
cd "$(dirname "$0")/.."
./llmscape landscape > docs/landscape.svg
if command -v chromium >/dev/null 2>&1; then
  size="$(grep -o -m1 'width="[0-9]*" height="[0-9]*"' docs/landscape.svg | tr -dc '0-9 ')"
  read -r width height <<<"${size//  / }"
  profile="$(mktemp -d)"
  trap 'rm -rf "$profile"' EXIT
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$width,$height" \
    --screenshot="$PWD/docs/landscape.png" "file://$PWD/docs/landscape.svg" 2>/dev/null
  echo "wrote docs/landscape.svg and docs/landscape.png (${width}x${height})" >&2
else
  echo "wrote docs/landscape.svg (no chromium for the PNG)" >&2
fi
