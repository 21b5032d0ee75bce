#!/usr/bin/env pwsh
# Runs the Orchestration build: ./build.ps1 --target=Train [--name=value ...]
# The same as build.sh: rebuilds the build project only when its inputs changed (the fingerprint is computed the
# same way, so the two scripts share one warm build), otherwise runs the built dll at once; same exit codes.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The arguments exactly as given. PowerShell's own $args splits one like --repository=http://host/x at its first
# colon (it reads it as -name:value), so when this script is the process's (`pwsh -File build.ps1 ...`, or run by
# its #! line) the arguments are taken from the process's command line, after the script's path.
function Get-BuildArguments([object[]] $bound) {
    $all = [Environment]::GetCommandLineArgs()
    for ($i = 1; $i -lt $all.Length; $i++) {
        if ($all[$i] -and [IO.Path]::GetFullPath($all[$i]) -eq $PSCommandPath) {
            return [string[]] @($all | Select-Object -Skip ($i + 1))
        }
    }
    return [string[]] $bound
}
$arguments = @(Get-BuildArguments $args)

$root = $PSScriptRoot
Set-Location $root
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
# Plain text in CI logs, colours on a terminal; FORCE_COLOR=1 keeps colours (e.g. Jenkins' AnsiColor plugin).
if ([Console]::IsOutputRedirected -and -not $env:FORCE_COLOR -and -not $env:NO_COLOR) { $env:NO_COLOR = '1' }

$out = Join-Path $root '.work/build'
$dll = Join-Path $out 'bin/Build.dll'
$fingerprintFile = Join-Path $out 'fingerprint'

# "path size mtime" as `stat -c '%n %s %.7Y'` prints it (seconds, 7 decimals: .NET's 100 ns ticks).
function Format-Input([IO.FileInfo] $file) {
    $path = [IO.Path]::GetRelativePath($root, $file.FullName).Replace('\', '/')
    $ticks = $file.LastWriteTimeUtc.Ticks - [DateTime]::UnixEpoch.Ticks
    $seconds = [Math]::DivRem($ticks, [TimeSpan]::TicksPerSecond)
    return '{0} {1} {2}.{3:D7}' -f $path, $file.Length, $seconds.Item1, $seconds.Item2
}

# Everything the build's output depends on: sources, project and props files, the SDKs installed.
# Byte for byte the text build.sh hashes, so either script finds the other's build warm.
function Get-Fingerprint {
    $patterns = '*.cs', '*.csproj', '*.props', '*.targets', 'packages.lock.json', '*.py'
    [string[]] $lines = @(Get-ChildItem -Path build, src -Recurse -File -Force -Include $patterns |
        Where-Object { [IO.Path]::GetRelativePath($root, $_.FullName) -notmatch '[\\/](bin|obj)[\\/]' } |
        ForEach-Object { Format-Input $_ })
    $lines += Get-Item Directory.Build.props, global.json | ForEach-Object { Format-Input $_ }
    $dotnet = Get-Item (Get-Command dotnet -CommandType Application | Select-Object -First 1).Source
    $target = $dotnet.ResolveLinkTarget($true)
    $dotnetRoot = Split-Path $(if ($target) { $target.FullName } else { $dotnet.FullName })
    $lines += Get-ChildItem (Join-Path $dotnetRoot 'sdk') -Directory | ForEach-Object { $_.FullName + '/' }
    [Array]::Sort($lines, [StringComparer]::Ordinal)
    $text = ($lines -join "`n") + "`n"
    $hash = [Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($text))
    return [Convert]::ToHexString($hash).ToLowerInvariant()
}

# Publishes the build project ReadyToRun (precompiled, see build/Build.csproj). Where the packs that precompiling
# needs cannot be had (an SDK newer than the package source, a platform without them), publishes it without.
function Publish-Build([string[]] $extra) {
    return [string[]] @(dotnet publish build/Build.csproj --configuration Release --nologo --verbosity quiet -clp:NoSummary `
        --output (Join-Path $out 'bin') @extra 2>&1 | ForEach-Object { "$_" })
}
$cannotPrecompile = 'Microsoft\.NETCore\.App\.(Crossgen2|Runtime)\.|NETSDK1094|NETSDK1095'

# One build of the build project at a time in this checkout (build.sh takes the same lock, flock(2) on Unix): a
# second build started meanwhile waits, then finds it built.
function Wait-BuildLock {
    New-Item -ItemType Directory -Force -Path $out | Out-Null
    while ($true) {
        try { return [IO.File]::Open((Join-Path $out 'build.lock'), 'OpenOrCreate', 'ReadWrite', 'None') }
        catch [IO.IOException] { Start-Sleep -Milliseconds 200 }
    }
}

function Test-Stale([string] $current) {
    $previous = if (Test-Path $fingerprintFile) { (Get-Content $fingerprintFile -Raw).Trim() } else { '' }
    return (-not (Test-Path $dll)) -or $previous -ne $current
}

$current = Get-Fingerprint
$lock = if (Test-Stale $current) { Wait-BuildLock } else { $null }
if (Test-Stale $current) {
    [Console]::Error.WriteLine('Building the build project (its inputs changed)...')
    Remove-Item $fingerprintFile -ErrorAction SilentlyContinue
    $output = Publish-Build @()
    $status = $LASTEXITCODE
    $reasons = @($output | Where-Object { $_ -match $cannotPrecompile })
    if ($status -ne 0 -and $reasons.Count -gt 0) {
        [Console]::Error.WriteLine('ReadyToRun cannot be produced here, so the build runs JIT-compiled (slower to start):')
        $reasons | Select-Object -First 3 | ForEach-Object { [Console]::Error.WriteLine($_) }
        $output = Publish-Build @('-p:PublishReadyToRun=false')
        $status = $LASTEXITCODE
    }
    $output | ForEach-Object { [Console]::Error.WriteLine($_) }
    if ($status -ne 0) { exit $status }
    Set-Content -Path $fingerprintFile -Value $current
}
if ($lock) { $lock.Dispose() }

& dotnet $dll @arguments
exit $LASTEXITCODE
