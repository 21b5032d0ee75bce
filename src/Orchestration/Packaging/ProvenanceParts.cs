using Orchestration.Checkout;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>The revision the model was trained from.</summary>
public sealed record SourceProvenance
{
    /// <summary>The repository URL (credentials removed) or path.</summary>
    public required string Repository { get; init; }

    public required string Ref { get; init; }

    public required string Commit { get; init; }

    /// <summary>True when uncommitted changes were built: the commit alone does not describe the code.</summary>
    public required bool Dirty { get; init; }

    /// <summary>The model project's folder inside the repository.</summary>
    public required string ProjectPath { get; init; }
}

/// <summary>A file and its SHA-256 (lowercase hex).</summary>
public sealed record FileDigest(string Path, string Sha256, long Size)
{
    /// <summary>The digest of <paramref name="file"/>, recorded under <paramref name="recordedPath"/>.</summary>
    public static FileDigest Of(string file, string recordedPath) =>
        new(recordedPath, Pipeline.Sha256.OfFile(file), new FileInfo(file).Length);
}

/// <summary>The Python environment the notebook ran in.</summary>
public sealed record EnvironmentProvenance
{
    public required string Spec { get; init; }

    public required string SpecHash { get; init; }

    public required string PythonVersion { get; init; }

    /// <summary>As <c>pip freeze</c> (or <c>conda list --export</c>) printed them.</summary>
    public required IReadOnlyList<string> Packages { get; init; }
}

/// <summary>When the notebook ran.</summary>
public sealed record TrainingTimes(DateTimeOffset StartedAt, DateTimeOffset FinishedAt);

/// <summary>The program that made the package.</summary>
public sealed record ToolProvenance(string Name, string Version);
