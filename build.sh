#!/usr/bin/env bash
# Runs the Orchestration build: ./build.sh --target=Train [--name=value ...]
# Rebuilds the build project only when its inputs changed; otherwise runs the built dll at once.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Plain text in CI logs, colours on a terminal; FORCE_COLOR=1 keeps colours (e.g. Jenkins' AnsiColor plugin).
if [[ ! -t 1 && -z "${FORCE_COLOR:-}" ]]; then
  export NO_COLOR="${NO_COLOR:-1}"
fi

out="$root/.work/build"
dll="$out/bin/Build.dll"

# Everything the build's output depends on: sources, project and props files, the SDKs installed.
# "path size mtime" with 7 decimals (what .NET sees), so build.ps1 computes the very same fingerprint.
fingerprint() {
  {
    {
      find build src -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' \
        -o -name 'packages.lock.json' -o -name '*.py' \) -not -path '*/bin/*' -not -path '*/obj/*' -print0
      printf '%s\0' Directory.Build.props global.json
    } | xargs -0 stat -c '%n %s %.7Y'
    ls -d "$(dirname "$(readlink -f "$(command -v dotnet)")")"/sdk/*/
  } | LC_ALL=C sort | sha256sum | cut -d' ' -f1
}

# Publishes the build project ReadyToRun (precompiled, see build/Build.csproj). Where the packs that precompiling
# needs cannot be had (an SDK newer than the package source, a platform without them), publishes it without.
publish() {
  dotnet publish build/Build.csproj --configuration Release --nologo --verbosity quiet -clp:NoSummary \
    --output "$out/bin" "$@" 2>&1
}
cannot_precompile='Microsoft\.NETCore\.App\.(Crossgen2|Runtime)\.|NETSDK1094|NETSDK1095'

current="$(fingerprint)"
stale() { [[ ! -f "$dll" || "$(cat "$out/fingerprint" 2>/dev/null)" != "$current" ]]; }
if stale; then
  # One build of the build project at a time in this checkout (build.ps1 takes the same lock): a second
  # ./build.sh started meanwhile waits, then finds it built.
  mkdir -p "$out"
  exec 9>"$out/build.lock"
  if command -v flock >/dev/null; then flock 9; fi
fi
if stale; then
  echo "Building the build project (its inputs changed)..." >&2
  rm -f "$out/fingerprint"
  status=0
  output="$(publish)" || status=$?
  if ((status != 0)) && grep -qE "$cannot_precompile" <<<"$output"; then
    echo "ReadyToRun cannot be produced here, so the build runs JIT-compiled (slower to start):" >&2
    grep -E "$cannot_precompile" <<<"$output" | head -3 >&2
    status=0
    output="$(publish -p:PublishReadyToRun=false)" || status=$?
  fi
  if [[ -n "$output" ]]; then echo "$output" >&2; fi
  if ((status != 0)); then exit "$status"; fi
  echo "$current" > "$out/fingerprint"
fi
exec 9>&-

exec dotnet "$dll" "$@"
