namespace Orchestration.Tools.Conda.EnvCreate;

/// <summary>Settings for <c>conda env create --prefix DIR --file environment.yml</c>.</summary>
internal sealed class CondaEnvCreateSettings : CondaSettings
{
    /// <summary>Where the environment goes (<c>--prefix</c>).</summary>
    public required string Prefix { get; set; }

    /// <summary>The environment file (<c>--file</c>).</summary>
    public required string File { get; set; }
}
