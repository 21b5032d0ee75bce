namespace Orchestration.Configuration;

/// <summary>
/// The effective configuration of a model project: <c>build.properties</c>, overridden by the
/// environment, overridden by arguments. Paths are relative to the model project's folder.
/// </summary>
public sealed record ModelConfiguration
{
    public required ModelIdentity Identity { get; init; }

    /// <summary>The notebook to execute (e.g. <c>train.ipynb</c>).</summary>
    public required string Notebook { get; init; }

    /// <summary>Where the notebook writes the model, placeholders already replaced.</summary>
    public required string ModelPath { get; init; }

    /// <summary>The Python environment spec: <c>requirements.txt</c> or <c>environment.yml</c>.</summary>
    public required string Environment { get; init; }

    /// <summary>Whether <see cref="Environment"/> is a pip requirements file or a conda environment file.</summary>
    public EnvironmentFileKind EnvironmentKind => EnvironmentFile.KindOf(Environment);

    /// <summary>The data files the model is trained on: paths or globs (default <c>data/**</c>).</summary>
    public IReadOnlyList<string> Data { get; init; } = ["data/**"];

    /// <summary>
    /// Files of the project that are not training inputs: paths or globs the notebook or serving writes, or
    /// serving code and docs kept beside the notebook (default none). They do not change the inputs fingerprint.
    /// </summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>The Dockerfile of the serving image (default <c>Dockerfile</c>).</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Notebook parameters in order, as raw text (typed by papermill's -p rules when injected).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }
}
