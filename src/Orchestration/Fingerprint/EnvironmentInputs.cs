using Orchestration.PythonEnvironment;

namespace Orchestration.Fingerprint;

/// <summary>The Python environment's identity: its spec and the hash it was built from, the interpreter's version, the packages installed.</summary>
public sealed record EnvironmentInputs
{
    public string Sha256 => CanonicalDigest.Of(new object[] { Spec, SpecHash, PythonVersion, Packages });

    /// <summary>The spec file, relative to the project folder.</summary>
    public required string Spec { get; init; }

    /// <summary>The hash of the spec, the base interpreter and its options (the environment's folder name).</summary>
    public required string SpecHash { get; init; }

    public required string PythonVersion { get; init; }

    /// <summary>The frozen package list (<c>pip freeze</c>, <c>conda list --export</c>), sorted.</summary>
    public required IReadOnlyList<string> Packages { get; init; }

    public static EnvironmentInputs From(PythonEnvironmentRecord environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new EnvironmentInputs
        {
            Spec = environment.Spec.Replace('\\', '/'),
            SpecHash = environment.SpecHash,
            PythonVersion = environment.PythonVersion,
            Packages = [.. environment.Packages.Order(StringComparer.Ordinal)],
        };
    }
}
