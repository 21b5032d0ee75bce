#!/usr/bin/env bash
# Benchmark: the warm no-op path of ./build.sh against `dotnet run` (the Cake Frosting template's way).
# Prints figures only; it asserts nothing. Usage: tests/benchmarks/bootstrap.sh [runs]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs="${1:-10}"

# Milliseconds taken by the median of $runs runs of a command (output discarded).
median_ms() {
  local samples=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    samples+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

./build.sh --description >/dev/null 2>&1             # make sure the build is up to date
dotnet build build/Build.csproj -v q --nologo >/dev/null 2>&1

printf '%-48s %8s\n' "command (median of $runs runs)" "ms"
printf '%-48s %8s\n' "./build.sh --description (warm)" "$(median_ms ./build.sh --description)"
printf '%-48s %8s\n' "dotnet run --project build/Build.csproj (warm)" "$(median_ms dotnet run --project build/Build.csproj -- --description)"
printf '%-48s %8s\n' "dotnet run --no-build (warm)" "$(median_ms dotnet run --no-build --project build/Build.csproj -- --description)"
