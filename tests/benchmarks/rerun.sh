#!/usr/bin/env bash
# Benchmark: what a re-run of the pipeline costs on the bundled sample, in a fresh clone of this repository.
# Runs Default (up to Plan, local environment) four times: cold, unchanged, after a commit outside the project
# folder, and after a parameter change (model.version bumped, which changes the notebook parameter model_ver).
# Prints wall time, notebooks executed and images built per run, and the unchanged/cold ratio; asserts nothing.
# Needs root (the private Docker engine). Usage: tests/benchmarks/rerun.sh
# KEEP_BENCH_LOGS=DIR keeps the four build logs in DIR.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

work="$(mktemp -d /tmp/orchestration-rerun-bench.XXXXXX)"
clone="$work/repository"
port="${ENDPOINT_PORT:-18089}"
cleanup() {
  (cd "$clone" && ./build.sh --target=DockerStop >/dev/null 2>&1) || true
  if [[ -n "${KEEP_BENCH_LOGS:-}" ]]; then cp "$work"/*.log "$KEEP_BENCH_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

git clone --quiet . "$clone"
cd "$clone"
./build.sh --description >/dev/null 2>&1 # compile the build project first: not part of any figure

declare -a names times notebooks images
run() {
  local name="$1"
  shift
  local log="$work/$(echo "$name" | tr ' ' '-').log" start end
  start=$(date +%s%N)
  NO_COLOR=1 ./build.sh --environment=local --endpoint-port="$port" "$@" >"$log" 2>&1 || {
    echo "$name failed; its log:" >&2
    tail -40 "$log" >&2
    exit 1
  }
  end=$(date +%s%N)
  names+=("$name")
  times+=($(((end - start) / 1000000)))
  notebooks+=("$(grep -cE '\.ipynb: ran [0-9]+ code cells' "$log" || true)")
  images+=("$(grep -cE 'Built image sha256:' "$log" || true)")
}

run "cold Default"
run "unchanged re-run"
echo "A change outside the model project." >>README.md
git commit --quiet -am "Benchmark: an unrelated commit"
run "after an unrelated commit"
run "after a parameter change" --model-version=2

printf '%-28s %10s %10s %8s\n' "run (Default, local)" "wall ms" "notebooks" "images"
for i in "${!names[@]}"; do
  printf '%-28s %10s %10s %8s\n' "${names[$i]}" "${times[$i]}" "${notebooks[$i]}" "${images[$i]}"
done
awk -v u="${times[1]}" -v c="${times[0]}" 'BEGIN { printf "unchanged / cold: %.1f%%\n", 100 * u / c }'
echo "where the unchanged re-run's time went (Cake's task summary):"
sed -n '/Task *Duration/,/Total:/p' "$work/unchanged-re-run.log" | grep -E '^ +[A-Za-z]+ +[0-9]{2}:' | awk '{ printf "  %-12s %s\n", $1, $2 }'
