namespace Orchestration.Fingerprint;

/// <summary>
/// What differs between two fingerprints (earlier first), input by input: file paths with their old and
/// new SHA-256, settings old → new, environment and runner packages. Empty when the digests are equal.
/// </summary>
internal static class InputsDiffer
{
    public static IReadOnlyList<InputDifference> Differences(InputsFingerprint before, InputsFingerprint now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(now);
        return
        [
            .. Files(before.Project, now.Project),
            .. Changed(InputKind.Configuration, before.Configuration.Settings, now.Configuration.Settings),
            .. Environment(before.Environment, now.Environment),
            .. Runner(before.Runner, now.Runner),
        ];
    }

    private static IEnumerable<InputDifference> Files(ProjectTree before, ProjectTree now) =>
        Changed(
            InputKind.File,
            before.Files.ToDictionary(file => file.Path, file => file.Sha256, StringComparer.Ordinal),
            now.Files.ToDictionary(file => file.Path, file => file.Sha256, StringComparer.Ordinal),
            sha256 => "SHA-256 " + InputsFingerprint.Abbreviate(sha256));

    private static IEnumerable<InputDifference> Environment(EnvironmentInputs before, EnvironmentInputs now)
    {
        var settings = Changed(
            InputKind.Environment,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["spec"] = before.Spec, ["spec hash"] = before.SpecHash, ["Python"] = before.PythonVersion },
            new Dictionary<string, string>(StringComparer.Ordinal) { ["spec"] = now.Spec, ["spec hash"] = now.SpecHash, ["Python"] = now.PythonVersion });
        return settings.Concat(Packages(InputKind.Environment, before.Packages, now.Packages));
    }

    private static IEnumerable<InputDifference> Runner(RunnerInputs before, RunnerInputs now)
    {
        var script = before.ScriptSha256 == now.ScriptSha256
            ? []
            : new[] { new InputDifference(InputKind.Runner, "runner.py", $"SHA-256 {InputsFingerprint.Abbreviate(before.ScriptSha256)} → {InputsFingerprint.Abbreviate(now.ScriptSha256)} (another version of Orchestration)") };
        return script.Concat(Packages(InputKind.Runner, before.Packages, now.Packages));
    }

    /// <summary>Packages compared by name: <c>package scikit-learn: 1.2.1 → 1.3.0</c>.</summary>
    private static IEnumerable<InputDifference> Packages(InputKind kind, IReadOnlyList<string> before, IReadOnlyList<string> now) =>
        Changed(kind, ByName(before), ByName(now)).Select(difference => difference with { Subject = "package " + difference.Subject });

    private static Dictionary<string, string> ByName(IEnumerable<string> packages) =>
        packages
            .Select(PackageLine.Parse)
            .GroupBy(package => package.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => string.Join(", ", group.Select(package => package.Version)), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<InputDifference> Changed(
        InputKind kind, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> now, Func<string, string>? show = null)
    {
        show ??= value => value;
        foreach (var key in before.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var change = (before.TryGetValue(key, out var old), now.TryGetValue(key, out var @new)) switch
            {
                (false, true) => $"added ({show(@new!)})",
                (true, false) => $"removed (was {show(old!)})",
                _ when !string.Equals(old, @new, StringComparison.Ordinal) => $"{show(old!)} → {show(@new!)}",
                _ => null,
            };
            if (change is not null)
            {
                yield return new InputDifference(kind, key, change);
            }
        }
    }
}
