#!/usr/bin/env bash
# Benchmark: time and peak memory of Package and Publish for a large model of random bytes (default 1 GiB: weights
# do not compress), beside what the same work costs with standard tools on the same files — `zip -0` + `sha256sum`
# of the model (Package's floor: store it and hash it) and `cp` of the package (Publish to a folder's floor) — and
# the ratios. Goals: Package <= 1.5x zip -0 + sha256sum, Publish <= 1.5x cp, peak memory far below the model's size.
# Prints figures only, asserts nothing. Every file is read warm (just written), the tools' and ours alike.
# Usage: tests/benchmarks/package-memory.sh [size-in-MiB]   (runs Train once first, on the sample)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
size_mib="${1:-1024}"
scratch="$(mktemp -d)"
model=""
trap 'rm -rf "$scratch" ${model:+"$model"}' EXIT

./build.sh --target=Train --allow-dirty >/dev/null
model="$(/usr/bin/python3 -c 'import json; print(json.load(open("artifacts/records/train.json"))["modelFile"])')"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$model"

seconds=0
# measure LABEL COMMAND...: runs it once, prints its peak memory (RSS) and wall time, leaves the time in $seconds.
measure() {
  local label="$1"; shift
  /usr/bin/time -o "$scratch/time" -f '%M %e' "$@" >/dev/null 2>&1
  local stats
  stats="$(tail -1 "$scratch/time")"
  seconds="${stats#* }"
  printf '%-44s %8s MiB %8s s\n' "$label" "$((${stats% *} / 1024))" "$seconds"
}

# ratio LABEL OURS REFERENCE
ratio() {
  printf '%-44s %21s\n' "$1" "$(awk -v a="$2" -v b="$3" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')"
}

printf '%-44s %12s %10s\n' "step (model of ${size_mib} MiB, random bytes)" "peak memory" "time"
measure "Package" ./build.sh --target=Package --exclusive
package_time="$seconds"
measure "  zip -0 of the model" zip -0 -q "$scratch/model.zip" "$model"
zip_time="$seconds"
measure "  sha256sum of the model" sha256sum "$model"
reference="$(awk -v a="$zip_time" -v b="$seconds" 'BEGIN { print a + b }')"
printf '%-44s %21s\n' "  zip -0 + sha256sum" "$reference s"
ratio "  Package / (zip -0 + sha256sum), goal <= 1.5" "$package_time" "$reference"

package_file="$(ls artifacts/packages/*.nupkg)"
measure "Publish to a folder feed" ./build.sh --target=Publish --exclusive --feed="$scratch/feed"
publish_time="$seconds"
measure "  cp of the package" cp "$package_file" "$scratch/copy.nupkg"
ratio "  Publish / cp, goal <= 1.5" "$publish_time" "$seconds"
measure "Publish again (identity check)" ./build.sh --target=Publish --exclusive --feed="$scratch/feed"
