namespace Orchestration.Fingerprint;

/// <summary>
/// What executes the notebook: this tool's runner script (by content, not by the tool's version, which
/// changes with every commit of the tool) and the Jupyter packages it runs on.
/// </summary>
public sealed record RunnerInputs
{
    public string Sha256 => CanonicalDigest.Of(new object[] { ScriptSha256, Packages });

    /// <summary>SHA-256 of runner.py as shipped in this tool.</summary>
    public required string ScriptSha256 { get; init; }

    /// <summary><c>nbclient==0.7.2</c>, ... of the Python that runs the notebook (<c>--jupyter-python</c>), sorted.</summary>
    public required IReadOnlyList<string> Packages { get; init; }
}
