namespace Orchestration.Checkout;

/// <summary>The revision a run builds from: later stages record it as the model's provenance.</summary>
public sealed record CheckoutRecord
{
    /// <summary>The repository as given (URL or path).</summary>
    public required string Repository { get; init; }

    /// <summary>The ref asked for (branch, tag, commit or HEAD).</summary>
    public required string Ref { get; init; }

    /// <summary>The full commit SHA the ref resolved to.</summary>
    public required string Commit { get; init; }

    /// <summary>True when uncommitted changes were built (only with --allow-dirty).</summary>
    public required bool IsDirty { get; init; }

    /// <summary>The folder holding the checked-out source (a clone under .work/, or the CI checkout).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The model project's folder relative to <see cref="SourceDirectory"/> (e.g. samples/salary-regression).</summary>
    public required string ProjectPath { get; init; }

    public string ProjectDirectory => Path.GetFullPath(Path.Combine(SourceDirectory, ProjectPath));

    public string ShortCommit => Commit[..Math.Min(12, Commit.Length)];
}
