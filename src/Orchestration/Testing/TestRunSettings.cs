namespace Orchestration.Testing;

/// <summary>One test project to run, and where its results go.</summary>
public sealed class TestRunSettings
{
    /// <summary>The test project to run.</summary>
    public required string Project { get; init; }

    /// <summary>Where the TRX results file goes.</summary>
    public required string ResultsFile { get; init; }

    /// <summary>An optional <c>dotnet test --filter</c> expression.</summary>
    public string? Filter { get; init; }
}
