#!/usr/bin/env bash
# Benchmark: peak memory and time of Package and Publish for a large model (default 1 GiB).
# Packaging must stream: peak memory stays far below the model's size. Prints figures only.
# Usage: tests/benchmarks/package-memory.sh [size-in-MiB]   (runs Train once first, on the sample)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
size_mib="${1:-1024}"
feed="$(mktemp -d)"
model=""
trap 'rm -rf "$feed" "$feed.time" ${model:+"$model"}' EXIT

./build.sh --target=Train --allow-dirty >/dev/null
model="$(/usr/bin/python3 -c 'import json; print(json.load(open("artifacts/records/train.json"))["modelFile"])')"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$model"

measure() {
  local label="$1"; shift
  local stats
  /usr/bin/time -o "$feed.time" -f '%M %e' "$@" >/dev/null 2>&1
  stats="$(tail -1 "$feed.time")"
  printf '%-34s %10s MiB %8s s\n' "$label" "$((${stats% *} / 1024))" "${stats#* }"
}

printf '%-34s %14s %10s\n' "step (model of ${size_mib} MiB)" "peak memory" "time"
measure "Package" ./build.sh --target=Package --exclusive
measure "Publish to a folder feed" ./build.sh --target=Publish --exclusive --feed="$feed"
measure "Publish again (identity check)" ./build.sh --target=Publish --exclusive --feed="$feed"
