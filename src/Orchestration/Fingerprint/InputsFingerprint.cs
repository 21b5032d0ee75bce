using System.Globalization;
using System.Text.Json.Serialization;

namespace Orchestration.Fingerprint;

/// <summary>
/// Everything a training run depends on, and one SHA-256 over it: the project tree, the effective
/// configuration, the Python environment and the notebook runner. The same fingerprint means the same
/// training; it does not change with commits that touch nothing inside the project folder.
/// </summary>
public sealed record InputsFingerprint
{
    /// <summary>The version of how the digest is computed: a change here must change every fingerprint.</summary>
    public const string Scheme = "orchestration-inputs/1";

    public string Sha256 => CanonicalDigest.Of(
        $"{Scheme}\nproject {Project.Sha256}\nconfiguration {Configuration.Sha256}\nenvironment {Environment.Sha256}\nrunner {Runner.Sha256}\n");

    public required ProjectTree Project { get; init; }

    public required ConfigurationInputs Configuration { get; init; }

    public required EnvironmentInputs Environment { get; init; }

    public required RunnerInputs Runner { get; init; }

    /// <summary>The first 12 hex digits, as logs show it.</summary>
    [JsonIgnore]
    public string ShortSha256 => Abbreviate(Sha256);

    /// <summary><c>inputs 3f9a… = project tree 1b2c… (7 files), configuration …, environment …, runner …</c>.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"inputs {ShortSha256} = project tree {Abbreviate(Project.Sha256)} ({Project.Files.Count} files), configuration {Abbreviate(Configuration.Sha256)}, " +
        $"environment {Abbreviate(Environment.Sha256)} (Python {Environment.PythonVersion}, {Environment.Packages.Count} packages), runner {Abbreviate(Runner.Sha256)}");

    public static string Abbreviate(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        return sha256[..Math.Min(12, sha256.Length)];
    }
}
