namespace Orchestration.Checkout;

/// <summary>What to check out: the Checkout stage's arguments.</summary>
public sealed record CheckoutRequest
{
    public const string DefaultRef = "HEAD";

    public const string DefaultProjectDirectory = "samples/salary-regression";

    /// <summary>A git URL or a local path; null means the working tree the build runs in.</summary>
    public string? Repository { get; init; }

    /// <summary>A branch, tag or commit (full or abbreviated SHA).</summary>
    public string Ref { get; init; } = DefaultRef;

    /// <summary>The model project's folder inside the repository.</summary>
    public string ProjectDirectory { get; init; } = DefaultProjectDirectory;

    /// <summary>Build uncommitted changes of the working tree as they are, marking the run dirty.</summary>
    public bool AllowDirty { get; init; }
}
