#!/usr/bin/env pwsh
# Runs the Orchestration build: ./build.ps1 --target=Train [--name=value ...]
# Rebuilds the build project only when its inputs changed; otherwise runs the built dll at once.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
Set-Location $root
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
# Plain text in CI logs, colours on a terminal; FORCE_COLOR=1 keeps colours.
if ([Console]::IsOutputRedirected -and -not $env:FORCE_COLOR -and -not $env:NO_COLOR) { $env:NO_COLOR = '1' }

$out = Join-Path $root '.work/build'
$dll = Join-Path $out 'bin/Build.dll'
$fingerprintFile = Join-Path $out 'fingerprint'

# Everything the build's output depends on: sources, project and props files, the SDKs installed.
function Get-Fingerprint {
    $patterns = '*.cs', '*.csproj', '*.props', '*.targets', 'packages.lock.json', '*.py'
    $inputs = Get-ChildItem -Path build, src -Recurse -File -Include $patterns |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' } |
        ForEach-Object { "$([IO.Path]::GetRelativePath($root, $_.FullName)) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }
    $inputs += Get-Item Directory.Build.props, global.json | ForEach-Object { "$($_.Name) $($_.Length) $($_.LastWriteTimeUtc.Ticks)" }
    $dotnet = (Get-Command dotnet).Source
    $sdkRoot = Join-Path (Split-Path (Resolve-Path $dotnet).Path) 'sdk'
    $inputs += Get-ChildItem $sdkRoot -Directory | ForEach-Object Name
    $text = ($inputs | Sort-Object) -join "`n"
    $hash = [Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($text))
    return [Convert]::ToHexString($hash)
}

$current = Get-Fingerprint
$previous = if (Test-Path $fingerprintFile) { Get-Content $fingerprintFile -Raw } else { '' }
if (-not (Test-Path $dll) -or $previous.Trim() -ne $current) {
    Write-Host 'Building the build project (its inputs changed)...'
    Remove-Item $fingerprintFile -ErrorAction SilentlyContinue
    dotnet build build/Build.csproj --configuration Release --nologo --verbosity quiet -clp:NoSummary --output (Join-Path $out 'bin')
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Set-Content -Path $fingerprintFile -Value $current -NoNewline
}

& dotnet $dll @args
exit $LASTEXITCODE
